package org.newskg.model;

import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Who said what in one article: statements, the figures given, and proposals with their history.
 * Facts reported by someone point at the statement that reports them by its index.
 */
public record Claims(List<Statement> statements, List<Quantity> quantities, List<Proposal> proposals, List<ProposalStep> steps) implements Serializable {
  public Claims {
    statements = List.copyOf(statements);
    quantities = List.copyOf(quantities);
    proposals = List.copyOf(proposals);
    steps = List.copyOf(steps);
  }

  public static Claims none() {
    return new Claims(List.of(), List.of(), List.of(), List.of());
  }

  public int size() {
    return statements.size() + quantities.size() + steps.size();
  }

  Claims mapActors(UnaryOperator<Actor> link) {
    return new Claims(
        statements.stream().map(s -> s.mapActors(link)).toList(),
        quantities.stream().map(q -> q.mapActors(link)).toList(),
        proposals,
        steps.stream().map(s -> s.mapActors(link)).toList());
  }
}
