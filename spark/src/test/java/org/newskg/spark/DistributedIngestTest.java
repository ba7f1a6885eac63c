package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.ArticleReader;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestProgress;
import org.newskg.pipeline.IngestReport;
import org.newskg.pipeline.StageTimes;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/**
 * The Spark job in local mode on the development articles, against a single-machine ingest of the
 * same files: once loaded, the shards make a store with the same quads and the same actor IRIs.
 * Only the times of merge records (and so their IRIs) differ, as between any two ingests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributedIngestTest {
  private JavaSparkContext spark;
  private Path inputs;
  private IngestReport single;
  private DistributedIngest.Report distributed;
  private KnowledgeStore singleStore;
  private KnowledgeStore loadedStore;
  private KnowledgeStore.LoadResult loaded;

  @BeforeAll
  void ingestBothWays(@TempDir Path work) throws IOException {
    inputs = developmentArticles(work.resolve("articles"));
    singleStore = KnowledgeStore.open(work.resolve("single"));
    single = new IngestPipeline(ExecutorNlp::processor, singleStore, IngestProgress.lines(line -> { }), 1, StageTimes.NONE)
        .ingest(new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES).readAll(List.of(inputs)));

    spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newskg test")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"));
    Path out = work.resolve("out");
    distributed = new DistributedIngest(spark).run(new DistributedIngest.Settings(List.of(inputs.toString()), out.toString(), 3, null,
        ArticleReader.DEFAULT_MAX_BYTES));
    loadedStore = KnowledgeStore.open(work.resolve("loaded"));
    List<Path> shards;
    try (Stream<Path> files = Files.walk(out)) {
      shards = files.filter(f -> f.toString().endsWith(".nq.gz") || f.toString().endsWith(".nq")).sorted().toList();
    }
    loaded = loadedStore.load(shards, true);
  }

  @AfterAll
  void close() {
    if (spark != null) {
      spark.close();
    }
    if (singleStore != null) {
      singleStore.close();
    }
    if (loadedStore != null) {
      loadedStore.close();
    }
  }

  @Test
  void theLoadedShardsHoldWhatASingleMachineIngestStores() {
    assertEquals(List.of(), loaded.failures());
    Map<String, Set<String>> expected = graphs(singleStore.datasetGraph());
    Map<String, Set<String>> actual = graphs(loadedStore.datasetGraph());
    assertEquals(expected.keySet(), actual.keySet(), "the same named graphs");
    for (String graph : expected.keySet()) {
      if (!graph.equals(Iris.RESOLUTION_GRAPH.getURI())) {
        assertSameQuads(graph, expected.get(graph), actual.get(graph));
      }
    }
    assertEquals(merges(singleStore.datasetGraph()), merges(loadedStore.datasetGraph()), "the same merges, rewriting the same graphs");
  }

  @Test
  void articlesAreLinkedAcrossArticlesAndMerged() {
    assertEquals(single.articles(), distributed.articles());
    assertTrue(distributed.articles() >= 17, "the development articles and the extra one: " + distributed.articles());
    assertTrue(distributed.merges() >= 1, "'Netanyahu' of the first article merges into a development article's 'Benjamin Netanyahu'");
    Map<String, Set<String>> graphsOfActor = new HashMap<>();
    DatasetGraph dsg = loadedStore.datasetGraph();
    Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, NKG.mentions, Node.ANY)
        .forEachRemaining(q -> graphsOfActor.computeIfAbsent(q.getObject().getURI(), k -> new TreeSet<>()).add(q.getGraph().getURI())));
    long shared = graphsOfActor.values().stream().filter(g -> g.size() >= 3).count();
    assertTrue(shared >= 5, "actors such as the United States are one IRI across articles: " + shared);
  }

  @Test
  void badInputsAreReportedAndTheRestIsStored() {
    assertEquals(single.failures().size(), distributed.failed(), distributed.someFailures().toString());
    assertTrue(distributed.someFailures().stream().anyMatch(f -> f.contains("broken.jsonl:2")), distributed.someFailures().toString());
    assertTrue(distributed.someFailures().stream().anyMatch(f -> f.contains("empty.txt") && f.contains("empty")), distributed.someFailures().toString());
  }

  @Test
  void anExistingOutputDirectoryIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DistributedIngest(spark).run(
        new DistributedIngest.Settings(List.of(inputs.toString()), inputs.toString(), 0, null, ArticleReader.DEFAULT_MAX_BYTES)));
    assertTrue(e.getMessage().contains("exists already"), e.getMessage());
  }

  /** Every graph's quads, as N-Quads lines; newskg writes no blank nodes, so equal sets are isomorphic graphs. */
  private static Map<String, Set<String>> graphs(DatasetGraph dsg) {
    return Txn.calculateRead(dsg, () -> {
      Map<String, Set<String>> graphs = new TreeMap<>();
      dsg.find().forEachRemaining(q -> graphs.computeIfAbsent(q.getGraph().getURI(), k -> new TreeSet<>()).add(line(q)));
      return graphs;
    });
  }

  private static String line(Quad q) {
    return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject());
  }

  private static void assertSameQuads(String graph, Set<String> expected, Set<String> actual) {
    if (!expected.equals(actual)) {
      List<String> missing = expected.stream().filter(q -> !actual.contains(q)).limit(5).toList();
      List<String> extra = actual.stream().filter(q -> !expected.contains(q)).limit(5).toList();
      assertFalse(true, graph + ": missing " + missing + "; extra " + extra);
    }
  }

  /** The resolution graph without the merge records' times: what was merged, why, and which graphs were rewritten. */
  private static Set<String> merges(DatasetGraph dsg) {
    return Txn.calculateRead(dsg, () -> {
      Node graph = Iris.RESOLUTION_GRAPH;
      Set<String> out = new TreeSet<>();
      dsg.find(graph, Node.ANY, RDF.Nodes.type, NKG.Merge).forEachRemaining(record -> {
        Map<String, Set<String>> fields = new TreeMap<>();
        for (Node p : List.of(NKG.mergedActor, NKG.mergedLabel, NKG.survivingActor, NKG.reason, NKG.rewroteGraph, NKG.sharedGraph)) {
          dsg.find(graph, record.getSubject(), p, Node.ANY)
              .forEachRemaining(q -> fields.computeIfAbsent(p.getURI(), k -> new TreeSet<>()).add(NodeFmtLib.strNT(q.getObject())));
        }
        out.add(fields.toString());
      });
      dsg.find(graph, Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY).forEachRemaining(q -> out.add(line(q)));
      return out;
    });
  }

  /**
   * The development articles as JSON lines in two directories, the extra article first and again
   * last, and two bad inputs: what a real run meets.
   */
  private static Path developmentArticles(Path dir) throws IOException {
    Path dev = repository().resolve("eval/dev");
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dev)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonObject gold = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        JsonObject article = new JsonObject();
        for (String field : List.of("id", "title", "date", "text")) {
          article.add(field, gold.get(field));
        }
        lines.add(article.toString());
      }
    }
    Files.createDirectories(dir.resolve("a-early"));
    Files.copy(DistributedIngestTest.class.getResourceAsStream("/early/cabinet.txt"), dir.resolve("a-early/cabinet.txt"));
    Files.createDirectories(dir.resolve("b/more"));
    int half = lines.size() / 2;
    Files.writeString(dir.resolve("b/dev-1.jsonl"), String.join("\n", lines.subList(0, half)) + "\n");
    Files.writeString(dir.resolve("b/more/dev-2.jsonl"), String.join("\n", lines.subList(half, lines.size())) + "\n");
    String firstId = JsonParser.parseString(lines.get(0)).getAsJsonObject().get("id").getAsString();
    Files.writeString(dir.resolve("c-broken.jsonl"),
        lines.get(0).replace("\"" + firstId + "\"", "\"" + firstId + "-copy\"") + "\n{\"text\": \n");
    Files.writeString(dir.resolve("c-empty.txt"), "");
    // The same story again, as a second feed would bring it: it replaces the first copy's graph.
    Files.createDirectories(dir.resolve("d-again"));
    Files.copy(dir.resolve("a-early/cabinet.txt"), dir.resolve("d-again/cabinet.txt"));
    return dir;
  }

  /** The repository this module belongs to: the directory above spark/ that holds eval/dev. */
  private static Path repository() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      if (Files.isDirectory(at.resolve("eval/dev"))) {
        return at;
      }
    }
    throw new UncheckedIOException(new IOException("eval/dev not found above " + Path.of("").toAbsolutePath()));
  }
}
