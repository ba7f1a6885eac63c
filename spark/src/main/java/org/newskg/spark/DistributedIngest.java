package org.newskg.spark;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.storage.StorageLevel;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;
import org.newskg.model.Actor;
import org.newskg.model.Article;
import org.newskg.model.BuildInfo;
import org.newskg.model.Extraction;
import org.newskg.model.Merge;
import org.newskg.resolve.BlockLinker;
import org.newskg.resolve.BlockingKeys;
import org.newskg.resolve.CrossArticleLinker;
import org.newskg.store.MergeReplay;
import scala.Tuple2;

/**
 * newskg's ingest as a Spark job. Articles are read through Spark's file systems and numbered in
 * the order the CLI reads them (paths sorted, lines in order); each executor extracts them with
 * its one CoreNLP pipeline; cross-article linking runs as joins over the actors' blocking keys and
 * then block by block in article order; each article's graph is written, rewritten by the merges
 * later articles brought, as N-Quads. {@code newskg load --bulk} of the output gives the store a
 * single-machine ingest of the same articles would.
 *
 * <p>Output, under one new directory: {@code shards/part-NNNNN.nq.gz} (the article graphs, in
 * article order), {@code resolution/resolution.nq} (the merges, as the store records them),
 * and {@code failures/} (one line per input that was not stored); {@link SparkIngest} adds
 * {@code REPORT.md}.
 */
public final class DistributedIngest {
  private static final Logger LOG = LogManager.getLogger(DistributedIngest.class);

  /**
   * What to ingest and how.
   *
   * @param inputs files or directories (searched recursively), as paths or URIs Spark can read;
   *     none when {@code extractions} holds a finished extraction to reuse
   * @param output a directory that must not exist yet
   * @param partitions how many tasks share the extraction; 0 for twice Spark's default parallelism
   * @param defaultDate date of articles that carry none, may be null
   * @param extractions where to keep the extractions (a new directory), or where an earlier run
   *     kept them (reused: nothing is read or extracted again); null for neither
   */
  public record Settings(List<String> inputs, String output, int partitions, LocalDate defaultDate, long maxBytes, String extractions)
      implements Serializable {
    public Settings {
      inputs = List.copyOf(inputs);
    }

    /** Settings that keep no extractions. */
    public Settings(List<String> inputs, String output, int partitions, LocalDate defaultDate, long maxBytes) {
      this(inputs, output, partitions, defaultDate, maxBytes, null);
    }
  }

  /** What a run did, for the user and for {@code REPORT.md}. */
  public record Report(long articles, long actors, long facts, long failed, List<String> someFailures, int merges,
      Map<String, Duration> stages) {}

  /** In a directory of kept extractions: the build that extracted them, written last. */
  private static final String BUILD_FILE = "BUILD";

  private final JavaSparkContext spark;

  public DistributedIngest(JavaSparkContext spark) {
    this.spark = spark;
  }

  /** Runs the job; the output directory holds its results when it returns. */
  public Report run(Settings settings) {
    Instant started = Instant.now();
    Configuration hadoop = spark.hadoopConfiguration();
    Path out = new Path(settings.output());
    refuseExisting(out, hadoop);
    Map<String, Duration> stages = new LinkedHashMap<>();
    Path kept = settings.extractions() == null ? null : new Path(settings.extractions());

    // Every article's extraction by its place in ingest order, and every input that failed (at -1).
    JavaPairRDD<Long, Outcome> outcomes;
    if (kept != null && exists(kept, hadoop)) {
      outcomes = timed(stages, "reuse extractions", () -> reuse(kept, settings, hadoop));
    } else {
      outcomes = extract(settings, hadoop, stages);
      if (kept != null) {
        // The build file last: a directory without it is an interrupted run's.
        outcomes.saveAsObjectFile(new Path(kept, "outcomes").toString());
        writeText(new Path(kept, BUILD_FILE), hadoop, BuildInfo.extractor());
      }
    }
    JavaPairRDD<Long, Extraction> locals = outcomes.filter(o -> o._2().extraction() != null).mapValues(Outcome::extraction);

    JavaPairRDD<Long, CrossArticleLinker.Linking> linked = timed(stages, "link", () -> link(locals));
    int merges = timed(stages, "write", () -> write(linked, out, started));

    JavaRDD<String> failures = outcomes.filter(o -> o._2().failure() != null).map(o -> o._2().failure()).coalesce(1);
    failures.saveAsTextFile(new Path(out, "failures").toString());
    Report report = new Report(
        locals.count(),
        linked.map(l -> (long) l._2().extraction().actors().size()).fold(0L, Long::sum),
        linked.map(l -> (long) l._2().extraction().factCount()).fold(0L, Long::sum),
        failures.count(),
        failures.take(20),
        merges,
        stages);
    outcomes.unpersist(false);
    linked.unpersist(false);
    return report;
  }

