package org.newskg.cli;

import java.nio.file.Path;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by every verb. */
public final class StoreOptions {
  public static final String DEFAULT_STORE = "newskg-data";

  @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
      description = "TDB2 store directory, created on first use (default: ${DEFAULT-VALUE}).")
  Path store;

  KnowledgeStore open() {
    return KnowledgeStore.open(store);
  }
}
