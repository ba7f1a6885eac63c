package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: git-style verbs, one class each. */
@Command(
    name = "newskg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds a knowledge graph of actors and events from news about conflict and diplomacy.",
    subcommands = {
      IngestCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      ResolveCommand.class,
      MergeCommand.class,
      SplitCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CompactCommand.class,
      LoadCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewskgCommand implements Runnable {
  /** Exit code when some inputs failed but the rest was done. */
  public static final int SOME_FAILED = 1;
  /** Exit code of a usage error: bad flags, a bad query, a missing file argument. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: see 'newskg --help'");
  }

  /** A configured command line: exit codes and error messages in one place. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new NewskgCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Help fills a wide terminal; elsewhere (pipes, tests) it keeps picocli's 80 columns.
    cli.setUsageHelpAutoWidth(true);
    cli.setExecutionExceptionHandler(NewskgCommand::handleExecutionException);
    cli.setParameterExceptionHandler(NewskgCommand::handleUsageError);
    return cli;
  }

  /** A usage error: one line saying what is wrong and where the help is, exit code 2. */
  private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("newskg: " + e.getMessage());
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Known failures print one line; anything else is a bug and shows its stack trace with -v. */
  private static int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof IllegalArgumentException) {
      err.println("newskg: " + e.getMessage());
      err.flush();
      return USAGE;
    }
    if (e instanceof StoreException || e instanceof org.newskg.serve.ServeException
        || e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
      err.println("newskg: " + e.getMessage());
    } else {
      err.println("newskg: internal error: " + e);
      if (LoggingMixin.isVerbose(parsed)) {
        e.printStackTrace(err);
      }
    }
    err.flush();
    return SOME_FAILED;
  }
}
