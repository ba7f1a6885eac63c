package org.newskg;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The independent tools the interop tests check newskg against: Python with rdflib, SPARQLWrapper,
 * pandas, networkx and matplotlib; Jupyter's nbconvert; raptor's rapper. {@code .ci/run} and
 * {@code ./run-tests} install them from Debian packages ({@code .ci/interop-tools.sh}); a missing
 * one fails its test with the command that installs it, never skips it.
 */
public final class ExternalTools {
  private static final String INSTALL = "install them with: sudo .ci/interop-tools.sh install";

  private ExternalTools() {}

  /** What a finished process printed, and how it ended. */
  public record Run(int exitCode, String out, String err) {}

  /** The Python that has Debian's python3-rdflib & co: NEWSKG_PYTHON, else /usr/bin/python3. */
  public static String python() {
    String configured = System.getenv("NEWSKG_PYTHON");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  }

  /** Runs a command (the tools of the Debian packages first on the PATH) and waits for it. */
  public static Run run(Map<String, String> environment, Path directory, long timeoutSeconds, String... command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().put("PATH", "/usr/bin:/bin:" + System.getenv().getOrDefault("PATH", ""));
    builder.environment().putAll(environment);
    try {
      Path out = Files.createTempFile("newskg-tool", ".out");
      Path err = Files.createTempFile("newskg-tool", ".err");
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        fail("cannot run " + command[0] + " (" + e.getMessage() + "); " + INSTALL);
        throw new AssertionError(e);
      }
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
      }
      Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return run;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Fails, with the install command, when a Python module the interop tests need is missing. */
  public static void requirePythonModules(String... modules) {
    List<String> command = new ArrayList<>(List.of(python(), "-c", "import " + String.join(", ", modules)));
    Run run = run(Map.of(), Path.of("."), 60, command.toArray(String[]::new));
    if (run.exitCode() != 0) {
      fail(python() + " lacks a module of " + String.join(", ", modules) + ": " + run.err().strip() + "; " + INSTALL);
    }
  }
}
