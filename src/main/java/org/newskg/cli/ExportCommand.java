package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.store.ExportFormat;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
      "Writes the whole store, or one article's graph, as RDF.",
      "TriG, N-Quads and JSON-LD keep one named graph per article; Turtle, N-Triples and RDF/XML "
          + "hold no named graphs and get the union of all graphs."})
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;

  @Option(names = {"-f", "--format"}, required = true,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  ExportFormat format;

  @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph (an article's graph IRI).")
  String graph;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    try (KnowledgeStore store = storeOptions.open()) {
      if (output == null) {
        store.export(System.out, format, Optional.ofNullable(graph));
        System.out.flush();
      } else {
        // Written beside the target and moved into place: a failed export leaves no partial file.
        Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".newskg-export", ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
          store.export(out, format, Optional.ofNullable(graph));
        } catch (RuntimeException | IOException e) {
          Files.deleteIfExists(tmp);
          throw e;
        }
        Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    }
    return 0;
  }
}
