package org.newskg.model;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from input.
 *
 * @param id the input's identifier, or a hash of the text when the input has none
 * @param title headline, may be null
 * @param date publication date, may be null
 * @param url where it was published, may be null
 * @param text the full text, paragraphs separated by blank lines
 * @param origin where it was read from (file and line), for messages
 */
public record Article(String id, String title, LocalDate date, String url, String text, String origin) implements Serializable {
  public Article {
    Objects.requireNonNull(text, "text");
    if (id == null || id.isBlank()) {
      id = contentHash(text);
    }
  }

  /** SHA-256 of the text, hex: the identity of an article that came without one. */
  public static String contentHash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /**
   * SHA-256 of everything extraction reads (title, date, address, text): an article stored with
   * the same fingerprint needs no new extraction.
   */
  public String fingerprint() {
    return contentHash(String.join("\u0000", Objects.toString(title, ""), Objects.toString(date, ""),
        Objects.toString(url, ""), text));
  }
}
