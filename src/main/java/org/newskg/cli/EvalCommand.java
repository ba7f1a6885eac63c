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
import org.newskg.eval.Evaluation;
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
      "Scores newskg against gold-annotated articles (format: shared/eval/README.md): ingests them into a "
          + "temporary store, reads the facts back with queries/eval/*.rq and prints precision, recall and F1 "
          + "per fact kind, per event role and relation, and micro-averaged in total."})
final class EvalCommand implements Callable<Integer> {
  @Mixin LoggingMixin logging;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GOLD_DIR", description = "Directory of gold .json files.")
  Path goldDir;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores as JSON to OUT.")
  Path json;

  @Option(names = "--details", description = "List missed and spurious facts per article.")
  boolean details;

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
    Scorer.Result result;
    try (KnowledgeStore kg = KnowledgeStore.open(dir)) {
      ArticleProcessor processor = corenlp.isEmpty() ? logging.processorLoader(err).get()
          : new ArticleProcessor(NlpPipeline.create(corenlp));
      result = new Evaluation(processor, home.resolve("queries/eval")).run(gold, kg, logging.progress(err));
      AnnotatorTimes timing = processor.nlp().timing();
      err.printf("Annotation (%s): %.1f s for %,d tokens, %.0f tokens/s%n", processor.nlp().annotators(), timing.total(),
          timing.tokens(), timing.tokens() / Math.max(timing.total(), 1e-9));
    } finally {
      if (store == null) {
        deleteRecursively(dir);
      }
    }
    out.printf("%-32s %6s %6s %6s %5s %5s %5s%n", "", "P", "R", "F1", "TP", "FP", "FN");
    result.counts().forEach((key, c) -> out.printf("%-32s %6.3f %6.3f %6.3f %5d %5d %5d%n",
        key, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
    if (details) {
      for (Scorer.ArticleDetails d : result.details()) {
        out.println();
        out.println("== " + d.article());
        d.missed().forEach(f -> out.println("  missed   " + f));
        d.spurious().forEach(f -> out.println("  spurious " + f));
      }
    }
    out.flush();
    if (json != null) {
      Map<String, Object> scores = new LinkedHashMap<>();
      result.counts().forEach((key, c) -> scores.put(key, Map.of(
          "precision", c.precision(), "recall", c.recall(), "f1", c.f1(), "tp", c.tp(), "fp", c.fp(), "fn", c.fn())));
      Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(scores));
    }
    return 0;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
