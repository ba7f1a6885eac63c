package org.newskg.pipeline;

import java.io.PrintWriter;
import org.newskg.model.Actor;
import org.newskg.model.Claims;
import org.newskg.model.Event;
import org.newskg.model.Extraction;
import org.newskg.model.ProposalStep;
import org.newskg.model.Quantity;
import org.newskg.model.RoleFiller;
import org.newskg.model.Source;
import org.newskg.model.Statement;
import org.newskg.rdf.ExtractionWriter;

/** Prints extractions for a person reading a dry run: as the TriG ingest would store, or as a table. */
public final class ExtractionPrinter {
  /** How to print. */
  public enum Format { TRIG, TABLE }

  private final Format format;
  private final PrintWriter out;
  private final ExtractionWriter trig;

  public ExtractionPrinter(Format format, PrintWriter out) {
    this.format = format;
    this.out = out;
    this.trig = format == Format.TRIG ? ExtractionWriter.trig(out) : null;
  }

  public void print(Extraction extraction) {
    if (format == Format.TRIG) {
      trig.write(extraction);
      return;
    }
    out.println("== " + extraction.article().origin() + (extraction.article().title() != null ? ": " + extraction.article().title() : ""));
    for (Actor actor : extraction.actors()) {
      out.printf("  actor   %-13s %s%s%n", actor.type().name().toLowerCase(java.util.Locale.ROOT), actor.label(),
          actor.altLabels().isEmpty() ? "" : " (also " + String.join(", ", actor.altLabels()) + ")");
    }
    extraction.titles().forEach(t -> out.printf("  title   %s: %s%n", t.person().label(), t.title()));
    extraction.affiliations().forEach(a -> out.printf("  member  %s: %s%n", a.person().label(), a.organization().label()));
    for (Event event : extraction.events()) {
      StringBuilder roles = new StringBuilder();
      for (RoleFiller r : event.roles()) {
        roles.append(roles.isEmpty() ? "" : "; ").append(lower(r.role())).append(' ').append(r.actor().label());
      }
      out.printf("  event   %s%s: %s%s%n", lower(event.type()), event.date() != null ? " " + event.date() : "", roles,
          according(extraction.claims(), event.statement()));
    }
    printClaims(extraction.claims());
    out.flush();
  }

  private void printClaims(Claims claims) {
    for (Statement s : claims.statements()) {
      String audience = s.audience() != null ? s.audience().label() : s.audienceText();
      out.printf("  %-7s %s%s%s: %s%n", s.kind() == Statement.Kind.DENIAL ? "denies" : s.quoted() ? "quote" : "said",
          speaker(s.speaker()), audience != null ? " to " + audience : "", s.date() != null ? " " + s.date() : "", abbreviate(s.content()));
    }
    for (Quantity q : claims.quantities()) {
      out.printf("  figure  %s %,d %s (%s)%s%n", lower(q.qualifier()).replace('_', ' '), q.value(), q.counted(), lower(q.measure()),
          according(claims, q.statement()));
    }
    for (ProposalStep step : claims.steps()) {
      out.printf("  step    %s %s by %s%s%s%n", claims.proposals().get(step.proposal()).label(), lower(step.stance()),
          String.join(", ", step.agents().stream().map(Actor::label).toList()), step.date() != null ? " " + step.date() : "",
          according(claims, step.statement()));
    }
  }

  private static String according(Claims claims, int statement) {
    return statement < 0 ? "" : " (according to " + speaker(claims.statements().get(statement).speaker()) + ")";
  }

  private static String speaker(Source source) {
    return source.isNamed() ? source.actor().label() : source.description();
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 87) + "...";
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Ends the output (TriG needs no more; a table none either). */
  public void finish() {
    if (trig != null) {
      trig.finish();
    }
    out.flush();
  }
}
