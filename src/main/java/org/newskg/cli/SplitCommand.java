package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "split", mixinStandardHelpOptions = true,
    description = {
      "Undoes the latest merge of actor MERGED (made by ingest, 'newskg resolve' or 'newskg merge'): its IRI "
          + "and label come back in every article graph the merge rewrote, and the two actors are recorded as "
          + "different so that resolution never merges them again. Articles that named both actors keep them "
          + "as one; they are listed, and re-ingesting them separates them.",
      "Given an article's event (https://w3id.org/newskg/article/ID/event/N), it parts that report from the real "
          + "event it was linked to and from all that event's other reports, for this and every later linking "
          + "until a merge of the same events."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:split", "1:no merge of MERGED is recorded; the event is the only report of its real event",
        "2:usage error"})
final class SplitCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Mixin CompactionOption compaction;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MERGED", converter = CurationIriConverter.class,
      description = "The actor that was merged away, as an IRI or actor:CLASS/NAME; or an article's event.")
  String merged;

  @Mixin CuratorOption curator;

  @Override
  public Integer call() {
    if (KnowledgeStore.isEventIri(merged)) {
      return splitEvent();
    }
    KnowledgeStore.Split split;
    try (KnowledgeStore store = storeOptions.open()) {
      split = store.split(merged, curator.curator);
      compaction.afterWrites(store, spec.commandLine().getErr(), logging.quiet);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("split <%s> off <%s> in %d article graph%s; recorded as <%s>%n", split.restored(), split.from(),
        split.restoredGraphs().size(), split.restoredGraphs().size() == 1 ? "" : "s", split.record());
    split.unseparatedGraphs().forEach(g -> out.printf("  <%s> names both actors: re-ingest that article to separate them%n", g));
    out.flush();
    return 0;
  }

  private int splitEvent() {
    KnowledgeStore.EventSplit split;
    try (KnowledgeStore store = storeOptions.open()) {
      split = store.splitEvent(merged, curator.curator);
      compaction.afterWrites(store, spec.commandLine().getErr(), logging.quiet);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("split <%s> off <%s>: it is now the real event <%s>, the %d report%s it was linked with <%s>; recorded as <%s>%n",
        split.report(), split.was(), split.realEvent(), split.otherReports(), split.otherReports() == 1 ? "" : "s", split.others(),
        split.record());
    out.flush();
    return 0;
  }
}
