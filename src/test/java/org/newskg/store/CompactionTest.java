package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automatic compaction: a store whose writes left more dead space than live data is compacted,
 * one that holds little dead space is not; a compaction killed halfway leaves a store that opens
 * with all its data.
 */
class CompactionTest {
  private static final Node GRAPH = NodeFactory.createURI("https://example.org/graph/g");

  /** Rewrites one graph of {@code triples} triples {@code times} times, a transaction each. */
  private static void rewrite(KnowledgeStore store, int triples, int times) {
    for (int round = 0; round < times; round++) {
      int r = round;
      store.replaceGraph(GRAPH, sink -> {
        for (int i = 0; i < triples; i++) {
          sink.quad(Quad.create(GRAPH, NodeFactory.createURI("https://example.org/s" + i),
              NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("value " + i + " of round " + r)));
        }
      });
    }
  }

  private static long quads(KnowledgeStore store) {
    return store.snapshot().stream().count();
  }

  @Test
  void aStoreOfManyTransactionsIsCompactedAndAFreshOneIsNot(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
      rewrite(store, 2_000, 1);
      assertEquals(Optional.empty(), store.compactIfWorthwhile(1 << 20), "one transaction leaves little dead space");
      rewrite(store, 2_000, 40);
      long before = KnowledgeStore.diskBytes(store.location());
      Optional<KnowledgeStore.Compaction> done = store.compactIfWorthwhile(1 << 20);
      assertTrue(done.isPresent(), "forty rewrites left dead space: " + before + " bytes for " + quads(store) + " quads");
      assertTrue(done.get().bytesAfter() < done.get().bytesBefore() / 2, done.get().toString());
      assertEquals(2_000, quads(store), "compaction keeps every quad");
      // Compacted, it is all live data: nothing more to gain.
      assertEquals(Optional.empty(), store.compactIfWorthwhile(1 << 20));
    }
  }

  @Test
  void aCompactionKilledHalfwayLeavesAStoreWithAllItsData(@TempDir Path dir) throws Exception {
    Path storeDir = dir.resolve("store");
    long quads;
    try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
      rewrite(store, 150_000, 3);
      quads = quads(store);
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Process compact = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.newskg.cli.Main", "compact", "--store", storeDir.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("compact.log").toFile()).start();
    try {
      // Kill it once the new generation is being written (TDB2 writes it beside the old one).
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (generations(storeDir) < 2 && compact.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertTrue(compact.isAlive(), "the compaction ended before it could be killed: " + Files.readString(dir.resolve("compact.log")));
      compact.destroyForcibly(); // SIGKILL
      assertTrue(compact.waitFor(60, TimeUnit.SECONDS));
    } finally {
      compact.destroyForcibly();
    }
    try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
      assertEquals(quads, quads(store), "every quad is there after the interrupted compaction");
      store.compact();
      assertEquals(quads, quads(store), "and a later compaction still works");
    }
  }

  private static long generations(Path storeDir) throws Exception {
    try (Stream<Path> files = Files.list(storeDir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("Data-")).count();
    }
  }
}
