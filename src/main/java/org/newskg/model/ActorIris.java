package org.newskg.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Actor IRIs, minted from class and canonical label alone, so that resolution (which knows no RDF)
 * and the RDF writer agree on them.
 */
public final class ActorIris {
  public static final String NS = "https://w3id.org/newskg/actor/";

  private ActorIris() {}

  /** {@code actor/person/john-kirby}: class and a slug of the canonical name. */
  public static String of(ActorType type, String label) {
    return NS + type.name().toLowerCase(Locale.ROOT) + "/" + slug(label);
  }

  /** Lower-case ASCII words joined by '-': "David Levin" → "david-levin". */
  public static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    // Names in other scripts keep their letters, percent-encoded.
    return slug.isEmpty() ? URLEncoder.encode(name.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8).replace("+", "%20") : slug;
  }
}
