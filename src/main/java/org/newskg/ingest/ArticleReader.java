package org.newskg.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Optional;
import java.util.stream.Stream;
import org.newskg.ingest.InputFailure.Kind;
import org.newskg.model.Article;
import org.newskg.text.Datelines;

/**
 * Reads articles from plain-text files, JSONL files (one article a line), HTML pages, directories
 * of them, and standard input. Every input that cannot be read (empty, binary, not UTF-8, too
 * large, malformed, not English) becomes a {@link ReadResult.Failed} naming the file, the line and
 * the reason; reading goes on with the rest.
 */
public final class ArticleReader {
  /** Default largest input file: far above any article, well below what would exhaust memory. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final LocalDate defaultDate;
  private final long maxBytes;
  private final LanguageCheck languages = new LanguageCheck();

  /**
   * @param defaultDate date given to articles that carry none (no "date" field, no dated dateline), may be null
   * @param maxBytes inputs larger than this are refused
   */
  public ArticleReader(LocalDate defaultDate, long maxBytes) {
    this.defaultDate = defaultDate;
    this.maxBytes = maxBytes;
  }

  /** The path that stands for standard input. */
  public static final String STDIN = "-";

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
          results.add(ReadResult.failed(path.toString(), Kind.UNREADABLE, "cannot list directory: " + e.getMessage()));
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
      return List.of(ReadResult.failed(origin, Kind.NO_SUCH_FILE, "no such file"));
    }
    if (Format.ofName(file.getFileName().toString()).isEmpty()) {
      return List.of(unsupported(origin));
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return List.of(tooLarge(origin, size));
      }
      return read(origin, file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      return List.of(ReadResult.failed(origin, Kind.UNREADABLE, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * The articles of a file already in memory, its format told by {@code fileName}: for files read
   * through another file system (Spark's HDFS or S3).
   */
  public List<ReadResult> read(String origin, String fileName, byte[] bytes) {
    Optional<Format> format = Format.ofName(fileName);
    if (format.isEmpty()) {
      return List.of(unsupported(origin));
    }
    if (bytes.length > maxBytes) {
      return List.of(tooLarge(origin, bytes.length));
    }
    return parse(origin, format.get(), bytes);
  }

  private static ReadResult unsupported(String origin) {
    return ReadResult.failed(origin, Kind.UNSUPPORTED_TYPE, "unsupported file type (expected .txt, .jsonl, .html or .htm)");
  }

  private ReadResult tooLarge(String origin, long size) {
    return ReadResult.failed(origin, Kind.TOO_LARGE, "file too large (" + size + " bytes; limit " + maxBytes + ")");
  }

  /**
   * The articles of a stream (standard input): a JSON line feed when it starts with "{", an HTML
   * page when it starts with "<", else one plain-text article.
   */
  public List<ReadResult> read(String origin, InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        return List.of(ReadResult.failed(origin, Kind.TOO_LARGE, "input too large (over the limit of " + maxBytes + " bytes)"));
      }
      String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).stripLeading();
      Format format = start.startsWith("{") ? Format.JSONL : start.startsWith("<") ? Format.HTML : Format.TEXT;
      return parse(origin, format, bytes);
    } catch (IOException e) {
      return List.of(ReadResult.failed(origin, Kind.UNREADABLE, "cannot read: " + e.getMessage()));
    }
  }

  /** The input formats, by file name ending. */
  private enum Format {
    TEXT, JSONL, HTML;

    static Optional<Format> ofName(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".txt")) {
        return Optional.of(TEXT);
      }
      if (name.endsWith(".jsonl")) {
        return Optional.of(JSONL);
      }
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        return Optional.of(HTML);
      }
      return Optional.empty();
    }
  }

  private List<ReadResult> parse(String origin, Format format, byte[] bytes) {
    String content;
    try {
      content = decode(bytes);
    } catch (CharacterCodingException e) {
      return List.of(ReadResult.failed(origin, Kind.INVALID_UTF8, "not valid UTF-8 text"));
    } catch (BinaryInputException e) {
      return List.of(ReadResult.failed(origin, Kind.BINARY, "binary file, not text"));
    }
    if (content.isBlank()) {
      return List.of(ReadResult.failed(origin, Kind.EMPTY, "empty file"));
    }
    List<ReadResult> results = switch (format) {
      case JSONL -> readJsonLines(origin, content);
      case HTML -> List.of(readHtml(origin, content));
      case TEXT -> List.of(ReadResult.ok(readPlainText(origin, content)));
    };
    return results.stream().map(this::englishOnly).toList();
  }

  private ReadResult englishOnly(ReadResult result) {
    if (result instanceof ReadResult.Ok ok) {
      Optional<String> language = languages.notEnglish(ok.article().text());
      if (language.isPresent()) {
        return ReadResult.failed(ok.article().origin(), Kind.NOT_ENGLISH, "not English text (looks like " + language.get() + ")");
      }
    }
    return result;
  }

  /** A news page: its main text and, from its metadata, headline, date and address. */
  private ReadResult readHtml(String origin, String html) {
    HtmlArticles.Parsed page = HtmlArticles.parse(html);
    if (page.text().isBlank()) {
      return ReadResult.failed(origin, Kind.EMPTY, "no article text in the page");
    }
    String text = normalizeNewlines(page.text()).strip();
    LocalDate date = page.date() != null ? page.date() : Datelines.date(text).orElse(defaultDate);
    return ReadResult.ok(new Article(null, page.title(), date, page.url(), text, origin));
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
        results.add(ReadResult.failed(origin, Kind.MALFORMED_JSON, "malformed JSON: " + firstLine(e.getMessage())));
      } catch (InvalidArticleException e) {
        results.add(ReadResult.failed(origin, Kind.INVALID_ARTICLE, e.getMessage()));
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
