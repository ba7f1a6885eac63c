package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {
      "Merges actor OTHER into actor KEEP: OTHER's IRI is replaced by KEEP's in every article graph, its label "
          + "becomes an alternative label, and the merge is recorded (who, when, why) in the resolution graph.",
      "Both must be stored actors of the same class. 'newskg split OTHER' undoes it."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:merged", "1:the store refused (unknown actor, different classes)", "2:usage error"})
final class MergeCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Mixin CompactionOption compaction;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KEEP", converter = ActorIriConverter.class,
      description = "The actor that stays, as an IRI or actor:CLASS/NAME.")
  String keep;

  @Parameters(index = "1", paramLabel = "OTHER", converter = ActorIriConverter.class,
      description = "The actor merged into KEEP.")
  String other;

  @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "merged by a curator",
      description = "Why, for the record (default: ${DEFAULT-VALUE}).")
  String reason;

  @Mixin CuratorOption curator;

  @Override
  public Integer call() {
    String record;
    try (KnowledgeStore store = storeOptions.open()) {
      record = store.merge(keep, other, reason, curator.curator);
      compaction.afterWrites(store, spec.commandLine().getErr(), logging.quiet);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("merged <%s> into <%s>; recorded as <%s>%n", other, keep, record);
    out.flush();
    return 0;
  }
}
