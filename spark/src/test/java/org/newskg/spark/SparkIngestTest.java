package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine;

/** The job's command line, as spark-submit and spark/newskg-spark call it: options, exit codes, output. */
class SparkIngestTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new SparkIngest());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsTheOptions() {
    assertEquals(0, run("--help"));
    for (String option : List.of("--out", "--partitions", "--date", "--max-size", "--master", "INPUT")) {
      assertTrue(out.toString().contains(option), option + " in " + out);
    }
  }

  @Test
  void badArgumentsAreUsageErrors() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "Text.");
    assertEquals(2, run(article.toString()));
    assertTrue(err.toString().contains("--out"), err.toString());
    assertEquals(2, run("--partitions", "-1", "--out", dir.resolve("o").toString(), article.toString()));
    assertTrue(err.toString().contains("--partitions must be 0 or more"), err.toString());
    assertEquals(2, run("--date", "yesterday", "--out", dir.resolve("o").toString(), article.toString()));
  }

  @Test
  void aRunWritesShardsAReportAndTheFailures() throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    Files.copy(SparkIngestTest.class.getResourceAsStream("/early/cabinet.txt"), inputs.resolve("cabinet.txt"));
    Files.write(inputs.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Path outDir = dir.resolve("out");
    Path missing = dir.resolve("missing");

    assertEquals(1, run("--master", "local[2]", "--out", outDir.toString(), inputs.toString(), missing.toString()));
    assertTrue(out.toString().contains("articles: 1 extracted, 2 inputs failed"), out.toString());
    assertTrue(err.toString().contains(missing + ": no such file or directory"), err.toString());
    assertTrue(err.toString().contains("binary.txt") && err.toString().contains("binary"), err.toString());
    assertTrue(Files.readString(outDir.resolve("REPORT.md")).contains("| extract |"));

    List<Path> shards;
    try (Stream<Path> files = Files.walk(outDir)) {
      shards = files.filter(f -> f.toString().endsWith(".nq.gz") || f.toString().endsWith(".nq")).toList();
    }
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
      assertEquals(List.of(), store.load(shards, true).failures());
      assertTrue(store.actorRegistry().actors().keySet().stream().anyMatch(iri -> iri.endsWith("/netanyahu")),
          store.actorRegistry().actors().keySet().toString());
    }

    // Nothing already written is overwritten.
    assertEquals(2, run("--master", "local[2]", "--out", outDir.toString(), inputs.toString()));
    assertTrue(err.toString().contains("exists already"), err.toString());
  }

  @Test
  void keptExtractionsAreReusedWithoutReadingOrExtractingAgain() throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    Files.copy(SparkIngestTest.class.getResourceAsStream("/early/cabinet.txt"), inputs.resolve("cabinet.txt"));
    Files.writeString(inputs.resolve("empty.txt"), "");
    Path kept = dir.resolve("kept");
    assertEquals(1, run("--master", "local[2]", "--extractions", kept.toString(), "--out", dir.resolve("first").toString(),
        inputs.toString()));
    assertTrue(Files.exists(kept.resolve("BUILD")));

    // The inputs are gone: the second run cannot have read them.
    Files.delete(inputs.resolve("cabinet.txt"));
    Files.delete(inputs.resolve("empty.txt"));
    assertEquals(1, run("--master", "local[2]", "--extractions", kept.toString(), "--out", dir.resolve("second").toString()));
    assertTrue(out.toString().contains("reuse extractions"), out.toString());
    assertTrue(err.toString().contains("empty.txt"), "the kept failures are reported again: " + err);
    assertEquals(shardLines(dir.resolve("first")), shardLines(dir.resolve("second")));

    assertEquals(2, run("--master", "local[2]", "--extractions", kept.toString(), "--out", dir.resolve("third").toString(),
        inputs.toString()));
    assertTrue(err.toString().contains("give no input to reuse them"), err.toString());
    assertEquals(2, run("--out", dir.resolve("fourth").toString()));
    assertTrue(err.toString().contains("give the INPUT files"), err.toString());
  }

  private static List<String> shardLines(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve("shards"))) {
      for (Path shard : files.filter(f -> f.toString().endsWith(".nq.gz")).sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(shard))) {
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
        }
      }
    }
    return lines.stream().sorted().toList();
  }
}
