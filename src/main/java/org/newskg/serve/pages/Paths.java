package org.newskg.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.newskg.rdf.Iris;

/**
 * Where the server shows each IRI: an IRI under {@code https://w3id.org/newskg/} is looked up at the
 * same path on the server ({@code actor/person/x} at {@code /actor/person/x}), so that a w3id
 * redirect to a running server makes the graph's IRIs resolve.
 */
public final class Paths {
  public static final String SEARCH = "/search";
  public static final String EVIDENCE = "/evidence";
  public static final String CURATION = "/curation";

  private Paths() {}

  /** The server path of a newskg IRI, encoded as in the IRI. */
  public static String of(String iri) {
    return iri.startsWith(Iris.BASE) ? "/" + iri.substring(Iris.BASE.length()) : iri;
  }

  /** The IRI a request path stands for, when it is one of newskg's. */
  public static Optional<String> iriOf(String rawPath) {
    return rawPath.length() > 1 ? Optional.of(Iris.BASE + rawPath.substring(1)) : Optional.empty();
  }

  public static String evidence(String factIri) {
    return EVIDENCE + "?of=" + encode(factIri);
  }

  public static String curation(String actorIri) {
    return CURATION + "?actor=" + encode(actorIri);
  }

  public static String search(String query) {
    return SEARCH + "?q=" + encode(query);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
