package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.SharedProcessor;
import org.newskg.StoreAssertions;
import org.newskg.TestFiles;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;
import org.newskg.store.KnowledgeStore;

/**
 * Claims in the store, across articles written for this test (src/test/resources/claims): a
 * named proposal's history spans two articles, figures keep their sources, and the curated
 * queries find statements, figures, histories and conflicts.
 */
class ClaimsStoreTest {
  @TempDir static Path dir;
  private static KnowledgeStore store;

  @BeforeAll
  static void ingest() {
    store = KnowledgeStore.open(dir.resolve("store"));
    Path claims = TestFiles.root().resolve("src/test/resources/claims");
    // Each article's dateline dates it: relative dates ("on Wednesday") anchor to that day.
    List<ReadResult> articles = new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES).readAll(List.of(
        claims.resolve("1-bridging-proposal-presented.txt"), claims.resolve("2-bridging-proposal-rejected.txt")));
    IngestReport report = new IngestPipeline(SharedProcessor.get(), store, line -> {}).ingest(articles);
    assertEquals(2, report.articles(), report.failures().toString());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Map<String, String>> curated(String query) throws IOException {
    return store.selectRows(Files.readString(TestFiles.root().resolve("queries").resolve(query)));
  }

  @Test
  void everyGraphConformsToTheShapes() {
    StoreAssertions.everyGraphConforms(store.snapshot());
    StoreAssertions.everyEvidenceOffsetSlicesItsSentence(store.snapshot());
  }

  @Test
  void aNamedProposalsHistorySpansArticlesInDateOrder() throws IOException {
    List<String> history = curated("14-proposal-history.rq").stream()
        .filter(r -> r.get("proposal").equals("bridging proposal"))
        .map(r -> r.get("step") + " by " + r.get("by"))
        .toList();
    assertEquals(List.of("Proposing by Egypt", "Acceptance by Israel", "Rejection by Hamas"), history);
    List<Map<String, String>> rows = curated("14-proposal-history.rq");
    Map<String, String> rejection = rows.stream().filter(r -> r.get("step").equals("Rejection")).findFirst().orElseThrow();
    assertEquals("2025-06-04", rejection.get("date"), "rejected on Wednesday, in an article of Thursday 2025-06-05");
    Map<String, String> proposing = rows.stream().filter(r -> r.get("step").equals("Proposing")).findFirst().orElseThrow();
    assertEquals("2025-06-02", proposing.get("date"), "presented on Monday, in an article of Tuesday 2025-06-03");
    assertEquals("senior Hamas official", rejection.get("source"));
    Map<String, String> acceptance = rows.stream().filter(r -> r.get("step").equals("Acceptance")).findFirst().orElseThrow();
    assertEquals("Israeli officials", acceptance.get("source"));
    assertEquals("2025-06-03", acceptance.get("date"), "undated, reported by officials who spoke on Tuesday");
  }

  @Test
  void figuresOfTwoSourcesBothStayAndConflict() throws IOException {
    List<String> figures = curated("13-figures.rq").stream()
        .filter(r -> r.get("measure").equals("Deaths"))
        .map(r -> r.get("qualifier") + " " + r.get("value") + " " + r.get("source"))
        .toList();
    assertTrue(figures.containsAll(List.of("MoreThan 52000 Gaza Health Ministry", "About 45000 Israeli military")), figures.toString());
    List<Map<String, String>> conflicts = curated("15-conflicting-claims.rq");
    assertTrue(conflicts.stream().anyMatch(r -> r.get("conflict").equals("figures") && r.get("about").equals("Deaths of Palestine")
        && r.get("month").equals("2025-06") && r.get("claims").contains("45000 according to Israeli military")
        && r.get("claims").contains("52000 according to Gaza Health Ministry")), conflicts.toString());
  }

  @Test
  void aDenialConflictsWithTheReportOfTheSameAttack() throws IOException {
    List<Map<String, String>> conflicts = curated("15-conflicting-claims.rq");
    assertTrue(conflicts.stream().anyMatch(r -> r.get("conflict").equals("denial") && r.get("about").equals("Israel")
        && r.get("claims").equals("Israel denies: its forces struck the hospital | Attack by Israel according to Hamas")), conflicts.toString());
  }

  @Test
  void anActorsStatementsIncludeItsUnnamedSources() throws IOException {
    String query = Files.readString(TestFiles.root().resolve("queries/12-statements.rq")).replace("VALUES ?name { \"Egypt\" }", "VALUES ?name { \"Hamas\" }");
    List<String> said = store.selectRows(query).stream().map(r -> r.get("speaker") + ": " + r.get("content")).toList();
    assertTrue(said.stream().anyMatch(s -> s.startsWith("senior Hamas official: Hamas rejected the bridging proposal")), said.toString());
    assertTrue(said.stream().anyMatch(s -> s.startsWith("Hamas: Israeli forces struck the Al-Shifa hospital")), said.toString());
  }

  @Test
  void statisticsCountTheClaims() {
    Map<String, Long> claims = org.newskg.store.StoreStatistics.of(store).claimsByClass();
    assertEquals(1L, claims.get("nkg:Denial"), claims.toString());
    assertEquals(1L, claims.get("nkg:Rejection"), claims.toString());
    assertEquals(1L, claims.get("nkg:Proposal"), "one named proposal across both articles: " + claims);
  }

  @Test
  void everyEventCarriesItsCameoCode() {
    List<Map<String, String>> uncoded = store.selectRows("""
        PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT ?e WHERE { GRAPH ?g { ?e a ?c . VALUES ?c { nkg:Attack nkg:Acceptance nkg:Rejection nkg:Proposing nkg:Statement }
          FILTER NOT EXISTS { ?e nkg:cameoCode ?code } } }""");
    assertTrue(uncoded.isEmpty(), uncoded.toString());
    List<Map<String, String>> rejection = store.selectRows("""
        PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT ?code ?plover WHERE { GRAPH ?g { ?e a nkg:Rejection ; nkg:cameoCode ?code ; nkg:ploverType ?plover } }""");
    assertEquals(List.of(Map.of("code", "127", "plover", "REJECT")), rejection);
  }
}
