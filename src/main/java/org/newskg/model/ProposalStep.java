package org.newskg.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One move in a proposal's history: proposed, backed, accepted, rejected, or met with reservations
 * ("Hamas was skeptical of the ceasefire").
 *
 * @param proposal index into {@link Extraction#proposals()}
 * @param agents the actors who make the move
 * @param statement index into {@link Extraction#statements()} of the statement that reports it, or -1
 * @param date when the text dates it, else null
 */
public record ProposalStep(int proposal, Stance stance, List<Actor> agents, int statement, LocalDate date, Evidence evidence) implements Serializable {
  public ProposalStep {
    agents = List.copyOf(agents);
  }

  /** The move. */
  public enum Stance {
    PROPOSED,
    BACKED,
    ACCEPTED,
    REJECTED,
    RESERVED
  }

  ProposalStep mapActors(UnaryOperator<Actor> link) {
    return new ProposalStep(proposal, stance, agents.stream().map(link).toList(), statement, date, evidence);
  }
}