  /** Links actors across articles: blocks of actors that share keys, each in article order; persons last. */
  private static JavaPairRDD<Long, CrossArticleLinker.Linking> link(JavaPairRDD<Long, Extraction> locals) {
    JavaPairRDD<Long, Extraction> views = locals.mapValues(DistributedIngest::resolutionView).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, BlockLinker.Links> first = linkPass(views, false, null);
    JavaPairRDD<Long, Map<Actor, Actor>> organizations = first.mapValues(BlockLinker.Links::linked)
        .reduceByKey((a, b) -> {
          Map<Actor, Actor> all = new HashMap<>(a);
          all.putAll(b);
          return all;
        });
    JavaPairRDD<Long, BlockLinker.Links> persons = linkPass(views, true, organizations);
    JavaPairRDD<Long, CrossArticleLinker.Linking> linked = locals.leftOuterJoin(first.union(persons).groupByKey())
        .mapValues(pair -> BlockLinker.assemble(pair._1(), pair._2().isPresent() ? toList(pair._2().get()) : List.of()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    linked.count();
    views.unpersist(false);
    return linked;
  }

  /**
   * Writes the shards, each article graph rewritten by the merges after it, and the resolution
   * graph; returns the number of merges.
   */
  private int write(JavaPairRDD<Long, CrossArticleLinker.Linking> linked, Path out, Instant started) {
    Configuration hadoop = spark.hadoopConfiguration();
    List<OrderedMerge> merges = linked.flatMap(DistributedIngest::mergesOf).collect().stream()
        .sorted(Comparator.comparingLong(OrderedMerge::ordinal).thenComparingInt(OrderedMerge::place))
        .toList();
    Broadcast<List<OrderedMerge>> allMerges = spark.broadcast(merges);
    // One story read twice (two feeds of one wire article): as in ingest, the later copy's graph
    // replaces the earlier one, which only the merges before the replacement rewrote.
    Broadcast<Map<Long, Long>> replacedAt = spark.broadcast(replacedAt(linked));
    JavaPairRDD<Long, MergeReplay.ArticleGraph> graphs = linked
        .mapToPair(l -> new Tuple2<>(l._1(), MergeReplay.articleGraph(l._2().extraction(),
            mergesBetween(l._1(), replacedAt.value().getOrDefault(l._1(), Long.MAX_VALUE), allMerges.value()))))
        .sortByKey()
        .persist(StorageLevel.MEMORY_AND_DISK());
    graphs.filter(g -> !replacedAt.value().containsKey(g._1()))
        .values()
        .map(g -> g.nquads().stripTrailing())
        .saveAsTextFile(new Path(out, "shards").toString(), GzipCodec.class);
    List<MergeReplay.Touch> touches = graphs.values().flatMap(g -> g.touches().iterator()).collect();
    graphs.unpersist(false);
    nameShards(new Path(out, "shards"), hadoop);
    writeText(new Path(out, "resolution/resolution.nq"), hadoop,
        MergeReplay.resolutionGraph(merges.stream().map(OrderedMerge::merge).toList(), touches, started));
    return merges.size();
  }

  /** Reads and extracts the inputs. */
  private JavaPairRDD<Long, Outcome> extract(Settings settings, Configuration hadoop, Map<String, Duration> stages) {
    // Read: every input file in one task, its articles keyed by path and place in the file.
    hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    List<String> missing = new ArrayList<>();
    List<String> present = new ArrayList<>();
    for (String input : settings.inputs()) {
      (exists(new Path(input), hadoop) ? present : missing).add(input);
    }
    if (present.isEmpty()) {
      throw new IllegalArgumentException("no input exists: " + String.join(", ", settings.inputs()));
    }
    JavaRDD<Input> inputs = timed(stages, "read", () -> {
      JavaRDD<Input> read = spark.binaryFiles(String.join(",", present))
          .flatMap(file -> readFile(file._1(), file._2(), settings).iterator())
          .persist(StorageLevel.MEMORY_AND_DISK());
      read.count();
      return read;
    });
    JavaPairRDD<Long, Article> articles = inputs.filter(i -> i.article() != null)
        .mapToPair(i -> new Tuple2<>(i.key(), i.article()))
        .sortByKey()
        .values()
        .zipWithIndex()
        .mapToPair(Tuple2::swap);
    JavaPairRDD<Long, Outcome> failed = spark.parallelize(missing.stream().map(m -> m + ": no such file or directory").toList(), 1)
        .union(inputs.filter(i -> i.failure() != null).map(Input::failure))
        .mapToPair(failure -> new Tuple2<>(-1L, new Outcome(null, failure)));

    // Extract: the costly stage, spread over the partitions; one pipeline per executor JVM.
    int partitions = settings.partitions() > 0 ? settings.partitions() : 2 * spark.defaultParallelism();
    return timed(stages, "extract", () -> {
      JavaPairRDD<Long, Outcome> done = articles.repartition(partitions)
          .mapToPair(DistributedIngest::extractArticle)
          .union(failed)
          .persist(StorageLevel.MEMORY_AND_DISK());
      LOG.info("extracted {} articles in {} partitions", done.count(), partitions);
      inputs.unpersist(false);
      return done;
    });
  }

  /** The extractions an earlier run kept, if this build made them. */
  private JavaPairRDD<Long, Outcome> reuse(Path kept, Settings settings, Configuration hadoop) {
    if (!settings.inputs().isEmpty()) {
      throw new IllegalArgumentException(kept + " holds kept extractions: give no input to reuse them, or a new directory");
    }
    Path buildFile = new Path(kept, BUILD_FILE);
    if (!exists(buildFile, hadoop)) {
      throw new IllegalArgumentException(kept + " holds no finished extraction (an interrupted run's?): delete it or give a new directory");
    }
    String build = readText(buildFile, hadoop).strip();
    if (!build.equals(BuildInfo.extractor())) {
      throw new IllegalArgumentException(kept + " was extracted by another build (" + build + "; this is " + BuildInfo.extractor()
          + "): extract again into a new directory");
    }
    JavaPairRDD<Long, Outcome> outcomes = spark.<Tuple2<Long, Outcome>>objectFile(new Path(kept, "outcomes").toString())
        .mapToPair(t -> t)
        .persist(StorageLevel.MEMORY_AND_DISK());
    LOG.info("reusing {} kept extractions and failures from {}", outcomes.count(), kept);
    return outcomes;
  }

  /** One input file's articles, or why it has none. */
  record Input(String key, Article article, String failure) implements Serializable {}

  /** One article's extraction, or why it has none. */
  record Outcome(Extraction extraction, String failure) implements Serializable {}

  /** A merge and where one pass over the articles meets it: at an article, as its n-th merge. */
  record OrderedMerge(long ordinal, int place, Merge merge) implements Serializable {}

  private static List<Input> readFile(String uri, PortableDataStream stream, Settings settings) throws IOException {
    // Hadoop's Path, not java.net.URI: Spark hands over names with spaces unescaped.
    String path = new Path(uri).toUri().getPath();
    String origin = uri.startsWith("file:") ? path : uri;
    String name = path.substring(path.lastIndexOf('/') + 1);
    byte[] bytes;
    try (DataInputStream in = stream.open()) {
      // One byte over the limit is enough to refuse the file without reading all of it.
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
    }
    List<ReadResult> results = new ArticleReader(settings.defaultDate(), settings.maxBytes()).read(origin, name, bytes);
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      // Paths sort as the CLI sorts them; the NUL keeps a file's articles before a longer path's.
      String key = path + "\u0000" + String.format("%09d", i);
      switch (results.get(i)) {
        case ReadResult.Ok ok -> inputs.add(new Input(key, ok.article(), null));
        case ReadResult.Failed failed -> inputs.add(new Input(key, null, failed.failure().toString()));
      }
    }
    return inputs;
  }

  private static Tuple2<Long, Outcome> extractArticle(Tuple2<Long, Article> numbered) {
    Article article = numbered._2();
    try {
      return new Tuple2<>(numbered._1(), new Outcome(ExecutorNlp.processor().process(article), null));
    } catch (RuntimeException e) {
      LOG.debug("article {} failed", article.origin(), e);
      return new Tuple2<>(numbered._1(), new Outcome(null, article.origin() + ": extraction failed: " + e));
    }
  }

  /** What linking reads of an article: its actors, posts and affiliations, without the text. */
  private static Extraction resolutionView(Extraction local) {
    return BlockLinker.slice(0, local, local.actors(), Map.of()).actors();
  }

  /**
   * Links one pass of actors (persons, or every other actor) block by block.
   *
   * @param organizations for the persons' pass: each article's linked organizations
   */
  private static JavaPairRDD<Long, BlockLinker.Links> linkPass(JavaPairRDD<Long, Extraction> views, boolean persons,
      JavaPairRDD<Long, Map<Actor, Actor>> organizations) {
    // An actor occurrence is "ordinal index": its article and its place among the article's actors.
    JavaPairRDD<String, String> keys = views.flatMapToPair(view -> {
      List<Tuple2<String, String>> pairs = new ArrayList<>();
      List<Actor> actors = view._2().actors();
      for (int i = 0; i < actors.size(); i++) {
        if (BlockLinker.inFirstPass(actors.get(i)) != persons) {
          for (String key : BlockingKeys.of(actors.get(i))) {
            pairs.add(new Tuple2<>(view._1() + " " + i, key));
          }
        }
      }
      return pairs.iterator();
    });
    JavaPairRDD<Long, Iterable<Tuple2<Integer, String>>> blocksByArticle = Components.of(keys)
        .mapToPair(node -> {
          String[] at = node._1().split(" ");
          return new Tuple2<>(Long.parseLong(at[0]), new Tuple2<>(Integer.parseInt(at[1]), node._2()));
        })
        .groupByKey();
    JavaPairRDD<Long, Tuple2<Extraction, Map<Actor, Actor>>> withOrganizations = organizations == null
        ? views.mapValues(v -> new Tuple2<>(v, Map.<Actor, Actor>of()))
        : views.leftOuterJoin(organizations).mapValues(p -> new Tuple2<>(p._1(), p._2().isPresent() ? p._2().get() : Map.<Actor, Actor>of()));
    JavaPairRDD<String, BlockLinker.Slice> slices = blocksByArticle.join(withOrganizations).flatMapToPair(article -> {
      long ordinal = article._1();
      Extraction view = article._2()._2()._1();
      Map<String, List<Actor>> byBlock = new TreeMap<>();
      for (Tuple2<Integer, String> member : article._2()._1()) {
        byBlock.computeIfAbsent(member._2(), k -> new ArrayList<>()).add(view.actors().get(member._1()));
      }
      List<Tuple2<String, BlockLinker.Slice>> out = new ArrayList<>();
      byBlock.forEach((block, actors) -> out.add(new Tuple2<>(block, BlockLinker.slice(ordinal, view, actors, article._2()._2()._2()))));
      return out.iterator();
    });
    return slices.groupByKey().flatMapToPair(block -> {
      List<BlockLinker.Slice> inOrder = new ArrayList<>(toList(block._2()));
      inOrder.sort(Comparator.comparingLong(BlockLinker.Slice::ordinal));
      return BlockLinker.link(inOrder).stream().map(links -> new Tuple2<>(links.ordinal(), links)).iterator();
    });
  }

  private static Iterator<OrderedMerge> mergesOf(Tuple2<Long, CrossArticleLinker.Linking> linked) {
    List<Merge> merges = linked._2().merges();
    List<OrderedMerge> out = new ArrayList<>();
    for (int i = 0; i < merges.size(); i++) {
      out.add(new OrderedMerge(linked._1(), i, merges.get(i)));
    }
    return out.iterator();
  }

  /**
   * The merges of the articles after this one, up to and including {@code until}, keyed by their
   * place among all merges.
   */
  private static Map<Integer, Merge> mergesBetween(long ordinal, long until, List<OrderedMerge> merges) {
    Map<Integer, Merge> later = new HashMap<>();
    for (int i = 0; i < merges.size(); i++) {
      long at = merges.get(i).ordinal();
      if (at > ordinal && at <= until) {
        later.put(i, merges.get(i).merge());
      }
    }
    return later;
  }

  /** Articles read again later under the same id: each one's ordinal → the next copy's. */
  private static Map<Long, Long> replacedAt(JavaPairRDD<Long, CrossArticleLinker.Linking> linked) {
    return new HashMap<>(linked.mapToPair(l -> new Tuple2<>(l._2().extraction().article().id(), l._1()))
        .groupByKey()
        .flatMapToPair(copies -> {
          List<Long> ordinals = new ArrayList<>(toList(copies._2()));
          ordinals.sort(null);
          List<Tuple2<Long, Long>> next = new ArrayList<>();
          for (int i = 0; i + 1 < ordinals.size(); i++) {
            next.add(new Tuple2<>(ordinals.get(i), ordinals.get(i + 1)));
          }
          return next.iterator();
        })
        .collectAsMap());
  }

  private static <T> List<T> toList(Iterable<T> items) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  private static <T> T timed(Map<String, Duration> stages, String stage, Supplier<T> work) {
    Instant start = Instant.now();
    LOG.info("{}...", stage);
    T result = work.get();
    stages.put(stage, Duration.between(start, Instant.now()));
    return result;
  }

  private static boolean exists(Path input, Configuration hadoop) {
    try {
      FileStatus[] matches = input.getFileSystem(hadoop).globStatus(input);
      return matches != null && matches.length > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
    }
  }

  private static void refuseExisting(Path out, Configuration hadoop) {
    try {
      if (out.getFileSystem(hadoop).exists(out)) {
        throw new IllegalArgumentException("the output directory " + out + " exists already; give a new one");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the output directory " + out + ": " + e.getMessage(), e);
    }
  }

  /** Spark names its files part-NNNNN.gz; the loaders tell N-Quads by the name. */
  private static void nameShards(Path dir, Configuration hadoop) {
    try {
      FileSystem fs = dir.getFileSystem(hadoop);
      for (FileStatus file : fs.listStatus(dir)) {
        String name = file.getPath().getName();
        if (name.startsWith("part-") && name.endsWith(".gz")) {
          fs.rename(file.getPath(), new Path(dir, name.replaceFirst("\\.gz$", ".nq.gz")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot name the shards in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String readText(Path file, Configuration hadoop) {
    try (InputStream in = file.getFileSystem(hadoop).open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static void writeText(Path file, Configuration hadoop, String text) {
    try (OutputStream out = file.getFileSystem(hadoop).create(file, false)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
