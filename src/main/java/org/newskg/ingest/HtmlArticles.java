package org.newskg.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page as an article: its main text, without navigation, ads, scripts and share buttons,
 * one paragraph per block; its headline, date and address from the page's metadata (JSON-LD
 * NewsArticle, Open Graph and article meta tags, {@code <title>}, {@code <time>}), whichever the
 * page has.
 */
final class HtmlArticles {
  /** Elements that are never the story. */
  private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg,"
      + " button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
  /** Ads, teasers and widgets, by the class or id pages give them. */
  private static final String WIDGET_NAMES = "(?i)(^|[\\s_-])(ad|ads|advert\\w*|sponsor\\w*|promo\\w*|related|recommended|"
      + "share|sharing|social|newsletter|subscribe|cookie\\w*|comments?|popup|modal|paywall|outbrain|taboola)([\\s_-]|$)";
  /** Blocks that hold the story's text, in reading order. */
  private static final String BLOCKS = "p, h2, h3, h4, blockquote, figcaption, li";

  private HtmlArticles() {}

  /** The page's article; empty text when the page has none. */
  static Parsed parse(String html) {
    Document page = Jsoup.parse(html);
    Metadata meta = metadata(page);
    page.select(CHROME).remove();
    page.select("[class~=" + WIDGET_NAMES + "], [id~=" + WIDGET_NAMES + "]").remove();
    Element body = mainElement(page);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : body.select(BLOCKS)) {
      if (insideAnotherBlock(block, body)) {
        continue;
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty()) {
      String text = body.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return new Parsed(meta.title(), meta.date(), meta.url(), String.join("\n\n", paragraphs));
  }

  /** A block inside another block is read with its parent ("<li><p>…</p></li>"). */
  private static boolean insideAnotherBlock(Element block, Element body) {
    for (Element parent = block.parent(); parent != null && parent != body; parent = parent.parent()) {
      if (parent.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  /** What a page yields: text, and metadata when it has it (else null). */
  record Parsed(String title, LocalDate date, String url, String text) {}

  private record Metadata(String title, LocalDate date, String url) {}

  /** The element holding the story: the marked-up article body, else the article, else the main part. */
  private static Element mainElement(Document page) {
    for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
      Element found = page.selectFirst(selector);
      if (found != null && !found.text().isBlank()) {
        return found;
      }
    }
    return page.body();
  }

  private static Metadata metadata(Document page) {
    Optional<JsonObject> ld = newsArticleJsonLd(page);
    String title = ld.map(o -> string(o, "headline")).orElse(null);
    if (title == null) {
      title = firstNonBlank(meta(page, "og:title"), meta(page, "twitter:title"), page.title());
    }
    String date = ld.map(o -> string(o, "datePublished")).orElse(null);
    if (date == null) {
      Element time = page.selectFirst("article time[datetime], time[datetime]");
      date = firstNonBlank(meta(page, "article:published_time"), meta(page, "date"), meta(page, "pubdate"),
          time == null ? null : time.attr("datetime"));
    }
    String url = ld.map(o -> string(o, "url")).orElse(null);
    if (url == null) {
      Element canonical = page.selectFirst("link[rel=canonical]");
      url = firstNonBlank(meta(page, "og:url"), canonical == null ? null : canonical.attr("abs:href").isEmpty() ? canonical.attr("href") : canonical.attr("abs:href"));
    }
    return new Metadata(title, parseDate(date), url != null && url.matches("https?://\\S+") ? url : null);
  }

  private static String meta(Document page, String name) {
    Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return meta == null ? null : meta.attr("content");
  }

  /** The first JSON-LD object of a news article type ("NewsArticle", "Article", "ReportageNewsArticle"...). */
  private static Optional<JsonObject> newsArticleJsonLd(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        Optional<JsonObject> found = findArticle(JsonParser.parseString(script.data()));
        if (found.isPresent()) {
          return found;
        }
      } catch (JsonParseException | IllegalStateException e) {
        // A page's broken JSON-LD is no reason to refuse its article: use the other metadata.
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonObject> findArticle(JsonElement json) {
    if (json.isJsonArray()) {
      for (JsonElement e : json.getAsJsonArray()) {
        Optional<JsonObject> found = findArticle(e);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (json.isJsonObject()) {
      JsonObject o = json.getAsJsonObject();
      JsonElement type = o.get("@type");
      List<String> types = new ArrayList<>();
      if (type != null && type.isJsonPrimitive()) {
        types.add(type.getAsString());
      } else if (type != null && type.isJsonArray()) {
        for (JsonElement t : (JsonArray) type) {
          types.add(t.getAsString());
        }
      }
      if (types.stream().anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting"))) {
        return Optional.of(o);
      }
      if (o.has("@graph")) {
        return findArticle(o.get("@graph"));
      }
    }
    return Optional.empty();
  }

  private static String string(JsonObject o, String field) {
    JsonElement value = o.get(field);
    return value != null && value.isJsonPrimitive() && !value.getAsString().isBlank() ? value.getAsString().strip() : null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** "2024-08-26", "2024-08-26T14:03:00Z", "2024-08-26T14:03:00+02:00": the day of publication. */
  private static LocalDate parseDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
