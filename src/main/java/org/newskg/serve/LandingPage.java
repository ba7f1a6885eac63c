package org.newskg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /}: what this server is and where its endpoints are, for a person with a browser. A filter,
 * not a servlet, because Fuseki keeps the root servlet for itself.
 */
final class LandingPage extends HttpFilter {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>newskg SPARQL endpoint</title></head>
      <body>
      <h1>newskg</h1>
      <p>A knowledge graph of actors and events in news about conflict and diplomacy.</p>
      <p><a href="/search">Browse the graph</a>: find an actor by name, read its posts, roles and
      statements, and every article with its facts highlighted.</p>
      <ul>
        <li>SPARQL query: <code>/newskg/sparql</code> (GET or POST; also <code>/newskg/query</code>, <code>/newskg</code>).
            The default graph is the union of all named graphs.</li>
        <li>Graph Store Protocol, read: <code>/newskg/get?graph=IRI</code> or <code>?default</code></li>
        <li>Health: <code>/$/ping</code>; statistics: <code>/$/stats</code></li>
      </ul>
      <p>Try <a href="/newskg/sparql?query=SELECT%20%3Fp%20%3Ftitle%20WHERE%20%7B%20%3Fp%20%3Chttps%3A%2F%2Fw3id.org%2Fnewskg%2Fontology%23title%3E%20%3Ftitle%20%7D%20LIMIT%2010">ten posts</a>.</p>
      </body></html>
      """;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean root = request.getRequestURI().equals("/") || request.getRequestURI().equals("/index.html");
    if (!root || !request.getMethod().equals("GET")) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("text/html;charset=utf-8");
    response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
  }
}
