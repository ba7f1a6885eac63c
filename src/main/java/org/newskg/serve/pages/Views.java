package org.newskg.serve.pages;

import java.util.List;
import java.util.stream.Stream;

/** What each page shows, read from the store and handed to its template; nothing here is HTML. */
public final class Views {
  private Views() {}

  /** A link to another page: an actor, an article, the evidence of a fact. */
  public record Link(String label, String href) {}

  /** One actor found by a search, with the labels that matched. */
  public record SearchHit(Link actor, String actorClass, List<String> matched, int articles) {}

  public record SearchView(String query, List<SearchHit> hits, int more) {}

  /**
   * A fact of the summary graph or of one article, with what supports it.
   *
   * @param value the post, or the other actor's link (its {@code href} empty for a literal)
   * @param articles the articles that state it
   * @param evidence the link to its supporting sentences, labelled "evidence (n)"
   */
  public record FactRow(Link value, List<Link> articles, Link evidence) {}

  /** One role the actor plays in one reported event. */
  public record RoleRow(String date, String role, List<RoleFiller> others, Link article, Link evidence) {}

  public record RoleFiller(String role, Link actor) {}

  public record RoleGroup(String eventType, List<RoleRow> rows) {}

  /** A statement, figure or proposal step the actor is the source of. */
  public record ClaimRow(String date, String kind, String text, Link article, Link evidence) {}

  public record MergeRow(String when, String mergedLabel, String mergedIri, String reason, String by, boolean undone) {}

  public record ActorView(
      String iri,
      String path,
      String label,
      String actorClass,
      List<String> aliases,
      List<Link> external,
      List<FactRow> posts,
      List<FactRow> affiliations,
      List<RoleGroup> roles,
      List<ClaimRow> statements,
      List<ClaimRow> figures,
      List<ClaimRow> steps,
      List<MergeRow> merges,
      Link curation) {
    /** The facts the page shows: each post and affiliation once per supporting article, each role, claim and merge. */
    public int factCount() {
      int supported = Stream.concat(posts.stream(), affiliations.stream()).mapToInt(f -> f.articles().size()).sum();
      return supported + roles.stream().mapToInt(g -> g.rows().size()).sum() + statements.size() + figures.size() + steps.size()
          + merges.size();
    }
  }

  /** A supporting sentence with its article. */
  public record EvidenceRow(String sentence, Link article, String date) {}

  public record EvidenceView(String fact, List<EvidenceRow> rows) {}

  /** A run of article text: a name linked to its actor, or plain text ({@code actor} null). */
  public record Run(String text, Link actor, String actorClass) {}

  /**
   * A stretch of the article: a sentence stating facts ({@code facts} not empty, {@code anchor}
   * its id) or the text between such sentences.
   */
  public record Piece(List<Run> runs, List<String> facts, String anchor) {
    public boolean isFact() {
      return !facts.isEmpty();
    }

    public String factsText() {
      return String.join("\n", facts);
    }
  }

  public record ArticleFact(String description, String anchor) {}

  public record ArticleView(String iri, String title, String date, String source, List<Piece> text, List<ArticleFact> facts, int mentions) {}

  public record CurationRow(String when, String action, Link actor, Link into, String by, String reason) {}

  public record CurationView(Link actor, List<CurationRow> rows) {}
}
