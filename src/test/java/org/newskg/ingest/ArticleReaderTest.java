package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Article;

class ArticleReaderTest {
  @TempDir Path dir;
  private final ArticleReader reader = new ArticleReader(LocalDate.parse("2024-01-02"), 1_000);

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Article only(List<ReadResult> results) {
    assertEquals(1, results.size(), results.toString());
    return assertInstanceOf(ReadResult.Ok.class, results.get(0)).article();
  }

  private static String failure(List<ReadResult> results) {
    assertEquals(1, results.size(), results.toString());
    return assertInstanceOf(ReadResult.Failed.class, results.get(0)).failure().reason();
  }

  @Test
  void aDatedDatelineDatesTheArticleBeforeTheDefault() throws Exception {
    Article txt = only(reader.read(write("a.txt", "Truce holds\n\nCAIRO, May 21, 2021 - A ceasefire took hold.")));
    assertEquals(LocalDate.parse("2021-05-21"), txt.date());
    Article undated = only(reader.read(write("b.txt", "Truce holds\n\nCAIRO, May 21 - A ceasefire took hold.")));
    assertEquals(LocalDate.parse("2024-01-02"), undated.date());
    Article json = only(reader.read(write("c.jsonl", "{\"text\": \"KYIV, Sept. 3, 2022 - Russia attacked.\"}\n")));
    assertEquals(LocalDate.parse("2022-09-03"), json.date());
    Article dated = only(reader.read(write("d.jsonl", "{\"date\": \"2022-09-04\", \"text\": \"KYIV, Sept. 3, 2022 - Russia attacked.\"}\n")));
    assertEquals(LocalDate.parse("2022-09-04"), dated.date(), "the feed's own date comes first");
  }

  @Test
  void headlineOnTheFirstLineBecomesTheTitle() throws Exception {
    Article a = only(reader.read(write("a.txt", "Talks resume in Cairo\n\nEgypt said on Monday that talks resumed.")));
    assertEquals("Talks resume in Cairo", a.title());
    assertEquals("Egypt said on Monday that talks resumed.", a.text());
    assertEquals(LocalDate.parse("2024-01-02"), a.date());
  }

  @Test
  void aFirstSentenceIsNotATitle() throws Exception {
    Article a = only(reader.read(write("a.txt", "Egypt said on Monday that talks resumed.\n\nMore text.")));
    assertNull(a.title());
    assertTrue(a.text().startsWith("Egypt said"));
  }

  @Test
  void articlesWithoutIdAreIdentifiedByTheirText() throws Exception {
    Article a = only(reader.read(write("a.txt", "Some text.")));
    Article b = only(reader.read(write("b.txt", "Some text.")));
    assertEquals(a.id(), b.id());
    assertEquals(64, a.id().length());
  }

  @Test
  void readsJsonLinesAndReportsBadLinesByNumber() throws Exception {
    Path file = write("feed.jsonl", """
        {"id": "x1", "title": "T", "date": "2023-05-21", "url": "https://example.org/a", "text": "Hello."}
        {"id": "x2", "text": 
        {"id": "x3"}

        {"text": "No id, default date."}
        """);
    List<ReadResult> results = reader.read(file);
    assertEquals(4, results.size());
    Article first = assertInstanceOf(ReadResult.Ok.class, results.get(0)).article();
    assertEquals("x1", first.id());
    assertEquals(LocalDate.parse("2023-05-21"), first.date());
    assertEquals("https://example.org/a", first.url());
    InputFailure malformed = assertInstanceOf(ReadResult.Failed.class, results.get(1)).failure();
    assertEquals(file + ":2", malformed.origin());
    assertTrue(malformed.reason().startsWith("malformed JSON"), malformed.reason());
    InputFailure noText = assertInstanceOf(ReadResult.Failed.class, results.get(2)).failure();
    assertEquals(file + ":3", noText.origin());
    assertTrue(noText.reason().contains("text"), noText.reason());
    assertEquals(LocalDate.parse("2024-01-02"), assertInstanceOf(ReadResult.Ok.class, results.get(3)).article().date());
  }

  @Test
  void refusesEmptyBinaryInvalidUtf8LargeAndUnknownFiles() throws Exception {
    assertEquals("empty file", failure(reader.read(write("empty.txt", "  \n"))));
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {'a', 0, 'b'});
    assertEquals("binary file, not text", failure(reader.read(binary)));
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "café".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("not valid UTF-8 text", failure(reader.read(latin1)));
    assertTrue(failure(reader.read(write("big.txt", "x".repeat(2_000)))).startsWith("file too large"));
    assertTrue(failure(reader.read(write("a.pdf", "x"))).startsWith("unsupported file type"));
    assertEquals("no such file", failure(reader.read(dir.resolve("missing.txt"))));
  }

  @Test
  void walksDirectoriesRecursivelyInOrderAndSkipsHiddenFiles() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    write("sub/b.txt", "B text.");
    write("a.txt", "A text.");
    write(".hidden.txt", "hidden");
    List<ReadResult> results = reader.readAll(List.of(dir));
    assertEquals(2, results.size());
    assertEquals("A text.", ((ReadResult.Ok) results.get(0)).article().text());
    assertFalse(results.toString().contains("hidden"));
  }
}
