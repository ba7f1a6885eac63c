package org.newskg.cli;

import picocli.CommandLine;

/** Entry point of the {@code newskg} command. The only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(NewskgCommand.commandLine().execute(args));
  }
}
