package org.newskg.model;

import java.io.Serializable;
import java.util.List;

/**
 * A proposal, plan or deal the article talks about; who proposes, backs, accepts or rejects it is
 * told by its {@link ProposalStep}s.
 *
 * @param name its name when the text gives one ("the bridging proposal"), else null
 * @param mention how the text first mentions it ("Egyptian proposal", "three-day truce")
 * @param terms what it offers, as written ("ceasefire", "hostage release", "six-week pause")
 */
public record Proposal(String name, String mention, List<String> terms, Evidence evidence) implements Serializable {
  public Proposal {
    terms = List.copyOf(terms);
  }

  /** Its name, else what it offers, else how it was first mentioned. */
  public String label() {
    return name != null ? name : !terms.isEmpty() ? "proposal of " + String.join(", ", terms) : mention;
  }
}
