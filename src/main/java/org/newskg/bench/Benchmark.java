package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newskg.ingest.ReadResult;
import org.newskg.model.Actor;
import org.newskg.model.ActorType;
import org.newskg.model.Article;
import org.newskg.model.Extraction;
import org.newskg.nlp.AnnotatorTimes;
import org.newskg.nlp.BareCoreNlp;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.ArticleProcessor;
import org.newskg.pipeline.GroupCommit;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestProgress;
import org.newskg.pipeline.IngestReport;
import org.newskg.pipeline.StageTimes;
import org.newskg.serve.pages.PageReader;
import org.newskg.serve.pages.PageRenderer;
import org.newskg.store.KnowledgeStore;

/**
 * Measures where newskg's time and memory go, on a reproducible corpus, and writes the figures as
 * a Markdown report: start-up, newskg against bare CoreNLP on the same texts, throughput by batch
 * size, cost by article length, the two write paths, and ingest and query cost as the store grows.
 */
public final class Benchmark {
  /**
   * @param sizes batch sizes of the throughput series (articles)
   * @param threads extraction threads of the throughput series
   * @param ratioArticles articles of the newskg-against-CoreNLP comparison (one thread each)
   * @param lengths article lengths (words) of the length series
   * @param storeSizes store sizes (articles) of the growth series; empty to skip it
   */
  public record Settings(Path home, Path work, List<Integer> sizes, int threads, int ratioArticles, List<Integer> lengths,
      List<Integer> storeSizes) {}

  private final Settings settings;
  private final Consumer<String> log;
  private final StringBuilder report = new StringBuilder();
  private final StageTimes times = StageTimes.create();
  private NlpPipeline nlp;
  private ArticleProcessor processor;
  private int stores;

  public Benchmark(Settings settings, Consumer<String> log) {
    this.settings = settings;
    this.log = log;
  }

  /** Runs every series and returns the report. */
  public String run() {
    BenchCorpus corpus = BenchCorpus.load(settings.home());
    line("# newskg benchmark");
    line("");
    line("Run " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " on " + Machine.describe() + ".");
    line("Corpus: " + corpus.baseSize() + " articles (bundled examples and test articles), repeated under new ids to each size.");
    line("");
    startup(corpus);
    againstCoreNlp(corpus);
    List<Extraction> extractions = throughput(corpus);
    lengths(corpus);
    writePaths(extractions);
    growth(corpus, extractions);
    return report.toString();
  }

  private void startup(BenchCorpus corpus) {
    log.accept("loading the NLP models");
    Machine.resetPeaks();
    long start = System.nanoTime();
    nlp = NlpPipeline.create();
    processor = new ArticleProcessor(nlp, times);
    double load = seconds(start);
    processor.process(corpus.articles(1).get(0));
    double first = seconds(start);
    line("## Start-up");
    line("");
    line("| models loaded | first article extracted | live heap after loading | peak heap while loading |");
    line("|---|---|---|---|");
    line(String.format("| %.1f s | %.1f s | %s | %s |", load, first, Machine.mib(Machine.liveHeap()), Machine.mib(Machine.peakHeap())));
    line("");
  }

  /** newskg's whole ingest against CoreNLP alone, one thread each, on the same texts. */
  private void againstCoreNlp(BenchCorpus corpus) {
    List<Article> articles = corpus.articles(settings.ratioArticles());
    log.accept("bare CoreNLP on " + articles.size() + " articles");
    BareCoreNlp bare = nlp.bare();
    articles.stream().limit(3).forEach(a -> bare.annotate(a.text()));
    AnnotatorTimes bareBefore = bare.timing();
    long start = System.nanoTime();
    articles.forEach(a -> bare.annotate(a.text()));
    double bareFirst = seconds(start);
    AnnotatorTimes bareTimes = minus(bare.timing(), bareBefore);

    log.accept("newskg on the same " + articles.size() + " articles, one thread");
    StageTimes stages = StageTimes.create();
    AnnotatorTimes before = nlp.timing();
    double newskgSeconds = ingest(articles, 1, stages, false).seconds;
    AnnotatorTimes ours = minus(nlp.timing(), before);

    // CoreNLP alone once more: the JIT keeps warming up, so the baseline is the mean of a run
    // before and a run after newskg's.
    log.accept("bare CoreNLP on the same articles again");
    start = System.nanoTime();
    articles.forEach(a -> bare.annotate(a.text()));
    double bareSeconds = (bareFirst + seconds(start)) / 2;

    line("## newskg against CoreNLP alone");
    line("");
    line(String.format("%d articles, %,d tokens, one thread each. CoreNLP alone: %.1f s (%.0f tokens/s; mean of a run before "
        + "and one after newskg's). newskg, from text to committed store: %.1f s (%.0f tokens/s). **Ratio newskg / CoreNLP: "
        + "%.2f** (target: at most 1.10).",
        articles.size(), bareTimes.tokens(), bareSeconds, bareTimes.tokens() / bareSeconds, newskgSeconds,
        ours.tokens() / newskgSeconds, newskgSeconds / bareSeconds));
    line("");
    line("| annotator | CoreNLP alone (s) | inside newskg (s) |");
    line("|---|---|---|");
    for (String annotator : bareTimes.seconds().keySet()) {
      line(String.format("| %s | %.2f | %.2f |", annotator, bareTimes.seconds().get(annotator),
          ours.seconds().getOrDefault(annotator, 0.0)));
    }
    line("");
    line("What newskg adds, by stage (s):");
    line("");
    stageTable(stages);
  }

