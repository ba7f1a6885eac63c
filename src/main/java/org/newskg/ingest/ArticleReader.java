package org.newskg.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newskg.model.Article;
import org.newskg.text.Datelines;

/**
 * Reads articles from plain-text files, JSONL files (one article a line) and directories of them.
 * Every input that cannot be read becomes a {@link ReadResult.Failed} naming the file and reason;
 * reading goes on with the rest.
 */
public final class ArticleReader {
  /** Default largest input file: far above any article, well below what would exhaust memory. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final LocalDate defaultDate;
  private final long maxBytes;

  /**
   * @param defaultDate date given to articles that carry none (no "date" field, no dated dateline), may be null
   * @param maxBytes inputs larger than this are refused
   */
  public ArticleReader(LocalDate defaultDate, long maxBytes) {
    this.defaultDate = defaultDate;
    this.maxBytes = maxBytes;
  }

  /** Every article under the given paths, in a stable order (directories sorted, recursively). */
  public List<ReadResult> readAll(List<Path> paths) {
    List<ReadResult> results = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(f -> results.addAll(read(f)));
        } catch (IOException | java.io.UncheckedIOException e) {
          results.add(ReadResult.failed(path.toString(), "cannot list directory: " + e.getMessage()));
        }
      } else {
        results.addAll(read(path));
      }
    }
    return results;
  }

  /** The articles of one file. */
  public List<ReadResult> read(Path file) {
    String origin = file.toString();
    if (!Files.exists(file)) {
      return List.of(ReadResult.failed(origin, "no such file"));
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean jsonl = name.endsWith(".jsonl");
    if (!jsonl && !name.endsWith(".txt")) {
      return List.of(ReadResult.failed(origin, "unsupported file type (expected .txt or .jsonl)"));
    }
    String content;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return List.of(ReadResult.failed(origin, "file too large (" + size + " bytes; limit " + maxBytes + ")"));
      }
      content = decode(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      return List.of(ReadResult.failed(origin, "not valid UTF-8 text"));
    } catch (BinaryInputException e) {
      return List.of(ReadResult.failed(origin, "binary file, not text"));
    } catch (IOException e) {
      return List.of(ReadResult.failed(origin, "cannot read: " + e.getMessage()));
    }
    if (content.isBlank()) {
      return List.of(ReadResult.failed(origin, "empty file"));
    }
    return jsonl ? readJsonLines(origin, content) : List.of(ReadResult.ok(readPlainText(origin, content)));
  }

  /** Reads articles from a string holding a plain-text article (for standard input and tests). */
  public Article readPlainText(String origin, String content) {
    String text = normalizeNewlines(content).strip();
    String title = null;
    int firstBreak = text.indexOf('\n');
    if (firstBreak > 0 && looksLikeTitle(text.substring(0, firstBreak))) {
      title = text.substring(0, firstBreak).strip();
      text = text.substring(firstBreak).strip();
    }
    return new Article(null, title, Datelines.date(text).orElse(defaultDate), null, text, origin);
  }

  /** A headline: short, one line, no sentence-final period ("Gaza talks resume in Cairo"). */
  static boolean looksLikeTitle(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.length() <= 200 && !s.endsWith(".") && !s.endsWith("\"") && s.split("\\s+").length <= 25
        && Character.isUpperCase(s.codePointAt(0));
  }

  private List<ReadResult> readJsonLines(String file, String content) {
    List<ReadResult> results = new ArrayList<>();
    String[] lines = normalizeNewlines(content).split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String origin = file + ":" + (i + 1);
      try {
        results.add(ReadResult.ok(fromJson(origin, lines[i])));
      } catch (JsonParseException | IllegalStateException e) {
        results.add(ReadResult.failed(origin, "malformed JSON: " + firstLine(e.getMessage())));
      } catch (InvalidArticleException e) {
        results.add(ReadResult.failed(origin, e.getMessage()));
      }
    }
    return results;
  }

  private Article fromJson(String origin, String line) {
    JsonElement element = JsonParser.parseString(line);
    if (!element.isJsonObject()) {
      throw new InvalidArticleException("expected a JSON object with a \"text\" field");
    }
    JsonObject json = element.getAsJsonObject();
    String text = string(json, "text");
    if (text == null || text.isBlank()) {
      throw new InvalidArticleException("missing or empty \"text\"");
    }
    String date = string(json, "date");
    LocalDate parsed = null;
    if (date != null && !date.isBlank()) {
      try {
        parsed = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
      } catch (DateTimeParseException e) {
        throw new InvalidArticleException("\"date\" is not YYYY-MM-DD: " + date);
      }
    }
    String body = normalizeNewlines(text).strip();
    if (parsed == null) {
      parsed = Datelines.date(body).orElse(defaultDate);
    }
    return new Article(string(json, "id"), string(json, "title"), parsed, string(json, "url"), body, origin);
  }

  private static String string(JsonObject json, String field) {
    JsonElement value = json.get(field);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive()) {
      throw new InvalidArticleException("\"" + field + "\" must be a string");
    }
    return value.getAsString();
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new BinaryInputException();
      }
    }
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String normalizeNewlines(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static final class BinaryInputException extends RuntimeException {
    BinaryInputException() {
      super(null, null, false, false);
    }
  }

  private static final class InvalidArticleException extends RuntimeException {
    InvalidArticleException(String message) {
      super(message, null, false, false);
    }
  }
}
