package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.SharedProcessor;
import org.newskg.StoreAssertions;
import org.newskg.TestFiles;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestReport;
import org.newskg.rdf.Iris;

/**
 * An article written for the project (the development set's Jeddah ceasefire story, as a JSON line)
 * through the whole pipeline into TDB2: validity, queries, exports, re-ingest.
 */
class StoreRoundTripTest {
  @TempDir static Path dir;
  private static KnowledgeStore store;
  private static IngestPipeline pipeline;
  private static List<ReadResult> article;

  @BeforeAll
  static void ingestArticle() throws Exception {
    store = KnowledgeStore.open(dir.resolve("store"));
    pipeline = new IngestPipeline(SharedProcessor.get(), store, line -> {});
    com.google.gson.JsonObject gold = com.google.gson.JsonParser.parseString(
        Files.readString(TestFiles.evalDev().resolve("d02.json"))).getAsJsonObject();
    com.google.gson.JsonObject line = new com.google.gson.JsonObject();
    for (String field : List.of("id", "title", "date", "text")) {
      line.add(field, gold.get(field));
    }
    Path jsonl = Files.writeString(dir.resolve("jeddah.jsonl"), line + "\n");
    article = new ArticleReader(LocalDate.parse("2023-05-21"), ArticleReader.DEFAULT_MAX_BYTES).readAll(List.of(jsonl));
    IngestReport report = pipeline.ingest(article);
    assertEquals(1, report.articles(), report.failures().toString());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void everyGraphConformsToTheShapes() {
    StoreAssertions.everyGraphConforms(store.snapshot());
  }

  @Test
  void everyEvidenceOffsetSlicesItsSentenceOutOfTheStoredText() {
    StoreAssertions.everyEvidenceOffsetSlicesItsSentence(store.snapshot());
  }

  @Test
  void reingestReplacesTheGraphInsteadOfDuplicatingIt() {
    long before = store.snapshot().stream().count();
    pipeline.ingest(article);
    DatasetGraph after = store.snapshot();
    assertEquals(before, after.stream().count());
    assertEquals(1, countGraphs(after));
  }

  @ParameterizedTest
  @EnumSource(ResultFormat.class)
  void answersQueriesInEveryFormat(ResultFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long rows = new QueryRunner(store, true).run(
        "SELECT ?p ?t WHERE { ?p nkg:title ?t } ORDER BY ?t", format, out);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(rows >= 5, "titles found: " + rows);
    assertTrue(printed.contains("Secretary of State"), printed);
    if (format == ResultFormat.JSON) {
      assertEquals(rows, org.apache.jena.riot.ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON).materialise().getRowNumber() + org.apache.jena.query.ResultSetFormatter.consume(org.apache.jena.riot.ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON)));
    }
  }

  @Test
  void answersAskAndConstruct() {
    ByteArrayOutputStream ask = new ByteArrayOutputStream();
    new QueryRunner(store, true).run("ASK { ?p nkg:title \"Secretary of State\" }", ResultFormat.TABLE, ask);
    assertEquals("yes", ask.toString(StandardCharsets.UTF_8).strip());
    ByteArrayOutputStream construct = new ByteArrayOutputStream();
    long triples = new QueryRunner(store, true).run(
        "CONSTRUCT { ?p nkg:title ?t } WHERE { ?p nkg:title ?t }", ResultFormat.TABLE, construct);
    Graph parsed = RDFParser.fromString(construct.toString(StandardCharsets.UTF_8), org.apache.jena.riot.Lang.TURTLE).toGraph();
    assertEquals(triples, parsed.size());
  }

  @Test
  void unionDefaultGraphCanBeSwitchedOff() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, new QueryRunner(store, false).run("SELECT * { ?s ?p ?o }", ResultFormat.CSV, out));
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void exportsParseBackWithTheSameContent(ExportFormat format) throws Exception {
    Path file = dir.resolve("export." + format.name().toLowerCase());
    try (var out = Files.newOutputStream(file)) {
      store.export(out, format, Optional.empty());
    }
    DatasetGraph parsed = DatasetGraphFactory.createGeneral();
    RDFParser.source(file).lang(format.lang()).parse(parsed);
    DatasetGraph stored = store.snapshot();
    if (format.holdsNamedGraphs()) {
      assertEquals(stored.stream().count(), parsed.stream().count());
      assertEquals(countGraphs(stored), countGraphs(parsed));
    } else {
      assertEquals(stored.getUnionGraph().size(), parsed.getDefaultGraph().size());
    }
  }

  @Test
  void exportsOneArticleGraph() {
    String graph = Iris.articleGraph(article.stream().map(r -> ((ReadResult.Ok) r).article().id()).findFirst().orElseThrow()).getURI();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out, ExportFormat.NQUADS, Optional.of(graph));
    assertTrue(out.toString(StandardCharsets.UTF_8).lines().allMatch(l -> l.endsWith("<" + graph + "> .")));
  }

  private static long countGraphs(DatasetGraph dsg) {
    long n = 0;
    for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
      n += Iris.isArticleGraph(it.next()) ? 1 : 0;
    }
    return n;
  }
}
