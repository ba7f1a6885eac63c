package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.model.Merge;
import org.newskg.pipeline.StoreResolver;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = {
      "Re-links actors across the whole store: a short name (\"Bello\", \"IDF\") that refers to exactly "
          + "one fuller stored actor of its class is merged into it, in every article graph. Ambiguous names stay apart.",
      "Every merge is recorded in the resolution graph; 'newskg split' undoes one. Ingest links new articles by itself."})
final class ResolveCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Mixin CompactionOption compaction;
  @Spec CommandSpec spec;

  @Option(names = "--dry-run", description = "List the merges without making them.")
  boolean dryRun;

  @Override
  public Integer call() {
    List<Merge> merges;
    try (KnowledgeStore store = storeOptions.open()) {
      merges = new StoreResolver().resolve(store, dryRun);
      if (!dryRun) {
        compaction.afterWrites(store, spec.commandLine().getErr(), logging.quiet);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    merges.forEach(m -> out.printf("%s <%s> into <%s>: %s%n", dryRun ? "would merge" : "merged", m.merged(), m.surviving(), m.reason()));
    out.printf("%d merge%s%s%n", merges.size(), merges.size() == 1 ? "" : "s", dryRun ? " found (dry run, nothing changed)" : " made");
    out.flush();
    return 0;
  }
}
