package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {
      "Merges actor OTHER into actor KEEP: OTHER's IRI is replaced by KEEP's in every article graph, its label "
          + "becomes an alternative label, and the merge is recorded (who, when, why) in the resolution graph.",
      "Both must be stored actors of the same class. 'newskg split OTHER' undoes it.",
      "Given two events (real events of the summary graph, https://w3id.org/newskg/event/..., or articles' events, "
          + "https://w3id.org/newskg/article/ID/event/N, standing for the real event they report), it makes their real "
          + "events one, for this and every later linking; both must be of one event type and one month."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:merged", "1:the store refused (unknown actor or event, different classes, types or months)",
        "2:usage error"})
final class MergeCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Mixin CompactionOption compaction;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KEEP", converter = CurationIriConverter.class,
      description = "The actor that stays, as an IRI or actor:CLASS/NAME; or an event.")
  String keep;

  @Parameters(index = "1", paramLabel = "OTHER", converter = CurationIriConverter.class,
      description = "The actor (or event) merged into KEEP.")
  String other;

  @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "merged by a curator",
      description = "Why, for the record (default: ${DEFAULT-VALUE}).")
  String reason;

  @Mixin CuratorOption curator;

  @Override
  public Integer call() {
    if (KnowledgeStore.isEventIri(keep) != KnowledgeStore.isEventIri(other)) {
      throw new ParameterException(spec.commandLine(), "KEEP and OTHER must both be actors or both be events");
    }
    if (KnowledgeStore.isEventIri(keep)) {
      return mergeEvents();
    }
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

  private int mergeEvents() {
    KnowledgeStore.EventMerge merge;
    try (KnowledgeStore store = storeOptions.open()) {
      merge = store.mergeEvents(keep, other, reason, curator.curator);
      compaction.afterWrites(store, spec.commandLine().getErr(), logging.quiet);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("merged the events of <%s> and <%s>: %d reports are now the real event <%s>; recorded as <%s>%n",
        other, keep, merge.reports(), merge.realEvent(), merge.record());
    out.flush();
    return 0;
  }
}
