package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * POST an article (or a JSON Lines feed) to {@code /newskg/ingest?name=FILE} to have the server
 * ingest it into its store. Writing, it needs the one user's credentials (HTTP Basic), like
 * SPARQL Update.
 */
final class IngestServlet extends HttpServlet {
  private final transient Ingester ingester;
  private final SparqlServer.Credentials credentials;

  IngestServlet(Ingester ingester, SparqlServer.Credentials credentials) {
    this.ingester = ingester;
    this.credentials = credentials;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!authorized(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"newskg\"");
      reply(response, HttpServletResponse.SC_UNAUTHORIZED, "ingest needs the credentials of the server's update user\n");
      return;
    }
    String name = request.getParameter("name");
    if (name == null || name.isBlank()) {
      reply(response, HttpServletResponse.SC_BAD_REQUEST, "name the input: /newskg/ingest?name=article.txt\n");
      return;
    }
    Ingester.Outcome outcome = ingester.ingest(name, request.getInputStream());
    response.setHeader("X-Newskg-Failed", Boolean.toString(outcome.anyFailed()));
    reply(response, HttpServletResponse.SC_OK, outcome.text());
  }

  private boolean authorized(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(header.substring("Basic ".length()).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] expected = (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8);
    // Constant time: a wrong password must not tell how much of it was right.
    return MessageDigest.isEqual(given, expected);
  }

  private static void reply(HttpServletResponse response, int status, String text) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
  }
}
