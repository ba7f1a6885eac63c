package org.newskg.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of newskg runs: its version and build time. Articles record the build that
 * extracted them, so that a newer build (other rules, other code) extracts them again instead of
 * skipping them as unchanged.
 */
public final class BuildInfo {
  private static final String EXTRACTOR = load();

  private BuildInfo() {}

  /** "0.1.0 built 2026-11-25T09:10:00Z"; "development" when run from unfiltered classes. */
  public static String extractor() {
    return EXTRACTOR;
  }

  private static String load() {
    Properties props = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        return "development";
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props.getProperty("version", "development") + " built " + props.getProperty("built", "unknown");
  }
}
