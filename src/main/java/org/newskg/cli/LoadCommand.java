package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Loads files of quads (N-Quads .nq or TriG .trig, gzipped or not; directories recursively) into the store: "
        + "an 'export' of another store, or shards written elsewhere. Each file is checked whole first; a malformed one is "
        + "named and left out. The summary graph is rebuilt after."})
final class LoadCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Mixin CompactionOption compaction;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..*", description = "Files or directories of quads.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--bulk", description = "Use TDB2's bulk loader (the store must be empty): much faster, all or nothing.")
  boolean bulk;

  @Option(names = "--summary-only",
      description = "Load nothing; rebuild the summary graph of a store loaded by another tool (tdb2.xloader).")
  boolean summaryOnly;

  @Override
  public Integer call() throws IOException {
    if (summaryOnly) {
      if (!inputs.isEmpty() || bulk) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--summary-only takes no files and no --bulk");
      }
      int facts;
      try (KnowledgeStore store = storeOptions.open()) {
        facts = store.rebuildSummary();
      }
      spec.commandLine().getOut().printf("Rebuilt the summary graph of %s: %d facts%n", storeOptions.store, facts);
      spec.commandLine().getOut().flush();
      return 0;
    }
    if (inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give the files or directories to load (or --summary-only)");
    }
    List<Path> files = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).filter(LoadCommand::isQuads).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        missing.add(input + ": no such file or directory");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KnowledgeStore.LoadResult result;
    try (KnowledgeStore store = storeOptions.open()) {
      result = store.load(files, bulk);
      compaction.afterWrites(store, err, logging.quiet);
    }
    missing.forEach(line -> err.println("newskg: " + line));
    result.failures().forEach(line -> err.println("newskg: " + line));
    out.printf("Loaded %d of %d files into %s%s%n", result.files(), files.size() + missing.size(), storeOptions.store,
        bulk ? " with the bulk loader" : "");
    out.flush();
    err.flush();
    return missing.isEmpty() && result.failures().isEmpty() ? 0 : NewskgCommand.SOME_FAILED;
  }

  private static boolean isQuads(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.gz$", "");
    return name.endsWith(".nq") || name.endsWith(".trig");
  }
}