  /** Batches of each size into an empty store, with the configured threads. */
  private List<Extraction> throughput(BenchCorpus corpus) {
    line("## Throughput");
    line("");
    line(String.format("Extraction on %d thread(s), linking and writing on one; each batch into a new store.", settings.threads()));
    line("");
    line("Each ingest writes with the default group commit and ends with the default automatic compaction, as `newskg"
        + " ingest` does; \"on disk\" is what it leaves, \"compacted\" the same store after `newskg compact`.");
    line("");
    line("| articles | tokens | time | articles/s | tokens/s | peak heap | live heap after | store on disk | compacted | per article | write per article |");
    line("|---|---|---|---|---|---|---|---|---|---|---|");
    List<Extraction> kept = new ArrayList<>();
    StageTimes last = null;
    for (int size : settings.sizes()) {
      log.accept("throughput: " + size + " articles on " + settings.threads() + " thread(s)");
      StageTimes stages = StageTimes.create();
      AnnotatorTimes before = nlp.timing();
      Machine.resetPeaks();
      Run run = ingest(corpus.articles(size), settings.threads(), stages, false);
      long tokens = minus(nlp.timing(), before).tokens();
      long peak = Machine.peakHeap();
      line(String.format("| %,d | %,d | %.1f s | %.2f | %.0f | %s | %s | %s | %s | %s | %.1f ms |", size, tokens, run.seconds,
          size / run.seconds, tokens / run.seconds, Machine.mib(peak), Machine.mib(Machine.liveHeap()),
          Machine.mib(run.storeBytes), Machine.mib(run.compactedBytes), kib(run.storeBytes / size),
          1000 * stages.seconds().getOrDefault("write", 0.0) / size));
      kept = run.extractions;
      last = stages;
    }
    line("");
    line("Peak resident set size of the whole run so far: " + Machine.peakRss() + ".");
    line("");
    if (last != null) {
      line("Where the time of the largest batch went (s, summed over threads):");
      line("");
      stageTable(last);
    }
    return kept;
  }

  /** Cost per token as articles get longer: coreference compares every pair of mentions. */
  private void lengths(BenchCorpus corpus) {
    line("## Cost by article length");
    line("");
    line(String.format("Articles made of the corpus's paragraphs, each used once (the corpus has %,d words).", corpus.words()));
    line("");
    line("| words | tokens | time | tokens/s |");
    line("|---|---|---|---|");
    for (int words : settings.lengths().stream().filter(w -> w <= corpus.words()).toList()) {
      log.accept("length: " + words + " words");
      Article article = corpus.ofLength(words);
      AnnotatorTimes before = nlp.timing();
      long start = System.nanoTime();
      processor.process(article);
      double s = seconds(start);
      long tokens = minus(nlp.timing(), before).tokens();
      line(String.format("| %,d | %,d | %.1f s | %.0f |", words, tokens, s, tokens / s));
    }
    line("");
  }

