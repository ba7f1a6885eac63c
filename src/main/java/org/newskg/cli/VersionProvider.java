package org.newskg.cli;

import org.newskg.model.BuildInfo;
import picocli.CommandLine;

/** The version and build time Maven wrote into the build, or "development" when run from unbuilt classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"newskg " + BuildInfo.extractor()};
  }
}
