package org.newskg.serve.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.rdf.Iris;
import org.newskg.serve.pages.PageReader.Deadline;
import org.newskg.serve.pages.PageReader.TooSlow;

/**
 * The pages for people, beside the SPARQL endpoint: search, actor, article, evidence and curation.
 * GET only. An actor's path answers HTML, Turtle, JSON-LD or N-Triples as the client's Accept
 * header (or {@code ?format=}) asks, so that the graph's actor IRIs can be looked up.
 */
public final class PagesServlet extends HttpServlet {
  /** The path specs the servlet answers, for the server to map. */
  public static final List<String> PATHS = List.of(Paths.SEARCH, "/actor/*", "/article/*", Paths.EVIDENCE, Paths.CURATION, "/pages.css");

  private static final String HTML = "text/html";
  private static final Map<String, RDFFormat> RDF_TYPES = Map.of(
      "text/turtle", RDFFormat.TURTLE_PRETTY,
      "application/ld+json", RDFFormat.JSONLD11_PRETTY,
      "application/n-triples", RDFFormat.NTRIPLES);
  private static final Map<String, String> FORMAT_PARAMETER = Map.of(
      "html", HTML, "ttl", "text/turtle", "turtle", "text/turtle", "jsonld", "application/ld+json",
      "nt", "application/n-triples", "ntriples", "application/n-triples");
  private static final AcceptList OFFERED = AcceptList.create(HTML, "text/turtle", "application/ld+json", "application/n-triples");
  private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";

  private final transient DatasetGraph dsg;
  private final transient PageReader reader;
  private final transient PageRenderer renderer = new PageRenderer();
  private final Duration timeout;
  private final byte[] css;

  public PagesServlet(DatasetGraph dsg, Duration timeout) {
    this.dsg = dsg;
    this.reader = new PageReader(dsg);
    this.timeout = timeout;
    try (InputStream in = PagesServlet.class.getResourceAsStream("pages.css")) {
      this.css = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("pages.css is missing from the build", e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI();
    Deadline deadline = Deadline.after(timeout);
    try {
      if (path.equals("/pages.css")) {
        response.setContentType("text/css;charset=utf-8");
        response.setHeader("Cache-Control", "max-age=3600");
        response.getOutputStream().write(css);
      } else if (path.equals(Paths.SEARCH)) {
        String q = Optional.ofNullable(request.getParameter("q")).orElse("");
        html(response, 200, renderer.search(reader.search(q, deadline)));
      } else if (path.equals(Paths.EVIDENCE)) {
        String of = Optional.ofNullable(request.getParameter("of")).orElse("");
        page(response, () -> reader.evidence(of, deadline).map(renderer::evidence), "no evidence is stored for " + of);
      } else if (path.equals(Paths.CURATION)) {
        Optional<String> actor = Optional.ofNullable(request.getParameter("actor")).filter(a -> !a.isBlank());
        html(response, 200, renderer.curation(reader.curation(actor, deadline)));
      } else if (path.startsWith("/actor/")) {
        actor(request, response, Paths.iriOf(path).orElseThrow(), deadline);
      } else if (path.startsWith("/article/")) {
        article(response, Paths.iriOf(path).orElseThrow(), deadline);
      } else {
        html(response, 404, renderer.error(404, "no page at " + path));
      }
    } catch (TooSlow e) {
      html(response, 503, renderer.error(503, "This page took longer than the server's timeout of " + timeout.toSeconds()
          + " s. Ask the SPARQL endpoint for the part you need."));
    }
  }

  private void actor(HttpServletRequest request, HttpServletResponse response, String iri, Deadline deadline) throws IOException {
    response.setHeader("Vary", "Accept");
    String type = chosenType(request);
    if (type == null) {
      response.setContentType("text/plain;charset=utf-8");
      response.setStatus(406);
      response.getWriter().println("This IRI is served as " + String.join(", ", FORMAT_PARAMETER.values().stream().distinct().sorted().toList()));
      return;
    }
    if (type.equals(HTML)) {
      page(response, () -> reader.actor(iri, deadline).map(renderer::actor), "no actor " + iri + " in this store");
      return;
    }
    Graph description = ActorDescription.of(dsg, iri);
    if (description.isEmpty()) {
      response.setStatus(404);
      response.setContentType("text/plain;charset=utf-8");
      response.getWriter().println("no actor " + iri + " in this store");
      return;
    }
    response.setContentType(type + ";charset=utf-8");
    OutputStream out = response.getOutputStream();
    RDFDataMgr.write(out, description, RDF_TYPES.get(type));
  }

  /** An article's page; the IRI of one of its facts ({@code article/ID/event/1}) shows that fact's evidence. */
  private void article(HttpServletResponse response, String iri, Deadline deadline) throws IOException {
    String rest = iri.substring(Iris.ARTICLE_NS.length());
    if (rest.contains("/")) {
      page(response, () -> reader.evidence(iri, deadline).map(renderer::evidence), "no fact " + iri + " in this store");
    } else {
      page(response, () -> reader.article(iri, deadline).map(renderer::article), "no article " + iri + " in this store");
    }
  }

  /** The media type to answer: {@code ?format=} first, then the Accept header; HTML when neither says. */
  private static String chosenType(HttpServletRequest request) {
    String format = request.getParameter("format");
    if (format != null) {
      return FORMAT_PARAMETER.get(format.toLowerCase(java.util.Locale.ROOT));
    }
    String accept = request.getHeader("Accept");
    if (accept == null || accept.isBlank()) {
      return HTML;
    }
    MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERED);
    return chosen == null ? null : chosen.getContentTypeStr();
  }

  private void page(HttpServletResponse response, Supplier<Optional<String>> page, String missing) throws IOException {
    Optional<String> html = page.get();
    if (html.isPresent()) {
      html(response, 200, html.get());
    } else {
      html(response, 404, renderer.error(404, missing));
    }
  }

  private static void html(HttpServletResponse response, int status, String html) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }
}
