package org.newskg;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths to the project's shared material, found from the repository root. */
public final class TestFiles {
  private TestFiles() {}

  /** The repository root (the working directory of Maven's tests). */
  public static Path root() {
    return Path.of("").toAbsolutePath();
  }

  /** {@code ../shared}, the specification material beside the repository. */
  public static Path shared() {
    Path shared = root().resolveSibling("shared");
    if (!Files.isDirectory(shared)) {
      throw new IllegalStateException("the shared material is expected at " + shared);
    }
    return shared;
  }

  public static Path seedArticle() {
    return shared().resolve("seed/gaza-ceasefire-talks-2024-08.txt");
  }
}
