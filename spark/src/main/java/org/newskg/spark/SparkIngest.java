package org.newskg.spark;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The Spark job's command line: {@code spark-submit ... newskg-spark.jar [OPTIONS] INPUT...}. */
@Command(name = "newskg-spark", mixinStandardHelpOptions = true, version = "newskg-spark 0.1.0",
    description = {
        "Extracts and links news articles on Apache Spark and writes N-Quads shards for 'newskg load --bulk'.",
        "Articles are linked in the order 'newskg ingest' reads them: paths sorted, lines in order.",
        "Then: newskg load --bulk --store STORE OUT/shards OUT/resolution"},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every input extracted", "1:some inputs failed (OUT/failures); the others were written",
        "2:bad arguments, or the job could not run"})
public final class SparkIngest implements Callable<Integer> {
  private static final Logger LOG = LogManager.getLogger(SparkIngest.class);

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files or directories (recursively) of .txt, .jsonl, .html articles: paths or URIs (hdfs://, s3a://).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--extractions", paramLabel = "DIR",
      description = "Keep the extractions in DIR (a new directory); or, with no INPUT, reuse those an earlier run kept there: "
          + "nothing is read or extracted again, linking and writing run anew (after a failed run, or for another --out).")
  String extractions;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory; must not exist.")
  String out;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Extraction tasks; default twice Spark's default parallelism.")
  int partitions;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of articles that carry none.")
  LocalDate date;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
      description = "Largest input file read (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not run by spark-submit (default: local[*], every core of this machine).")
  String master;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkIngest()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.isEmpty() && extractions == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give the INPUT files or directories (or --extractions DIR to reuse)");
    }
    if (partitions < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be 0 or more: " + partitions);
    }
    SparkConf conf = new SparkConf().setAppName("newskg ingest");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // On one machine nothing needs to reach the driver from elsewhere: loopback, and no web UI.
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    DistributedIngest.Report report;
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      DistributedIngest job = new DistributedIngest(spark);
      report = job.run(new DistributedIngest.Settings(inputs, out, partitions, date, maxBytes, extractions));
      DistributedIngest.writeText(new Path(out, "REPORT.md"), spark.hadoopConfiguration(), report(report, conf.get("spark.master")));
    } catch (IllegalArgumentException e) {
      err.println("newskg-spark: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      // A stage failed for good (Spark gave up retrying). Scala throws checked exceptions (a file
      // system's IOException) undeclared, hence Exception.
      LOG.debug("the job failed", e);
      err.println("newskg-spark: the job failed, " + out + " is incomplete: " + rootCause(e));
      return 2;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(report(report, conf.get("spark.master")));
    stdout.flush();
    report.someFailures().forEach(f -> err.println("failed: " + f));
    if (report.failed() > report.someFailures().size()) {
      err.println("... and " + (report.failed() - report.someFailures().size()) + " more in " + out + "/failures");
    }
    return report.failed() > 0 ? 1 : 0;
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause == e ? String.valueOf(e.getMessage()) : e.getClass().getSimpleName() + ": " + cause;
  }

  static String report(DistributedIngest.Report report, String master) {
    StringBuilder md = new StringBuilder();
    md.append("# newskg-spark run\n\n");
    md.append(String.format(Locale.ROOT, "- master: %s%n", master));
    md.append(String.format(Locale.ROOT, "- articles: %d extracted, %d inputs failed%n", report.articles(), report.failed()));
    md.append(String.format(Locale.ROOT, "- actors: %d, facts: %d, merges: %d%n", report.actors(), report.facts(), report.merges()));
    Duration total = report.stages().values().stream().reduce(Duration.ZERO, Duration::plus);
    md.append("\n| stage | seconds |\n|---|---|\n");
    report.stages().forEach((stage, time) -> md.append(String.format(Locale.ROOT, "| %s | %.1f |%n", stage, time.toMillis() / 1000.0)));
    md.append(String.format(Locale.ROOT, "| total | %.1f |%n", total.toMillis() / 1000.0));
    Duration extract = report.stages().getOrDefault("extract", Duration.ZERO);
    if (!extract.isZero()) {
      md.append(String.format(Locale.ROOT, "%nExtraction: %.2f articles/s; whole job: %.2f articles/s.%n",
          report.articles() * 1000.0 / extract.toMillis(), report.articles() * 1000.0 / Math.max(1, total.toMillis())));
    }
    md.append("\nLoad: `newskg load --bulk --store STORE OUT/shards OUT/resolution`\n");
    return md.toString();
  }
}
