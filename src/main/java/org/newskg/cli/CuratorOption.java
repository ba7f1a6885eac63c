package org.newskg.cli;

import picocli.CommandLine.Option;

/** {@code --curator NAME}: who a merge or split is recorded as made by. */
final class CuratorOption {
  @Option(names = "--curator", paramLabel = "NAME", defaultValue = "${sys:user.name}",
      description = "Who, for the record (default: the user name, ${DEFAULT-VALUE}).")
  String curator;
}
