package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.newskg.store.StoreException;
import org.newskg.store.StoreStatistics;

/**
 * Five short articles written for this test (src/test/resources/resolution), in which the same
 * actors come back under other names and different actors share a name: which become one node,
 * which stay apart, and what the store records about it.
 */
class CrossArticleResolutionTest {
  private static final String ACTOR = "https://w3id.org/newskg/actor/";
  private static final String PREFIXES = """
      PREFIX nkg: <https://w3id.org/newskg/ontology#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      """;

  @TempDir static Path dir;
  private static KnowledgeStore store;
  private static IngestReport report;

  @BeforeAll
  static void ingest() {
    store = KnowledgeStore.open(dir.resolve("store"));
    report = new IngestPipeline(SharedProcessor.get(), store, line -> {}).ingest(read(articles()));
    assertEquals(5, report.articles(), report.failures().toString());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Path> articles() {
    Path dir = TestFiles.root().resolve("src/test/resources/resolution");
    return List.of(dir.resolve("1-abuja-talks.txt"), dir.resolve("2-okonkwo-vows.txt"), dir.resolve("3-lebanon-kidnapping.txt"),
        dir.resolve("4-haroun-statement.txt"), dir.resolve("5-haroun-unclear.txt"));
  }

  private static List<ReadResult> read(List<Path> files) {
    return new ArticleReader(LocalDate.parse("2025-03-03"), ArticleReader.DEFAULT_MAX_BYTES).readAll(files);
  }

  /** Article file name (without extension) → the actor IRIs its graph holds, without the namespace. */
  private static Map<String, Set<String>> actorsByArticle(KnowledgeStore store) {
    return store.selectRows(PREFIXES + """
        SELECT ?origin ?actor WHERE { GRAPH ?g { ?article a nkg:Article ; dcterms:title ?origin ; nkg:mentions ?actor } }""")
        .stream()
        .collect(Collectors.groupingBy(r -> r.get("origin"), Collectors.mapping(r -> r.get("actor").substring(ACTOR.length()),
            Collectors.toCollection(TreeSet::new))));
  }

  private static Set<String> actorsOf(String title) {
    return actorsByArticle(store).get(title);
  }

  @Test
  void aSurnameInALaterArticleIsTheFullNameOfAnEarlierOne() {
    assertTrue(actorsOf("Nigeria and Chad open border talks in Abuja").contains("person/daniel-okonkwo"));
    assertTrue(actorsOf("Okonkwo vows to keep talking").contains("person/daniel-okonkwo"));
    assertFalse(actorsByArticle(store).values().stream().anyMatch(a -> a.contains("person/okonkwo")));
  }

  @Test
  void anAcronymIsTheOrganizationAnotherArticleNamesInFull() {
    assertTrue(actorsOf("Nigeria and Chad open border talks in Abuja").contains("organization/african-union"));
    assertTrue(actorsOf("Okonkwo vows to keep talking").contains("organization/african-union"));
  }

  @Test
  void twoPeopleSharingASurnameStayTwo() {
    assertTrue(actorsOf("Nigeria and Chad open border talks in Abuja").contains("person/amina-haroun"));
    assertTrue(actorsOf("Businessman kidnapped in Beirut").contains("person/peter-haroun"));
    assertFalse(actorsOf("Businessman kidnapped in Beirut").contains("person/amina-haroun"));
  }

  @Test
  void aSharedPostTellsWhichOfThemASurnameMeans() {
    assertTrue(actorsOf("Chad says truce must hold").contains("person/amina-haroun"), actorsOf("Chad says truce must hold").toString());
  }

  @Test
  void aSurnameWithoutContextStaysApartAndIsFlagged() {
    assertEquals(Set.of(ACTOR + "person/amina-haroun", ACTOR + "person/peter-haroun"), store.selectRows(PREFIXES + """
        SELECT ?candidate WHERE { <%sperson/haroun> nkg:possiblySameAs ?candidate }""".formatted(ACTOR))
        .stream().map(r -> r.get("candidate")).collect(Collectors.toSet()));
  }

  @Test
  void aFullerNameLaterTakesOverTheShortOneInEveryArticle() {
    assertTrue(actorsOf("Okonkwo vows to keep talking").contains("person/ibrahim-bello"));
    assertTrue(actorsOf("Chad says truce must hold").contains("person/ibrahim-bello"));
    assertFalse(actorsByArticle(store).values().stream().anyMatch(a -> a.contains("person/bello")));
    assertEquals(1, report.merged());
    List<Map<String, String>> merge = store.selectRows(PREFIXES + """
        SELECT ?merge ?survivor ?agent ?reason WHERE { GRAPH ?g {
          ?merge a nkg:Merge ; nkg:mergedActor <%sperson/bello> ; nkg:survivingActor ?survivor ;
                 prov:wasAssociatedWith ?agent ; nkg:reason ?reason .
          <%sperson/bello> dcterms:isReplacedBy ?survivor } }""".formatted(ACTOR, ACTOR));
    assertEquals(1, merge.size(), merge.toString());
    assertEquals(ACTOR + "person/ibrahim-bello", merge.get(0).get("survivor"));
    assertTrue(hasAltLabel("person/ibrahim-bello", "Bello"), "the merged label stays an alternative one");
  }

  private static boolean hasAltLabel(String actor, String label) {
    return !store.selectRows(PREFIXES + "SELECT ?g WHERE { GRAPH ?g { <" + ACTOR + actor + "> skos:altLabel \"" + label + "\" } }").isEmpty();
  }

  @Test
  void aCapitalThatSpeaksIsItsCountryAndACapitalThatIsAPlaceStaysAPlace() {
    assertTrue(actorsOf("Okonkwo vows to keep talking").contains("country/united-states"));
    assertTrue(hasAltLabel("country/united-states", "Washington"));
    assertTrue(actorsOf("Talks resume").contains("place/washington"));
    assertTrue(actorsOf("Nigeria and Chad open border talks in Abuja").containsAll(Set.of("place/abuja", "country/nigeria")));
  }

  @Test
  void countriesLinkToWikidataAndCarryTheirIsoCode() {
    List<Map<String, String>> rows = store.selectRows(PREFIXES + """
        SELECT DISTINCT ?same ?exact ?iso WHERE { <%scountry/nigeria> owl:sameAs ?same ; skos:exactMatch ?exact ; nkg:isoCode ?iso }"""
        .formatted(ACTOR));
    assertEquals(List.of(Map.of("same", "http://www.wikidata.org/entity/Q1033", "exact", "http://www.wikidata.org/entity/Q1033", "iso", "NG")), rows);
  }

  @Test
  void aFactSeveralArticlesStateIsOneSummaryStatementWithAllItsEvidence() {
    List<Map<String, String>> rows = store.selectRows(PREFIXES + """
        SELECT ?count (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?evidence) AS ?evidences) WHERE {
          GRAPH <https://w3id.org/newskg/graph/summary> {
            ?s a nkg:AggregateStatement ; rdf:subject <%sperson/amina-haroun> ; rdf:predicate nkg:title ;
               rdf:object ?title ; nkg:supportCount ?count ; prov:wasDerivedFrom ?article ; nkg:evidence ?evidence }
          FILTER(LCASE(STR(?title)) = "foreign minister") } GROUP BY ?count""".formatted(ACTOR));
    assertEquals(List.of(Map.of("count", "2", "articles", "2", "evidences", "2")), rows);
  }

  @Test
  void theSummaryQueryOfTheReadmeListsEverySupportingSentence() throws Exception {
    String query = java.nio.file.Files.readString(TestFiles.root().resolve("queries/10-supporting-evidence.rq"));
    List<Map<String, String>> rows = store.selectRows(query);
    assertTrue(rows.stream().anyMatch(r -> r.get("subject").equals("Amina Haroun") && r.get("sentence").contains("Foreign Minister Haroun")),
        rows.toString());
  }

  @Test
  void statisticsCountArticleFactsAndDistinctFactsApart() {
    StoreStatistics stats = StoreStatistics.of(store);
    assertEquals(5, stats.articles());
    assertEquals(1, stats.merges());
    // The summary holds each title, affiliation and relation once, however many articles state it.
    long stated = Stream.of("nkg:title", "nkg:affiliatedWith", "nkg:negotiatesWith", "nkg:mediatesBetween",
            "nkg:killedBy", "nkg:attacked", "nkg:threatens")
        .mapToLong(p -> stats.factsByProperty().getOrDefault(p, 0L)).sum();
    assertTrue(stats.distinctFacts() > 0 && stats.distinctFacts() < stated,
        "distinct " + stats.distinctFacts() + " vs stated titles, affiliations and relations " + stated);
    assertTrue(stats.realEvents() > 0 && stats.realEvents() <= stats.reportedEvents(),
        stats.realEvents() + " real events of " + stats.reportedEvents() + " reported");
  }

  @Test
  void everyGraphConformsAndEveryEvidencePointsIntoItsText() {
    StoreAssertions.everyGraphConforms(store.snapshot());
    StoreAssertions.everyEvidenceOffsetSlicesItsSentence(store.snapshot());
  }

  @Test
  void aSplitRestoresTheMergedActorAndKeepsThemApart(@TempDir Path other) {
    Path dir = TestFiles.root().resolve("src/test/resources/resolution");
    try (KnowledgeStore own = KnowledgeStore.open(other.resolve("store"))) {
      IngestPipeline pipeline = new IngestPipeline(SharedProcessor.get(), own, line -> {});
      pipeline.ingest(read(List.of(dir.resolve("2-okonkwo-vows.txt"), dir.resolve("4-haroun-statement.txt"))));
      assertTrue(actorsByArticle(own).get("Okonkwo vows to keep talking").contains("person/ibrahim-bello"));

      KnowledgeStore.Split split = own.split(ACTOR + "person/bello", "alice");
      assertEquals(1, split.restoredGraphs().size());
      assertTrue(actorsByArticle(own).get("Okonkwo vows to keep talking").contains("person/bello"));
      assertTrue(actorsByArticle(own).get("Chad says truce must hold").contains("person/ibrahim-bello"));
      assertEquals(List.of(Map.of("agent", "alice")), own.selectRows(PREFIXES + """
          SELECT ?agent WHERE { ?split a nkg:Split ; prov:wasAssociatedWith/rdfs:label ?agent ; nkg:undoes ?merge }"""));

      // Resolution and later ingests respect the split.
      assertTrue(new StoreResolver().resolve(own, false).isEmpty());
      pipeline.ingest(read(List.of(dir.resolve("2-okonkwo-vows.txt"))));
      assertTrue(actorsByArticle(own).get("Okonkwo vows to keep talking").contains("person/bello"));
      assertThrows(StoreException.class, () -> own.split(ACTOR + "person/bello", "alice"));

      // A curator's merge puts them together again, recorded with the curator's reason.
      own.merge(ACTOR + "person/ibrahim-bello", ACTOR + "person/bello", "same spokesman", "bob");
      assertFalse(actorsByArticle(own).values().stream().anyMatch(a -> a.contains("person/bello")));
      assertTrue(own.selectRows(PREFIXES + """
          SELECT ?m WHERE { ?m a nkg:Merge ; nkg:reason "same spokesman" ; prov:wasAssociatedWith/rdfs:label "bob" }""").size() == 1);
      StoreAssertions.everyGraphConforms(own.snapshot());
    }
  }

  @Test
  void aMergeRefusesActorsOfDifferentClassesOrUnknownOnes() {
    assertThrows(StoreException.class, () -> store.merge(ACTOR + "country/chad", ACTOR + "person/amina-haroun", "no", "bob"));
    assertThrows(StoreException.class, () -> store.merge(ACTOR + "person/nobody", ACTOR + "person/amina-haroun", "no", "bob"));
  }
}
