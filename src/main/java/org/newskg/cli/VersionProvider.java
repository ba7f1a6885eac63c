package org.newskg.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = NewskgCommand.class.getPackage().getImplementationVersion();
    return new String[] {"newskg " + (version == null ? "development" : version)};
  }
}
