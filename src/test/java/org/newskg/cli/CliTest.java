package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line's contract: help everywhere, exit codes, one-line errors. Needs no NLP. */
class CliTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = NewskgCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "query", "export", "stats", "demo", "eval", "resolve", "merge", "split", "serve", "compact", "load"})
  void everyVerbHasHelp(String verb) {
    assertEquals(0, run(verb, "--help"));
    assertTrue(out.toString().contains("Usage: newskg " + verb), out.toString());
    assertTrue(out.toString().contains("--store"), "every verb takes --store");
  }

  @Test
  void everyVerbsDescriptionWrapsIntoFullLines() {
    for (var entry : NewskgCommand.commandLine().getSubcommands().entrySet()) {
      if (entry.getValue().getCommand() instanceof CommandLine.HelpCommand) {
        continue;
      }
      String help = entry.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF);
      // The description: the lines after the synopsis (which starts "Usage:" and continues indented), before the options.
      List<String> lines = help.lines().dropWhile(l -> !l.startsWith("Usage:")).skip(1)
          .dropWhile(l -> l.startsWith(" ")).takeWhile(l -> !l.isBlank() && !l.startsWith(" ") && !l.matches("[A-Z][A-Za-z ]*:")).toList();
      assertFalse(lines.isEmpty(), entry.getKey() + " has a description");
      for (String line : lines) {
        boolean endsSentence = line.endsWith(".") || line.endsWith(")");
        assertTrue(endsSentence || line.length() > 55,
            entry.getKey() + " --help breaks a sentence early, at \"" + line + "\":\n" + help);
      }
    }
  }

  @Test
  void unknownFlagIsAUsageErrorInOneLine() {
    assertEquals(2, run("stats", "--no-such-flag"));
    assertTrue(err.toString().startsWith("newskg: Unknown option: '--no-such-flag'"), err.toString());
    assertEquals(2, err.toString().lines().count());
  }

  @Test
  void mergeOfSomethingThatIsNoActorIriIsAUsageError() {
    assertEquals(2, run("merge", "--store", dir.resolve("s").toString(), "actor:person/a", "Jane Roe"));
    assertTrue(err.toString().contains("'Jane Roe' is neither a newskg actor IRI"), err.toString());
  }

  @Test
  void mergeOfAnActorWithAnEventIsAUsageError() {
    assertEquals(2, run("merge", "--store", dir.resolve("s").toString(), "actor:person/a", "https://w3id.org/newskg/event/0123"));
    assertTrue(err.toString().startsWith("newskg: KEEP and OTHER must both be actors or both be events"), err.toString());
  }

  @Test
  void mergeAndSplitOfEventsTheStoreDoesNotHoldFailInOneLine() {
    assertEquals(1, run("merge", "--store", dir.resolve("s").toString(), "https://w3id.org/newskg/event/0123",
        "https://w3id.org/newskg/article/x/event/1"));
    assertTrue(err.toString().startsWith("newskg: no real event <https://w3id.org/newskg/event/0123>"), err.toString());
    assertEquals(1, err.toString().lines().count());
    err.getBuffer().setLength(0);
    assertEquals(1, run("split", "--store", dir.resolve("s").toString(), "https://w3id.org/newskg/article/x/event/1"));
    assertEquals("newskg: no stored event <https://w3id.org/newskg/article/x/event/1> linked to a real event", err.toString().strip());
  }

  @Test
  void mergeOfActorsTheStoreDoesNotHoldFailsInOneLine() {
    assertEquals(1, run("merge", "--store", dir.resolve("s").toString(), "actor:person/jane-roe", "actor:person/roe"));
    assertEquals("newskg: no actor <https://w3id.org/newskg/actor/person/jane-roe> in the store " + dir.resolve("s"),
        err.toString().strip());
  }

  @Test
  void splitOfAnActorNeverMergedFailsInOneLine() {
    assertEquals(1, run("split", "--store", dir.resolve("s").toString(), "https://w3id.org/newskg/actor/person/roe"));
    assertTrue(err.toString().startsWith("newskg: no merge of <https://w3id.org/newskg/actor/person/roe> is recorded"), err.toString());
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void resolveOfAnEmptyStoreFindsNothingToMerge() {
    assertEquals(0, run("resolve", "--dry-run", "--store", dir.resolve("s").toString()));
    assertEquals("0 merges found (dry run, nothing changed)", out.toString().strip());
  }

  @Test
  void theServersPasswordComesFromTheFileOrTheEnvironmentNeverTheCommandLine() throws Exception {
    IllegalArgumentException none = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ServeCommand.password(null, java.util.Map.of()));
    assertEquals("--allow-update needs a password: set NEWSKG_PASSWORD or give --password-file", none.getMessage());
    assertEquals("from-env", ServeCommand.password(null, java.util.Map.of("NEWSKG_PASSWORD", "from-env")));
    Path file = Files.writeString(dir.resolve("pw"), "from-file\nignored\n");
    assertEquals("from-file", ServeCommand.password(file, java.util.Map.of("NEWSKG_PASSWORD", "from-env")));
  }

  @Test
  void serveWithAnUnreadablePasswordFileIsAUsageError() {
    assertEquals(2, run("serve", "--store", dir.resolve("s").toString(), "--allow-update", "--password-file", dir.resolve("none").toString()));
    assertTrue(err.toString().contains("cannot read the password file"), err.toString());
  }

  @Test
  void serveWithAnEmptyPasswordFileIsAUsageError() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    assertEquals(2, run("serve", "--store", dir.resolve("s").toString(), "--allow-update", "--password-file", empty.toString()));
    assertTrue(err.toString().contains("is empty"), err.toString());
  }

  @Test
  void queryReachesARunningServerThroughItsEndpoint() throws Exception {
    var store = org.newskg.store.KnowledgeStore.open(dir.resolve("served"));
    var graph = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newskg/graph/t");
    store.replaceGraph(graph, sink -> sink.quad(org.apache.jena.sparql.core.Quad.create(graph,
        org.apache.jena.graph.NodeFactory.createURI("urn:a"), org.apache.jena.graph.NodeFactory.createURI("urn:b"),
        org.apache.jena.graph.NodeFactory.createLiteralString("served"))));
    java.io.PrintStream stdout = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    try (var server = org.newskg.serve.SparqlServer.start(store, org.newskg.serve.SparqlServer.Settings.readOnly(0))) {
      System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(0, run("query", "-f", "csv", "--endpoint", "http://127.0.0.1:" + server.port() + "/newskg/sparql",
          "-e", "SELECT ?o WHERE { ?s ?p ?o }"));
    } finally {
      System.setOut(stdout);
      store.close();
    }
    assertEquals("o\r\nserved", printed.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
    assertEquals(1, run("query", "--endpoint", "http://127.0.0.1:9/newskg/sparql", "-e", "ASK {}"));
    assertTrue(err.toString().contains("cannot connect"), err.toString());
  }

  @Test
  void missingVerbIsAUsageError() {
    assertEquals(2, run());
  }

  @Test
  void invalidSparqlIsAUsageError() {
    assertEquals(2, run("query", "--store", dir.resolve("s").toString(), "-e", "SELEKT nothing"));
    assertTrue(err.toString().startsWith("newskg: invalid SPARQL"), err.toString());
  }

  @Test
  void evalOfADirectoryWithoutGoldFilesIsAUsageError() {
    assertEquals(2, run("eval", dir.toString()));
    assertTrue(err.toString().contains("no .json gold files"), err.toString());
  }

  @Test
  void evalOfAMalformedGoldFileNamesIt() throws Exception {
    Path gold = Files.writeString(dir.resolve("broken.json"), "{\"id\": ");
    assertEquals(2, run("eval", dir.toString()));
    assertTrue(err.toString().contains(gold + ": malformed gold file"), err.toString());
  }

  @Test
  void evalOfAGoldFileWithoutTextNamesIt() throws Exception {
    Path gold = Files.writeString(dir.resolve("notext.json"), "{\"id\": \"x\", \"entities\": [], \"events\": []}");
    assertEquals(2, run("eval", dir.toString()));
    assertTrue(err.toString().contains(gold + ": malformed gold file"), err.toString());
  }

  @Test
  void queryFormatsAreCaseInsensitive() {
    assertEquals(0, run("query", "--store", dir.resolve("s").toString(), "-f", "CSV", "-e", "SELECT * { ?s ?p ?o }"));
  }

  @Test
  void statsOfANewStoreAreZero() {
    assertEquals(0, run("stats", "--store", dir.resolve("s").toString()));
    assertTrue(out.toString().matches("(?s).*articles\\s+0.*"), out.toString());
  }

  @Test
  void exportOfAnUnknownGraphFailsWithoutLeavingAFile() {
    Path target = dir.resolve("out.ttl");
    assertEquals(1, run("export", "--store", dir.resolve("s").toString(), "-f", "turtle",
        "--graph", "https://w3id.org/newskg/graph/none", "-o", target.toString()));
    assertTrue(err.toString().contains("no graph"), err.toString());
    assertTrue(Files.notExists(target));
  }

  @Test
  void ingestOfOnlyBadInputsExitsOneAndNamesEachFile() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n");
    assertEquals(1, run("ingest", "-q", "--store", dir.resolve("s").toString(), empty.toString(), bad.toString()));
    assertTrue(err.toString().contains(empty + ": empty file"), err.toString());
    assertTrue(err.toString().contains(bad + ":1: malformed JSON"), err.toString());
    assertTrue(out.toString().contains("0 articles"), out.toString());
  }

  @Test
  void benchHasHelpAndRefusesNonsense() throws Exception {
    assertEquals(0, run("bench", "--help"));
    assertTrue(out.toString().contains("Usage: newskg bench"), out.toString());
    assertEquals(2, run("bench", "--sizes", "10,0"));
    assertTrue(err.toString().contains("must be positive"), err.toString());
    Files.writeString(dir.resolve("work-file"), "x");
    assertEquals(2, run("bench", "--work", dir.toString()));
    assertTrue(err.toString().contains("is not empty"), err.toString());
  }

  @Test
  void ingestWithNoThreadsIsAUsageError() {
    assertEquals(2, run("ingest", "--threads", "0", "--store", dir.resolve("s").toString(), "x.txt"));
    assertTrue(err.toString().contains("--threads must be at least 1"), err.toString());
  }

  @Test
  void compactKeepsTheStoreUsable() {
    Path store = dir.resolve("s");
    assertEquals(0, run("stats", "--store", store.toString()));
    assertEquals(0, run("compact", "--store", store.toString()));
    assertTrue(out.toString().contains("Compacted " + store), out.toString());
    assertEquals(0, run("stats", "--store", store.toString()));
  }

  private static final String ARTICLE_QUADS = """
      <https://w3id.org/newskg/article/a1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Article> <https://w3id.org/newskg/graph/a1> .
      <https://w3id.org/newskg/article/a1> <http://purl.org/dc/terms/identifier> "a1" <https://w3id.org/newskg/graph/a1> .
      <https://w3id.org/newskg/actor/country/jordan> <http://www.w3.org/2000/01/rdf-schema#label> "Jordan" <https://w3id.org/newskg/graph/a1> .
      """;

  @Test
  void loadTakesQuadFilesNamesTheMalformedOnesAndRoundTripsAnExport() throws Exception {
    Path shards = Files.createDirectories(dir.resolve("shards"));
    Files.writeString(shards.resolve("part-0.nq"), ARTICLE_QUADS);
    Files.writeString(shards.resolve("part-1.nq"), "<a> <b> .\n");
    // Spark writes its shards gzipped.
    try (Writer gz = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(shards.resolve("part-2.nq.gz"))), StandardCharsets.UTF_8)) {
      gz.write(ARTICLE_QUADS.replace("a1", "a2"));
    }
    Path store = dir.resolve("s");
    assertEquals(1, run("load", "--store", store.toString(), shards.toString()));
    assertTrue(err.toString().contains(shards.resolve("part-1.nq") + ": malformed N-Quads"), err.toString());
    assertTrue(out.toString().contains("Loaded 2 of 3 files"), out.toString());

    Path export = dir.resolve("export.nq");
    assertEquals(0, run("export", "--store", store.toString(), "-f", "nquads", "-o", export.toString()));
    Path copy = dir.resolve("copy");
    assertEquals(0, run("load", "--bulk", "--store", copy.toString(), export.toString()));
    Path again = dir.resolve("again.nq");
    assertEquals(0, run("export", "--store", copy.toString(), "-f", "nquads", "-o", again.toString()));
    assertEquals(Files.readAllLines(export).stream().sorted().toList(), Files.readAllLines(again).stream().sorted().toList(),
        "an export loaded in bulk exports the same quads");
    assertTrue(Files.readString(again).contains("\"Jordan\""));

    assertEquals(0, run("load", "--summary-only", "--store", copy.toString()));
    assertTrue(out.toString().contains("Rebuilt the summary graph of " + copy), out.toString());
    assertEquals(2, run("load", "--summary-only", "--store", copy.toString(), export.toString()));
    assertEquals(2, run("load", "--store", copy.toString()));
    assertTrue(err.toString().contains("give the files or directories to load"), err.toString());
  }

  @Test
  void loadRefusesTriplesAndBulkIntoAStoreThatHoldsArticles() throws Exception {
    Path turtle = Files.writeString(dir.resolve("data.ttl"), "<a> <b> <c> .\n");
    assertEquals(1, run("load", "--store", dir.resolve("s").toString(), turtle.toString()));
    assertTrue(err.toString().contains(turtle + ": not a file of quads"), err.toString());
    Path quads = Files.writeString(dir.resolve("a.nq"), ARTICLE_QUADS);
    assertEquals(0, run("load", "--store", dir.resolve("s").toString(), quads.toString()));
    assertEquals(1, run("load", "--bulk", "--store", dir.resolve("s").toString(), quads.toString()));
    assertTrue(err.toString().contains("the bulk loader needs an empty store"), err.toString());
  }

  @Test
  void ingestThroughAServerSendsEachFileWithTheCredentials() throws Exception {
    java.util.List<String> received = new java.util.ArrayList<>();
    org.newskg.serve.Ingester recorder = (name, body) -> {
      received.add(name);
      boolean bad = name.endsWith("bad.txt");
      return new org.newskg.serve.Ingester.Outcome(bad ? "bad.txt: empty file\n0 articles\n" : "1 article\n", bad);
    };
    Path good = Files.writeString(dir.resolve("good.txt"), "Jordan said the talks would resume.");
    Path bad = Files.writeString(dir.resolve("bad.txt"), "");
    Path password = Files.writeString(dir.resolve("password"), "correct horse\n");
    try (org.newskg.store.KnowledgeStore store = org.newskg.store.KnowledgeStore.open(dir.resolve("s"));
         org.newskg.serve.SparqlServer server = org.newskg.serve.SparqlServer.start(store, new org.newskg.serve.SparqlServer.Settings(
             0, "127.0.0.1", java.time.Duration.ofSeconds(5),
             java.util.Optional.of(new org.newskg.serve.SparqlServer.Credentials("admin", "correct horse")),
             java.util.Optional.of(recorder)))) {
      String endpoint = "http://127.0.0.1:" + server.port() + "/newskg";
      assertEquals(0, run("ingest", "--endpoint", endpoint, "--password-file", password.toString(), good.toString()));
      assertTrue(out.toString().contains(good + ": 1 article"), out.toString());
      assertEquals(1, run("ingest", "--endpoint", endpoint, "--password-file", password.toString(), bad.toString()));
      assertEquals(java.util.List.of(good.toString(), bad.toString()), received);
      Path wrong = Files.writeString(dir.resolve("wrong"), "battery staple\n");
      assertEquals(1, run("ingest", "--endpoint", endpoint, "--password-file", wrong.toString(), good.toString()));
      assertTrue(err.toString().contains("answered 401"), err.toString());
    }
    assertEquals(1, run("ingest", "--endpoint", "http://127.0.0.1:9/newskg", "--password-file", password.toString(), good.toString()));
    assertTrue(err.toString().contains("no server answers at http://127.0.0.1:9/newskg/ingest"), err.toString());
  }
}
