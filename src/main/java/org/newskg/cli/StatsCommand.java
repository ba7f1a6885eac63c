package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts articles, actors by class and facts by property in the store.")
final class StatsCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    StoreStatistics stats;
    try (KnowledgeStore store = storeOptions.open()) {
      stats = StoreStatistics.of(store);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Store %s%n", storeOptions.store);
    out.printf("  articles            %8d%n", stats.articles());
    out.printf("  distinct facts      %8d%n", stats.distinctFacts());
    out.printf("  actor merges        %8d%n", stats.merges());
    out.printf("  events reported     %8d%n", stats.reportedEvents());
    out.printf("  real events         %8d%n", stats.realEvents());
    out.println("Actors by class");
    stats.actorsByClass().forEach((k, v) -> out.printf("  %-20s%8d%n", k, v));
    out.println("Facts by property, as the articles state them");
    stats.factsByProperty().forEach((k, v) -> out.printf("  %-20s%8d%n", k, v));
    out.println("Who said what: statements, figures, proposals and their steps");
    stats.claimsByClass().forEach((k, v) -> out.printf("  %-20s%8d%n", k, v));
    out.flush();
    return 0;
  }
}
