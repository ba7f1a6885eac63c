package org.newskg;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Paths to the test material, found from the repository root. The development set lives in the
 * repository (eval/dev); the seed article is third-party text that only a checkout with the
 * project's shared material beside it ({@code ../shared}, as CI has it) can read: tests of it are
 * skipped, with the reason, on a lone clone.
 */
public final class TestFiles {
  private TestFiles() {}

  /** The repository root (the working directory of Maven's tests). */
  public static Path root() {
    return Path.of("").toAbsolutePath();
  }

  /** The development set of gold articles in this repository. */
  public static Path evalDev() {
    return root().resolve("eval/dev");
  }

  /** The seed article of ../shared; skips the calling test when it is not beside this clone. */
  public static Path seedArticle() {
    Path seed = root().resolveSibling("shared").resolve("seed/gaza-ceasefire-talks-2024-08.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed),
        "the seed article (third-party text, not in this repository) is not at " + seed + ": test skipped");
    return seed;
  }
}