  /** The same extractions written one transaction per article, and by the bulk loader. */
  private void writePaths(List<Extraction> extractions) {
    if (extractions.isEmpty()) {
      return;
    }
    log.accept("write paths: " + extractions.size() + " articles");
    List<Written> written = new ArrayList<>();
    for (int batch : List.of(1, 4, 16, GroupCommit.DEFAULT.maxArticles())) {
      written.add(write(extractions, batch));
    }
    written.add(write(extractions, 0));
    line("## Writing: a transaction per article, group commit, or the bulk loader");
    line("");
    line(String.format("%d extracted articles, into an empty store, as fast as the writer takes them (a group commit"
        + " batch is full when extraction runs ahead of writing):", extractions.size()));
    line("");
    line("| path | time | per article | on disk | per article on disk | after `newskg compact` |");
    line("|---|---|---|---|---|---|");
    for (Written w : written) {
      line(String.format("| %s | %.2f s | %.1f ms | %s | %s | %s |", w.path, w.seconds, 1000 * w.seconds / extractions.size(),
          Machine.mib(w.bytes), kib(w.bytes / extractions.size()), Machine.mib(w.compacted)));
    }
    line("");
  }

  private record Written(String path, double seconds, long bytes, long compacted) {}

  /** Writes the extractions {@code batch} articles a transaction; 0: with the bulk loader. */
  private Written write(List<Extraction> extractions, int batch) {
    Path dir = fresh("write-" + (batch == 0 ? "bulk" : "txn-" + batch));
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      long start = System.nanoTime();
      if (batch == 0) {
        try (KnowledgeStore.BulkLoad load = store.bulkLoad()) {
          extractions.forEach(load::add);
          load.commit();
        }
      } else {
        for (int from = 0; from < extractions.size(); from += batch) {
          store.replaceArticles(extractions.subList(from, Math.min(extractions.size(), from + batch)).stream()
              .map(e -> new KnowledgeStore.ArticleWrite(e, List.of())).toList());
        }
      }
      double s = seconds(start);
      long bytes = KnowledgeStore.diskBytes(dir);
      store.compact();
      String path = batch == 0 ? "TDB2 phased bulk loader (`ingest --bulk`)"
          : batch == 1 ? "one TDB2 transaction per article (`--batch 1`)"
          : "group commit, " + batch + " articles a transaction" + (batch == GroupCommit.DEFAULT.maxArticles() ? " (the default's most)" : "");
      return new Written(path, s, bytes, KnowledgeStore.diskBytes(dir));
    }
  }

  /**
   * Stores grown to each size by loading copies of the extracted articles (persons renamed per
   * copy, so that the store's actors grow too), then: query time of each curated query, and the
   * cost of ingesting a few new articles into it.
   */
  private void growth(BenchCorpus corpus, List<Extraction> extractions) {
    if (settings.storeSizes().isEmpty() || extractions.isEmpty()) {
      return;
    }
    List<Path> queries = curatedQueries();
    Map<String, Map<Integer, QueryTime>> latency = new LinkedHashMap<>();
    List<String> ingestRows = new ArrayList<>();
    List<PageTime> pages = new ArrayList<>();
    List<Article> newArticles = corpus.articles(5).stream()
        .map(a -> new Article("new-" + a.id(), a.title(), a.date(), a.url(), a.text(), a.origin())).toList();
    for (int size : settings.storeSizes()) {
      log.accept("growth: loading a store of " + size + " articles");
      Path dir = fresh("growth-" + size);
      double load;
      try (KnowledgeStore store = KnowledgeStore.open(dir)) {
        long start = System.nanoTime();
        try (KnowledgeStore.BulkLoad bulk = store.bulkLoad()) {
          for (int i = 0; i < size; i++) {
            bulk.add(copy(extractions.get(i % extractions.size()), i));
          }
          bulk.commit();
        }
        store.rebuildSummary();
        load = seconds(start);
        for (Path query : queries) {
          latency.computeIfAbsent(query.getFileName().toString(), q -> new LinkedHashMap<>()).put(size, queryTime(store, query));
        }
        log.accept("growth: timing the pages of a store of " + size + " articles");
        pages.addAll(pageTimes(store, size));
      }
      log.accept("growth: ingesting " + newArticles.size() + " new articles into " + size);
      StageTimes stages = StageTimes.create();
      Run run = ingestInto(dir, newArticles, stages);
      Map<String, Double> s = stages.seconds();
      ingestRows.add(String.format("| %,d | %.1f s | %s | %.2f s | %.2f s | %.2f s | %.2f s | %.0f ms |", size, load,
          Machine.mib(KnowledgeStore.diskBytes(dir)), run.seconds / newArticles.size(), s.getOrDefault("link", 0.0) / newArticles.size(),
          s.getOrDefault("write", 0.0) / newArticles.size(), s.getOrDefault("summary", 0.0),
          1000 * s.getOrDefault(IngestPipeline.EVENT_LINKING, 0.0)));
    }
    line("## As the store grows");
    line("");
    line("Stores built by bulk-loading copies of the extracted articles (persons renamed in each copy), then 5 new articles "
        + "ingested into each, one thread.");
    line("");
    line("| store (articles) | bulk load + summary | on disk | ingest per new article | linking per article | writing per article "
        + "| summary update | of which linking the batch's events |");
    line("|---|---|---|---|---|---|---|---|");
    ingestRows.forEach(this::line);
    line("");
    line("Curated queries: median of 3 runs in ms, and the rows returned (the copies make every answer grow with the store):");
    line("");
    StringBuilder header = new StringBuilder("| query |");
    StringBuilder rule = new StringBuilder("|---|");
    settings.storeSizes().forEach(n -> {
      header.append(String.format(" %,d articles |", n));
      rule.append("---|");
    });
    line(header.toString());
    line(rule.toString());
    latency.forEach((query, bySize) -> {
      StringBuilder row = new StringBuilder("| " + query + " |");
      settings.storeSizes().forEach(n -> row.append(String.format(" %.0f ms, %,d rows |", bySize.get(n).millis(), bySize.get(n).rows())));
      line(row.toString());
    });
    line("");
    line("Pages of `serve` (read from the store and rendered, without HTTP): median of 5 after a warm-up. The actors are the "
        + "one with the most roles and the one whose page shows closest to 500 facts.");
    line("");
    line("| store (articles) | page | facts shown | median |");
    line("|---|---|---|---|");
    pages.forEach(p -> line(String.format("| %,d | %s | %,d | %.0f ms |", p.storeSize(), p.page(), p.facts(), p.millis())));
    line("");
  }

  private record PageTime(int storeSize, String page, int facts, double millis) {}

  private static final String BUSIEST_ACTORS = """
      PREFIX nkg: <https://w3id.org/newskg/ontology#>
      SELECT ?a (COUNT(*) AS ?n) WHERE {
        GRAPH ?g { ?e ?r ?a }
        VALUES ?r { nkg:participant nkg:mediator nkg:place nkg:attacker nkg:target nkg:killer nkg:victim nkg:agent }
      } GROUP BY ?a ORDER BY DESC(?n)""";

  /** The actor pages of the busiest actor and of the one closest to 500 facts, and a broad search. */
  private List<PageTime> pageTimes(KnowledgeStore store, int size) {
    PageReader reader = PageReader.of(store);
    PageRenderer renderer = new PageRenderer();
    List<String> actors = store.selectRows(BUSIEST_ACTORS).stream().map(r -> r.get("a")).toList();
    if (actors.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> facts = new LinkedHashMap<>();
    for (String iri : actors.subList(0, Math.min(40, actors.size()))) {
      reader.actor(iri, PageReader.Deadline.after(Duration.ofMinutes(5))).ifPresent(v -> facts.put(iri, v.factCount()));
    }
    String busiest = actors.getFirst();
    String near500 = facts.keySet().stream().min(java.util.Comparator.comparingInt(iri -> Math.abs(facts.get(iri) - 500))).orElse(busiest);
    List<PageTime> out = new ArrayList<>();
    for (String iri : new java.util.LinkedHashSet<>(List.of(near500, busiest))) {
      double millis = median(() -> renderer.actor(reader.actor(iri, PageReader.Deadline.after(Duration.ofMinutes(5))).orElseThrow()));
      out.add(new PageTime(size, "actor " + iri.substring(iri.lastIndexOf("/actor/") + 7), facts.getOrDefault(iri, 0), millis));
    }
    int[] hits = new int[1];
    double search = median(() -> {
      var view = reader.search("an", PageReader.Deadline.after(Duration.ofMinutes(5)));
      hits[0] = view.hits().size() + view.more();
      return renderer.search(view);
    });
    out.add(new PageTime(size, "search \"an\" (" + hits[0] + " actors match)", 0, search));
    return out;
  }

  /** Median milliseconds of 5 runs after one warm-up. */
  private static double median(java.util.function.Supplier<String> page) {
    page.get();
    List<Double> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      page.get();
      runs.add(1000 * seconds(start));
    }
    Collections.sort(runs);
    return runs.get(2);
  }

  /** Copy {@code n} of an extraction: its own article id, and its persons under their own names. */
  private static Extraction copy(Extraction e, int n) {
    Article a = e.article();
    Article article = new Article("copy-" + n + "-" + a.id(), a.title(), a.date(), a.url(), a.text(), a.origin());
    Extraction renamed = e.mapActors(actor -> actor.type() == ActorType.PERSON
        ? new Actor(actor.label() + " " + n, actor.type(), new TreeSet<>()) : actor, List.of());
    return new Extraction(article, renamed.actors(), renamed.titles(), renamed.affiliations(), renamed.events(), renamed.claims(),
        renamed.ambiguities(), renamed.mentions());
  }

  /** Median milliseconds of three runs, and the rows the query returns. */
  private record QueryTime(double millis, int rows) {}

  private QueryTime queryTime(KnowledgeStore store, Path query) {
    String sparql;
    try {
      sparql = Files.readString(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Double> runs = new ArrayList<>();
    int rows = 0;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      rows = store.selectRows(sparql).size();
      runs.add(1000 * seconds(start));
    }
    Collections.sort(runs);
    return new QueryTime(runs.get(1), rows);
  }

  private List<Path> curatedQueries() {
    try (Stream<Path> files = Files.list(settings.home().resolve("queries"))) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What one ingest cost and stored. */
  private record Run(double seconds, long storeBytes, long compactedBytes, List<Extraction> extractions) {}

  /** An ingest into a new store, ended as {@code newskg ingest} ends it: compacted if worth it. */
  private Run ingest(List<Article> articles, int threads, StageTimes stages, boolean bulk) {
    Path dir = fresh("ingest-" + articles.size() + "-" + threads);
    return ingestInto(dir, articles, stages, threads, bulk, true);
  }

  private Run ingestInto(Path dir, List<Article> articles, StageTimes stages) {
    return ingestInto(dir, articles, stages, 1, false, false);
  }

  private Run ingestInto(Path dir, List<Article> articles, StageTimes stages, int threads, boolean bulk, boolean compaction) {
    List<Extraction> extracted = Collections.synchronizedList(new ArrayList<>());
    ArticleProcessor timed = new ArticleProcessor(nlp, stages);
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      IngestPipeline pipeline = new IngestPipeline(() -> article -> {
        Extraction e = timed.process(article);
        extracted.add(e);
        return e;
      }, store, IngestProgress.lines(l -> {}), threads, stages);
      long start = System.nanoTime();
      IngestReport report = pipeline.ingest(articles.stream().map(ReadResult.Ok::new).map(ReadResult.class::cast).toList(), true, bulk);
      if (compaction && !bulk) {
        store.compactIfWorthwhile();
      }
      double s = seconds(start);
      if (report.hasFailures()) {
        throw new IllegalStateException("benchmark articles failed: " + report.failures());
      }
      long onDisk = KnowledgeStore.diskBytes(dir);
      if (compaction) {
        store.compact();
      }
      return new Run(s, onDisk, KnowledgeStore.diskBytes(dir), List.copyOf(extracted));
    }
  }

  /** Stages that are not newskg's extraction: CoreNLP's annotation, and what comes after extracting. */
  private static final java.util.Set<String> NOT_EXTRACTION = java.util.Set.of("annotate", "link", "write", "summary",
      IngestPipeline.EVENT_LINKING);

  private void stageTable(StageTimes stages) {
    line("| stage | seconds |");
    line("|---|---|");
    stages.seconds().forEach((stage, s) -> line(String.format("| %s | %.2f |", stage, s)));
    line("");
    double annotate = stages.seconds().getOrDefault("annotate", 0.0);
    double extraction = stages.seconds().entrySet().stream()
        .filter(e -> !NOT_EXTRACTION.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
    if (annotate > 0) {
      line(String.format("Extraction (everything between CoreNLP and linking): %.2f s, %.1f%% of the annotation's %.2f s "
          + "(target: at most 5%%).", extraction, 100 * extraction / annotate, annotate));
      line("");
    }
  }

  private static AnnotatorTimes minus(AnnotatorTimes after, AnnotatorTimes before) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    after.seconds().forEach((k, v) -> seconds.put(k, v - before.seconds().getOrDefault(k, 0.0)));
    return new AnnotatorTimes(seconds, after.tokens() - before.tokens());
  }

  private Path fresh(String name) {
    Path dir = settings.work().resolve(++stores + "-" + name);
    if (Files.exists(dir)) {
      throw new IllegalStateException(dir + " exists: the benchmark needs an empty work directory");
    }
    return dir;
  }

  private static double seconds(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos).toNanos() / 1e9;
  }

  private static String kib(long bytes) {
    return String.format("%,d KiB", bytes / 1024);
  }

  private void line(String text) {
    report.append(text).append('\n');
  }
}
