package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newskg.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures where newskg's time and memory go and writes a Markdown report: start-up, newskg against "
        + "CoreNLP alone on the same texts, throughput by batch size, cost by article length, the two write paths, "
        + "ingest and query time as the store grows.",
        "Runs on the bundled examples and test articles (from a newskg checkout); takes several minutes, "
        + "more with larger --sizes and --store-sizes. Not part of the tests."})
final class BenchCommand implements Callable<Integer> {
  @Mixin LoggingMixin logging;
  @Spec CommandSpec spec;

  @Option(names = "--sizes", paramLabel = "N,N", split = ",", defaultValue = "10,100",
      description = "Batch sizes of the throughput series (default: ${DEFAULT-VALUE}; the report of docs/PERFORMANCE.md adds 1000).")
  List<Integer> sizes;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads of the throughput series (default: ${DEFAULT-VALUE}).")
  int threads = IngestCommand.defaultThreads();

  @Option(names = "--compare", paramLabel = "N", defaultValue = "20",
      description = "Articles of the comparison with CoreNLP alone (default: ${DEFAULT-VALUE}).")
  int compare;

  @Option(names = "--lengths", paramLabel = "WORDS,WORDS", split = ",", defaultValue = "250,500,1000,2000",
      description = "Article lengths of the length series, in words (default: ${DEFAULT-VALUE}).")
  List<Integer> lengths;

  @Option(names = "--store-sizes", paramLabel = "N,N", split = ",", defaultValue = "1000,10000",
      description = "Store sizes of the growth series, in articles (default: ${DEFAULT-VALUE}); 0 skips the series.")
  List<Integer> storeSizes;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench-report.md",
      description = "Where the report goes (default: ${DEFAULT-VALUE}); it is also printed.")
  Path out;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where the benchmark's stores go (default: a temporary directory, deleted after).")
  Path work;

  @Override
  public Integer call() throws IOException {
    if (sizes.stream().anyMatch(n -> n < 1) || threads < 1 || compare < 1 || lengths.stream().anyMatch(n -> n < 1)) {
      throw new ParameterException(spec.commandLine(), "--sizes, --threads, --compare and --lengths must be positive");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path home = Path.of(System.getProperty("newskg.home", "."));
    boolean temporary = work == null;
    Path dir = temporary ? Files.createTempDirectory("newskg-bench") : work;
    if (!temporary && Files.exists(dir) && !isEmptyDir(dir)) {
      throw new ParameterException(spec.commandLine(), "--work " + dir + " is not empty");
    }
    Benchmark.Settings settings = new Benchmark.Settings(home, dir, sizes, threads, compare, lengths,
        storeSizes.stream().filter(n -> n > 0).toList());
    try {
      String report = new Benchmark(settings, step -> {
        err.println("bench: " + step);
        err.flush();
      }).run();
      Files.writeString(out, report, StandardCharsets.UTF_8);
      spec.commandLine().getOut().print(report);
      spec.commandLine().getOut().flush();
      err.println("bench: report written to " + out);
    } finally {
      if (temporary) {
        deleteTree(dir);
      }
    }
    return 0;
  }

  private static boolean isEmptyDir(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
