package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.ingest.ReadResult;
import org.newskg.pipeline.ArticleProcessor;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestProgress;
import org.newskg.pipeline.IngestReport;
import org.newskg.store.KnowledgeStore;

/**
 * Runs newskg on gold articles into a store, reads the facts back with the SPARQL of
 * {@code queries/eval/}, and scores them against the gold.
 */
public final class Evaluation {
  private final ArticleProcessor processor;
  private final Path queries;

  /**
   * @param queries the directory holding actors.rq and facts.rq
   */
  public Evaluation(ArticleProcessor processor, Path queries) {
    this.processor = processor;
    this.queries = queries;
  }

  /**
   * The scores of the facts, and how the store's actors stand to the gold's entities.
   *
   * @param events the linking of events across articles, when the set names its real events
   */
  public record Report(Scorer.Result scores, ActorCensus actors, Optional<EventLinkScores.Result> events) {}

  public Report run(List<GoldArticle> gold, KnowledgeStore store, IngestProgress progress) throws IOException {
    List<ReadResult> inputs = gold.stream().map(g -> (ReadResult) new ReadResult.Ok(g.article())).toList();
    IngestReport report = new IngestPipeline(() -> processor, store, progress).ingest(inputs, true);
    if (report.hasFailures()) {
      throw new IllegalStateException("evaluation articles failed: " + report.failures());
    }
    List<Map<String, String>> actorRows = store.selectRows(Files.readString(queries.resolve("actors.rq")));
    Map<String, Map<String, Set<String>>> labels = labelsByArticle(actorRows);
    Map<String, String> classes = new HashMap<>();
    for (Map<String, String> row : actorRows) {
      if (row.get("class") != null) {
        classes.put(row.get("actor"), row.get("class"));
      }
    }
    Map<String, List<Fact>> facts = new HashMap<>();
    for (Map<String, String> row : store.selectRows(Files.readString(queries.resolve("facts.rq")))) {
      String subject = row.get("kind").equals("role") ? "" : row.get("subject");
      facts.computeIfAbsent(row.get("article"), k -> new ArrayList<>())
          .add(new Fact(row.get("kind"), row.get("name"), subject, row.get("object")));
    }
    Scorer scorer = new Scorer();
    for (GoldArticle g : gold) {
      String id = g.article().id();
      scorer.score(g, labels.getOrDefault(id, Map.of()), facts.getOrDefault(id, List.of()));
    }
    Map<String, List<ActorCensus.StoredActor>> stored = new HashMap<>();
    labels.forEach((article, actors) -> actors.forEach((iri, names) -> stored.computeIfAbsent(article, k -> new ArrayList<>())
        .add(new ActorCensus.StoredActor(iri, names, classes.getOrDefault(iri, "")))));
    Optional<EventLinkScores.Result> events = Optional.empty();
    if (gold.stream().anyMatch(g -> !g.reports().isEmpty())) {
      events = Optional.of(EventLinkScores.of(gold, labels, store.selectRows(Files.readString(queries.resolve("events.rq")))));
    }
    return new Report(scorer.result(), ActorCensus.of(gold, stored), events);
  }

  /**
   * Each article's actors with their labels, the preferred one (rdfs:label) first and the others
   * in order: an actor "Sri Lanka" that also goes by "Colombo" is scored as Sri Lanka, not as the
   * capital the gold lists as a place of its own.
   */
  static Map<String, Map<String, Set<String>>> labelsByArticle(List<Map<String, String>> rows) {
    Map<String, Map<String, String>> preferred = new HashMap<>();
    Map<String, Map<String, Set<String>>> all = new HashMap<>();
    for (Map<String, String> row : rows) {
      all.computeIfAbsent(row.get("article"), k -> new HashMap<>()).computeIfAbsent(row.get("actor"), k -> new TreeSet<>()).add(row.get("label"));
      if ("true".equals(row.get("preferred"))) {
        preferred.computeIfAbsent(row.get("article"), k -> new HashMap<>()).put(row.get("actor"), row.get("label"));
      }
    }
    Map<String, Map<String, Set<String>>> labels = new HashMap<>();
    all.forEach((article, actors) -> actors.forEach((actor, names) -> {
      Set<String> ordered = new LinkedHashSet<>();
      String first = preferred.getOrDefault(article, Map.of()).get(actor);
      if (first != null) {
        ordered.add(first);
      }
      ordered.addAll(names);
      labels.computeIfAbsent(article, k -> new HashMap<>()).put(actor, ordered);
    }));
    return labels;
  }
}
