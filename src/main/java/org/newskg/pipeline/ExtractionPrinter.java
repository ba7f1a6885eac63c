package org.newskg.pipeline;

import java.io.PrintWriter;
import org.newskg.model.Actor;
import org.newskg.model.Event;
import org.newskg.model.Extraction;
import org.newskg.model.RoleFiller;
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
        roles.append(roles.isEmpty() ? "" : "; ").append(r.role().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(r.actor().label());
      }
      out.printf("  event   %s%s: %s%n", event.type().name().toLowerCase(java.util.Locale.ROOT),
          event.date() != null ? " " + event.date() : "", roles);
    }
    out.flush();
  }

  /** Ends the output (TriG needs no more; a table none either). */
  public void finish() {
    if (trig != null) {
      trig.finish();
    }
    out.flush();
  }
}
