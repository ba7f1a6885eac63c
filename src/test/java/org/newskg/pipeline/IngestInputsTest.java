package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.SharedProcessor;
import org.newskg.TestFiles;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.InputFailure;
import org.newskg.ingest.InputFailure.Kind;
import org.newskg.ingest.ReadResult;
import org.newskg.model.Article;
import org.newskg.model.Extraction;
import org.newskg.model.TitleFact;
import org.newskg.store.KnowledgeStore;

/**
 * The input corpus of src/test/resources/inputs (one file per kind, good and bad) through the
 * reader and the whole pipeline: each bad input fails with its kind, nothing of it reaches the
 * store, and the good ones are stored whole.
 */
class IngestInputsTest {
  private static final long LIMIT = 4096;
  @TempDir static Path inputs;
  private static ArticleReader reader;

  /** The corpus, plus the binary inputs written here rather than kept in git. */
  @BeforeAll
  static void corpus() throws IOException {
    try (Stream<Path> files = Files.list(TestFiles.root().resolve("src/test/resources/inputs"))) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals("README.md")).toList()) {
        Files.copy(file, inputs.resolve(file.getFileName()));
      }
    }
    Files.write(inputs.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
    Files.write(inputs.resolve("invalid-utf8.txt"), new byte[] {'T', 'a', 'l', 'k', 's', ' ', (byte) 0xC3, 0x28, ' ', 'e', 'n', 'd'});
    Files.writeString(inputs.resolve("too-large.txt"), "Egypt mediated the talks. ".repeat(200), StandardCharsets.UTF_8);
    reader = new ArticleReader(LocalDate.parse("2025-06-01"), LIMIT);
  }

  private static String name(String origin) {
    return Path.of(origin.replaceFirst(":\\d+$", "")).getFileName() + (origin.matches(".*:\\d+$") ? origin.replaceFirst("^.*(:\\d+)$", "$1") : "");
  }

  @Test
  void everyBadInputFailsWithItsKindAndTheGoodOnesAreRead() {
    Map<String, Kind> failures = new TreeMap<>();
    Set<String> read = new java.util.TreeSet<>();
    for (ReadResult result : reader.readAll(List.of(inputs))) {
      switch (result) {
        case ReadResult.Failed f -> failures.put(name(f.failure().origin()), f.failure().kind());
        case ReadResult.Ok ok -> read.add(name(ok.article().origin()));
      }
    }
    assertEquals(Map.of(
        "binary.txt", Kind.BINARY,
        "blank.txt", Kind.EMPTY,
        "empty.txt", Kind.EMPTY,
        "feed.jsonl:2", Kind.MALFORMED_JSON,
        "feed.jsonl:3", Kind.INVALID_ARTICLE,
        "feed.jsonl:4", Kind.INVALID_ARTICLE,
        "french.txt", Kind.NOT_ENGLISH,
        "invalid-utf8.txt", Kind.INVALID_UTF8,
        "notes.docx", Kind.UNSUPPORTED_TYPE,
        "too-large.txt", Kind.TOO_LARGE), failures);
    assertEquals(Set.of("feed.jsonl:1", "good-article.txt", "good-page.html"), read);
  }

  @Test
  void aFailureSaysWhichFileAndLineAndWhatIsWrongInOneLine() {
    List<String> lines = reader.readAll(List.of(inputs)).stream()
        .filter(r -> r instanceof ReadResult.Failed).map(r -> ((ReadResult.Failed) r).failure().toString()).toList();
    assertTrue(lines.stream().allMatch(l -> l.startsWith(inputs.toString()) && !l.contains("\n")), lines.toString());
    assertTrue(lines.contains(inputs.resolve("french.txt") + ": not English text (looks like French)"), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(inputs.resolve("feed.jsonl") + ":2: malformed JSON")), lines.toString());
    assertTrue(lines.contains(inputs.resolve("feed.jsonl") + ":4: \"date\" is not YYYY-MM-DD: 15 January 2025"), lines.toString());
  }

  @Test
  void anHtmlPageGivesItsStoryAndMetadataWithoutThePagesChrome() {
    Article page = reader.read(inputs.resolve("good-page.html")).stream()
        .map(r -> ((ReadResult.Ok) r).article()).findFirst().orElseThrow();
    assertEquals("Norway mediates talks between Colombia and the ELN in Oslo", page.title(), "the JSON-LD headline");
    assertEquals(LocalDate.parse("2025-02-11"), page.date());
    assertEquals("https://news.example.org/2025/02/oslo-talks", page.url());
    assertTrue(page.text().contains("Norway mediated a new round of talks"), page.text());
    assertTrue(page.text().contains("Colombian President Gustavo Petro said"), page.text());
    for (String chrome : List.of("Buy the best shoes", "Share on X", "Home", "analytics", "Talks stall in Havana", "Copyright")) {
      assertFalse(page.text().contains(chrome), "page chrome in the text: " + chrome);
    }
  }

  @Test
  void goodInputsAreStoredWholeAndBadOnesLeaveTheStoreUnchanged(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
      IngestPipeline pipeline = new IngestPipeline(SharedProcessor.get(), store, line -> {});
      IngestReport first = pipeline.ingest(reader.readAll(List.of(inputs)));
      assertEquals(3, first.articles(), first.summary());
      assertEquals(10, first.failures().size(), first.failures().toString());
      assertEquals(Set.of("Qatar hosts new round of Sudan talks", "Norway mediates talks between Colombia and the ELN in Oslo",
          "Turkey hosts prisoner swap talks"), titles(store));

      Set<Quad> before = quads(store);
      List<ReadResult> bad = reader.readAll(List.of(inputs)).stream().filter(r -> r instanceof ReadResult.Failed).toList();
      IngestReport badOnly = pipeline.ingest(bad);
      assertEquals(0, badOnly.articles());
      assertEquals(before, quads(store), "bad inputs changed the store");

      IngestReport again = pipeline.ingest(reader.readAll(List.of(inputs)));
      assertEquals(3, again.skipped(), "unchanged articles are skipped: " + again.summary());
      assertEquals(before, quads(store), "re-ingesting unchanged articles changed the store");
    }
  }

  @Test
  void anArticleThatFailsMidWriteLeavesNothingAndTheBatchGoesOn(@TempDir Path dir) {
    ArticleExtractor real = SharedProcessor.get();
    // A post with no text cannot be written: the failure comes after the article's first quads.
    ArticleExtractor breaksOnTurkey = article -> {
      Extraction e = real.process(article);
      if (article.id().equals("feed-1") && !e.actors().isEmpty()) {
        List<TitleFact> broken = List.of(new TitleFact(e.actors().get(0), null, e.events().isEmpty()
            ? new org.newskg.model.Evidence(article.text(), 0, article.text().length(), 0.5, "test") : e.events().get(0).evidence()));
        return new Extraction(article, e.actors(), broken, e.affiliations(), e.events());
      }
      return e;
    };
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
      IngestReport report = new IngestPipeline(breaksOnTurkey, store, line -> {}).ingest(reader.readAll(List.of(inputs)));
      assertEquals(2, report.articles(), report.summary());
      InputFailure failure = report.failures().stream().filter(f -> f.kind() == Kind.EXTRACTION_FAILED).findFirst().orElseThrow();
      assertTrue(failure.origin().endsWith("feed.jsonl:1"), failure.toString());
      assertFalse(titles(store).contains("Turkey hosts prisoner swap talks"));
      assertTrue(store.snapshot().stream().noneMatch(q -> q.getGraph().getURI().endsWith("/feed-1")), "part of the failed article was stored");
    }
  }

  private static Set<String> titles(KnowledgeStore store) {
    return store.selectRows("PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        + "SELECT ?t WHERE { ?a a nkg:Article ; dcterms:title ?t }").stream().map(r -> r.get("t")).collect(Collectors.toSet());
  }

  private static Set<Quad> quads(KnowledgeStore store) {
    DatasetGraph snapshot = store.snapshot();
    return snapshot.stream().collect(Collectors.toSet());
  }
}
