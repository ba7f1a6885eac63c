package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Sends inputs to a server started with {@code serve --allow-ingest}, one request per file. */
final class RemoteIngest {
  private static final List<String> EXTENSIONS = List.of(".txt", ".jsonl", ".html", ".htm");

  private final String endpoint;
  private final String authorization;
  private final PrintWriter out;
  private final PrintWriter err;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  RemoteIngest(String endpoint, String user, String password, PrintWriter out, PrintWriter err) {
    this.endpoint = endpoint.replaceAll("/+$", "") + "/ingest";
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.out = out;
    this.err = err;
  }

  /** Sends every input; exit code 1 when the server reports a failure or a request fails. */
  int send(List<Path> paths) {
    boolean failed = false;
    for (Path file : files(paths)) {
      try {
        HttpRequest.BodyPublisher body = file.toString().equals("-")
            ? HttpRequest.BodyPublishers.ofByteArray(System.in.readAllBytes())
            : HttpRequest.BodyPublishers.ofFile(file);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?name="
                + URLEncoder.encode(file.toString().equals("-") ? "stdin" : file.toString(), StandardCharsets.UTF_8)))
            .header("Authorization", authorization)
            .header("Content-Type", "application/octet-stream")
            .POST(body)
            .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          err.println("newskg: " + file + ": the server at " + endpoint + " answered " + response.statusCode() + ": "
              + response.body().strip());
          failed = true;
        } else {
          out.print(file + ": " + response.body());
          failed |= response.headers().firstValue("X-Newskg-Failed").map(Boolean::parseBoolean).orElse(false);
        }
      } catch (ConnectException e) {
        err.println("newskg: no server answers at " + endpoint + " (start one with 'newskg serve --allow-ingest')");
        return NewskgCommand.SOME_FAILED;
      } catch (IOException e) {
        err.println("newskg: " + file + ": " + e.getMessage());
        failed = true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return NewskgCommand.SOME_FAILED;
      }
    }
    out.flush();
    err.flush();
    return failed ? NewskgCommand.SOME_FAILED : 0;
  }

  /** The inputs, directories expanded to the article files under them. */
  private static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> EXTENSIONS.stream().anyMatch(p.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }
}
