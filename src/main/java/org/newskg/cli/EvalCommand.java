package org.newskg.cli;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.eval.ActorCensus;
import org.newskg.eval.Evaluation;
import org.newskg.eval.Fact;
import org.newskg.eval.GoldArticle;
import org.newskg.eval.GoldReader;
import org.newskg.eval.Scorer;
import org.newskg.nlp.AnnotatorTimes;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.ArticleProcessor;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {
      "Scores newskg against gold-annotated articles (format: eval/README.md): ingests them into a "
          + "temporary store, reads the facts back with queries/eval/*.rq and prints precision, recall and F1 "
          + "per fact kind, per event role and relation, and micro-averaged in total over the kinds the set "
          + "annotates (a set with no titles prints them as not annotated). Then it counts the actors each real "
          + "entity became: entities split into several actors, actors of a wrong class, actors matching no entity. "
          + "A set with an events.json (the real events its articles report, eval/events/) also gets the B3 and "
          + "pairwise precision, recall and F1 of the events linked across articles, and the real events merged."})
final class EvalCommand implements Callable<Integer> {
  @Mixin LoggingMixin logging;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GOLD_DIR", description = "Directory of gold .json files.")
  Path goldDir;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores as JSON to OUT.")
  Path json;

  @Option(names = "--details", description = "List missed facts (with the gold's evidence sentence) and spurious "
      + "facts per article, and the entities that became several actors or an actor of a wrong class.")
  boolean details;

  @Option(names = "--misses", description = "List the missed roles and relations grouped by role, each with its "
      + "article and evidence sentence: what a construction that is not read yet looks like.")
  boolean misses;

  @Option(names = "--corenlp", paramLabel = "KEY=VALUE",
      description = "Change a CoreNLP property for this evaluation, to measure an annotator's worth: "
          + "--corenlp coref.algorithm=neural --corenlp annotators=tokenize,ssplit,pos,lemma,ner,parse,coref,quote")
  Map<String, String> corenlp = new LinkedHashMap<>();

  @Option(names = "--store", paramLabel = "DIR", description = "Keep the evaluation store here (default: a temporary directory, deleted).")
  Path store;

  @Override
  public Integer call() throws IOException {
    List<GoldArticle> gold = GoldReader.readDirectory(goldDir);
    Path home = Path.of(System.getProperty("newskg.home", "."));
    Path dir = store != null ? store : Files.createTempDirectory("newskg-eval");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Evaluation.Report report;
    try (KnowledgeStore kg = KnowledgeStore.open(dir)) {
      ArticleProcessor processor = corenlp.isEmpty() ? logging.processorLoader(err).get()
          : new ArticleProcessor(NlpPipeline.create(corenlp));
      report = new Evaluation(processor, home.resolve("queries/eval")).run(gold, kg, logging.progress(err));
      AnnotatorTimes timing = processor.nlp().timing();
      err.printf("Annotation (%s): %.1f s for %,d tokens, %.0f tokens/s%n", processor.nlp().annotators(), timing.total(),
          timing.tokens(), timing.tokens() / Math.max(timing.total(), 1e-9));
    } finally {
      if (store == null) {
        deleteRecursively(dir);
      }
    }
    Scorer.Result result = report.scores();
    out.printf("%-32s %6s %6s %6s %5s %5s %5s%n", "", "P", "R", "F1", "TP", "FP", "FN");
    result.counts().forEach((key, c) -> {
      if (result.notAnnotated().contains(key.split(" ")[0])) {
        out.printf("%-32s %-20s %5d%n", key, "not annotated", c.fp());
      } else {
        out.printf("%-32s %6.3f %6.3f %6.3f %5d %5d %5d%n", key, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
      }
    });
    ActorCensus actors = report.actors();
    out.printf("%nactors: %d real entities, %d found; %d split into several actors; %d with a wrong class; "
        + "%d of %d actors match no entity%n", actors.entities(), actors.found(), actors.split().size(),
        actors.wrongClass().size(), actors.unmatched(), actors.actors());
    report.events().ifPresent(events -> {
      out.printf("%nevents linked across articles: %d gold reports, %d extracted and scored%n", events.goldReports(), events.found());
      out.printf("%-32s %6.3f %6.3f %6.3f%n", "  B3", events.bcubed().precision(), events.bcubed().recall(), events.bcubed().f1());
      out.printf("%-32s %6.3f %6.3f %6.3f%n", "  pairwise", events.pairwise().precision(), events.pairwise().recall(),
          events.pairwise().f1());
      out.println("  different real events merged: " + (events.merged().isEmpty() ? "none" : String.join(", ", events.merged())));
      if (details) {
        events.details().forEach(line -> out.println("  " + line));
      }
    });
    if (details) {
      actors.split().forEach((name, labels) -> out.println("  split       " + name + " -> " + labels));
      actors.wrongClass().forEach((name, type) -> out.println("  wrong class " + name + " -> " + type));
      for (Scorer.ArticleDetails d : result.details()) {
        out.println();
        out.println("== " + d.article());
        d.missed().forEach(f -> out.println("  missed   " + f + evidence(d, f)));
        d.spurious().forEach(f -> out.println("  spurious " + f));
      }
    }
    if (misses) {
      Map<String, List<String>> byName = new java.util.TreeMap<>();
      for (Scorer.ArticleDetails d : result.details()) {
        d.missed().stream().filter(f -> !result.notAnnotated().contains(f.kind()))
            .forEach(f -> byName.computeIfAbsent(f.kind() + " " + f.name(), k -> new java.util.ArrayList<>())
                .add(d.article() + ": " + f + evidence(d, f)));
      }
      byName.forEach((name, list) -> {
        out.println();
        out.println("== missed " + name + " (" + list.size() + ")");
        list.forEach(line -> out.println("  " + line));
      });
    }
    out.flush();
    if (json != null) {
      Map<String, Object> scores = new LinkedHashMap<>();
      result.counts().forEach((key, c) -> scores.put(key, result.notAnnotated().contains(key.split(" ")[0])
          ? Map.of("annotated", false, "fp", c.fp())
          : Map.of("precision", c.precision(), "recall", c.recall(), "f1", c.f1(), "tp", c.tp(), "fp", c.fp(), "fn", c.fn())));
      scores.put("actors", Map.of("entities", actors.entities(), "found", actors.found(), "split", actors.split().size(),
          "wrongClass", actors.wrongClass().size(), "actors", actors.actors(), "unmatched", actors.unmatched()));
      report.events().ifPresent(events -> scores.put("events", Map.of(
          "goldReports", events.goldReports(), "scored", events.found(), "merged", events.merged(),
          "b3", Map.of("precision", events.bcubed().precision(), "recall", events.bcubed().recall(), "f1", events.bcubed().f1()),
          "pairwise", Map.of("precision", events.pairwise().precision(), "recall", events.pairwise().recall(),
              "f1", events.pairwise().f1()))));
      Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(scores));
    }
    return 0;
  }

  private static String evidence(Scorer.ArticleDetails d, Fact f) {
    String sentence = d.evidence().get(f);
    return sentence == null ? "" : "  \u00ab" + sentence + "\u00bb";
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
