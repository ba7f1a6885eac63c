package org.newskg.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newskg.model.Article;

/** Reads a directory of gold files (shared/eval/README.md) into articles and expected facts. */
public final class GoldReader {
  /** The file of a set that names its real events, for event linking. */
  public static final String EVENTS = "events.json";

  private GoldReader() {}

  public static List<GoldArticle> readDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a directory of gold files");
    }
    List<GoldArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      // events.json lists the real events a set's articles report, not an article.
      for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().equals(EVENTS)).sorted().toList()) {
        articles.add(read(file));
      }
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException(dir + ": no .json gold files");
    }
    Path events = dir.resolve(EVENTS);
    return Files.isRegularFile(events) ? withEventDates(articles, events) : articles;
  }

  /** The articles with each report dated by the real event it reports, as events.json gives its days. */
  private static List<GoldArticle> withEventDates(List<GoldArticle> articles, Path file) throws IOException {
    Map<String, List<LocalDate>> dates = new HashMap<>();
    try {
      for (JsonElement e : JsonParser.parseString(Files.readString(file)).getAsJsonArray()) {
        JsonObject event = e.getAsJsonObject();
        dates.put(event.get("id").getAsString(), strings(event, "dates").stream().map(LocalDate::parse).toList());
      }
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | ClassCastException
        | NullPointerException | DateTimeParseException e) {
      throw new IllegalArgumentException(file + ": malformed events file: " + e.getMessage(), e);
    }
    return articles.stream().map(a -> new GoldArticle(a.article(), a.entities(), a.facts(), a.evidence(),
        a.reports().stream().map(r -> r.withDates(dates.getOrDefault(r.event(), List.of()))).toList())).toList();
  }

  static GoldArticle read(Path file) throws IOException {
    String content = Files.readString(file);
    try {
      return parse(file, JsonParser.parseString(content).getAsJsonObject());
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | ClassCastException
        | NullPointerException | DateTimeParseException e) {
      // Any field missing or of the wrong kind: the file, not newskg, is at fault.
      throw new IllegalArgumentException(file + ": malformed gold file: " + e.getMessage(), e);
    }
  }

  private static GoldArticle parse(Path file, JsonObject json) {
    Article article = new Article(json.get("id").getAsString(), optString(json, "title"),
        optString(json, "date") != null ? LocalDate.parse(optString(json, "date")) : null, null,
        json.get("text").getAsString(), file.toString());
    List<GoldArticle.GoldEntity> entities = new ArrayList<>();
    Set<Fact> facts = new LinkedHashSet<>();
    Map<Fact, String> evidence = new HashMap<>();
    List<GoldArticle.GoldReport> reports = new ArrayList<>();
    for (JsonElement e : json.getAsJsonArray("entities")) {
      JsonObject entity = e.getAsJsonObject();
      String name = entity.get("name").getAsString();
      entities.add(new GoldArticle.GoldEntity(name, strings(entity, "aliases"), optString(entity, "type") == null ? "" : optString(entity, "type")));
      strings(entity, "titles").forEach(t -> facts.add(new Fact("title", "title", name, t)));
      strings(entity, "affiliations").forEach(a -> facts.add(new Fact("affiliation", "affiliation", name, a)));
    }
    for (JsonElement e : json.getAsJsonArray("events")) {
      JsonObject event = e.getAsJsonObject();
      String type = event.get("type").getAsString();
      JsonObject roles = event.getAsJsonObject("roles");
      String sentence = optString(event, "evidence");
      if (optString(event, "event") != null) {
        Map<String, List<String>> fillers = new TreeMap<>();
        roles.keySet().forEach(role -> fillers.put(role, strings(roles, role)));
        reports.add(new GoldArticle.GoldReport(optString(event, "event"), type, fillers, sentence, List.of()));
      }
      List<Fact> eventFacts = new ArrayList<>();
      for (Map.Entry<String, JsonElement> role : roles.entrySet()) {
        for (JsonElement filler : role.getValue().getAsJsonArray()) {
          eventFacts.add(new Fact("role", type + "/" + role.getKey(), "", filler.getAsString()));
        }
      }
      eventFacts.addAll(Relations.of(type, roles));
      facts.addAll(eventFacts);
      if (sentence != null) {
        eventFacts.forEach(f -> evidence.putIfAbsent(f, sentence));
      }
    }
    return new GoldArticle(article, entities, facts, evidence, reports);
  }

  /** The direct relations the contract derives from an event's roles. */
  private static final class Relations {
    static List<Fact> of(String type, JsonObject roles) {
      List<Fact> out = new ArrayList<>();
      List<String> participants = strings(roles, "participant");
      for (String a : participants) {
        for (String b : participants) {
          if (!a.equals(b)) {
            out.add(new Fact("relation", "negotiatesWith", a, b).normalized());
          }
        }
        strings(roles, "mediator").forEach(m -> out.add(new Fact("relation", "mediatesBetween", m, a)));
      }
      pairs(out, "killedBy", strings(roles, "victim"), strings(roles, "killer"));
      pairs(out, type.equals("Attack") ? "attacked" : "threatens",
          strings(roles, type.equals("Attack") ? "attacker" : "agent"), strings(roles, "target"));
      return out;
    }

    private static void pairs(List<Fact> out, String name, List<String> from, List<String> to) {
      for (String a : from) {
        for (String b : to) {
          if (!a.equals(b)) {
            out.add(new Fact("relation", name, a, b));
          }
        }
      }
    }
  }

  private static String optString(JsonObject json, String field) {
    return json.has(field) && !json.get(field).isJsonNull() ? json.get(field).getAsString() : null;
  }

  private static List<String> strings(JsonObject json, String field) {
    if (!json.has(field) || json.get(field).isJsonNull()) {
      return List.of();
    }
    JsonArray array = json.getAsJsonArray(field);
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.getAsString()));
    return out;
  }
}
