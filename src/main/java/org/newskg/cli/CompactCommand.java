package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compact", mixinStandardHelpOptions = true,
    description = {"Rewrites the store without the space earlier transactions left behind and deletes the old copy.",
        "TDB2 never overwrites data in place, so a store written one article at a time grows to several times its data: "
            + "compact it after large ingests (see docs/PERFORMANCE.md)."})
final class CompactCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    long before = KnowledgeStore.diskBytes(storeOptions.store);
    try (KnowledgeStore store = storeOptions.open()) {
      store.compact();
    }
    out.printf("Compacted %s: %,.1f MiB -> %,.1f MiB on disk%n", storeOptions.store, before / 1048576.0,
        KnowledgeStore.diskBytes(storeOptions.store) / 1048576.0);
    out.flush();
    return 0;
  }
}
