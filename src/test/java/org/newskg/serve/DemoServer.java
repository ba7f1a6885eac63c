package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.SharedProcessor;
import org.newskg.TestFiles;
import org.newskg.ingest.ArticleReader;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestReport;
import org.newskg.store.KnowledgeStore;

/**
 * The demo store (the bundled example articles), plus the curation examples with a curator's
 * merge and one hostile article, served read-only on a free loopback port: built once per test
 * JVM for the page tests, stopped when the JVM ends.
 */
final class DemoServer {
  static final String HOSTILE = "src/test/resources/org/newskg/serve/hostile-article.jsonl";
  /** The actor the curator's merge kept, and the one it absorbed. */
  static final String KEPT = "https://w3id.org/newskg/actor/person/ibrahim-bello";
  static final String ABSORBED = "https://w3id.org/newskg/actor/person/ibrahim-mohammed-bello";

  private DemoServer() {}

  private static final class Holder {
    static final KnowledgeStore STORE = build();
    static final SparqlServer SERVER = start();

    private static KnowledgeStore build() {
      try {
        Path dir = Files.createTempDirectory("newskg-pages");
        KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"));
        IngestReport report = new IngestPipeline(SharedProcessor.get(), store, line -> {})
            .ingest(new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES).readAll(List.of(
                TestFiles.root().resolve("examples/articles"),
                TestFiles.root().resolve("examples/curation"),
                TestFiles.root().resolve(HOSTILE))));
        if (report.hasFailures()) {
          throw new IllegalStateException("the demo store did not build: " + report);
        }
        store.merge(KEPT, ABSORBED, "same spokesman", "page-test");
        return store;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static SparqlServer start() {
      SparqlServer server = SparqlServer.start(STORE, SparqlServer.Settings.readOnly(0));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        STORE.close();
      }));
      return server;
    }
  }

  static String base() {
    return "http://127.0.0.1:" + Holder.SERVER.port();
  }

  static KnowledgeStore store() {
    return Holder.STORE;
  }
}
