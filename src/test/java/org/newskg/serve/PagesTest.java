package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.rdf.NKG;
import org.newskg.serve.pages.PageReader;

/** The pages of {@code serve} over HTTP: search, actor, article, evidence, curation, and RDF by content negotiation. */
class PagesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String NETANYAHU = "/actor/person/benjamin-netanyahu";

  private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(DemoServer.base() + path)).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path, "text/html");
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    return response.body();
  }

  private static String search(String query) throws IOException, InterruptedException {
    return page("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({"Benjamin Netanyahu", "NETANYAHU", "Netanyáhu", "  benjamin   NET", "anyah"})
  void searchFoldsCaseAndAccentsAndMatchesPrefixesAndSubstrings(String query) throws Exception {
    assertTrue(search(query).contains("href=\"" + NETANYAHU + "\""), query);
  }

  @Test
  void searchFindsAliasesAndSaysWhenNothingMatches() throws Exception {
    String byAlias = search("Ibrahim Mohammed");
    assertTrue(byAlias.contains("href=\"/actor/person/ibrahim-bello\""), "the merged actor's label is now an alias: " + byAlias);
    assertTrue(search("qqqxz").contains("No actor has a name containing"));
  }

  @Test
  void searchRanksActorsByTheArticlesThatNameThem() throws Exception {
    Matcher counts = Pattern.compile("<span class=\"support\">(\\d+) articles?</span>").matcher(search("a"));
    List<Integer> support = new ArrayList<>();
    while (counts.find()) {
      support.add(Integer.parseInt(counts.group(1)));
    }
    assertTrue(support.size() > 10, "many actors have an 'a': " + support);
    for (int i = 1; i < support.size(); i++) {
      assertTrue(support.get(i - 1) >= support.get(i), "ranked by supporting articles: " + support);
    }
    assertTrue(support.getFirst() > support.getLast(), support.toString());
  }

  @Test
  void anActorPageShowsPostsAffiliationsAliasesAndEvidenceLinks() throws Exception {
    String html = page(NETANYAHU);
    assertTrue(html.contains("<h1 class=\"actor-name\">Benjamin Netanyahu"), html);
    assertTrue(html.contains("Also called: Netanyahu"), html);
    assertTrue(html.matches("(?s).*<section id=\"posts\">.*<td>Prime Minister</td>.*evidence \\(2\\).*</section>.*<section id=\"affiliations\">.*"), html);
    assertTrue(html.matches("(?s).*<section id=\"affiliations\">.*href=\"/actor/country/israel\">Israel</a>.*"), html);
    assertTrue(html.contains("Egypt brokers truce between Israel and Hamas"), "supporting articles by title");
  }

  @Test
  void anActorPageGroupsRolesByEventTypeInDateOrderAndLinksTheOtherActors() throws Exception {
    String html = page("/actor/country/iran");
    String roles = html.substring(html.indexOf("<section id=\"roles\">"), html.indexOf("<section id=\"claims\">"));
    assertTrue(roles.contains("<h3 class=\"event-type\">Negotiation</h3>"), roles);
    assertTrue(roles.contains("<h3 class=\"event-type\">Attack</h3>"), roles);
    assertTrue(roles.contains("href=\"/actor/organization/european-union\""), "the Vienna talks' mediator is linked: " + roles);
    for (String table : roles.split("<h3")) {
      Matcher dates = Pattern.compile("<td class=\"date\">([0-9-]+)</td>").matcher(table);
      String previous = "";
      while (dates.find()) {
        assertTrue(dates.group(1).compareTo(previous) >= 0, "date order: " + table);
        previous = dates.group(1);
      }
    }
  }

  @Test
  void anActorPageShowsTheMergesThatMadeItAndLinksTheCurationHistory() throws Exception {
    String html = page("/actor/person/ibrahim-bello");
    String merges = html.substring(html.indexOf("<section id=\"merges\">"));
    assertTrue(merges.contains("Ibrahim Mohammed Bello") && merges.contains("same spokesman") && merges.contains("page-test"), merges);
    Matcher link = Pattern.compile("href=\"(/curation\\?actor=[^\"]+)\"").matcher(merges);
    assertTrue(link.find(), merges);
    String history = page(link.group(1).replace("&amp;", "&"));
    assertTrue(history.contains("<td>merge</td>") && history.contains("same spokesman"), history);
  }

  @Test
  void anEvidenceLinkOpensTheSupportingSentencesWithTheirArticles() throws Exception {
    Matcher link = Pattern.compile("href=\"(/evidence\\?of=[^\"]+)\">evidence \\(2\\)").matcher(page(NETANYAHU));
    assertTrue(link.find());
    String html = page(link.group(1));
    assertEquals(2, html.split("<blockquote class=\"sentence\">", -1).length - 1, html);
    assertTrue(html.contains("Israeli Prime Minister Benjamin Netanyahu"), html);
    assertTrue(html.contains("Iran and world powers reach nuclear deal in Vienna") && html.contains("2015-07-14"), html);
    assertTrue(html.contains("href=\"/article/example-vienna-2015#s"), "each sentence links to its place in the article: " + html);
  }

  @Test
  void anArticlePageMarksTheNamesAndTheFactSentencesAtTheStoredOffsets() throws Exception {
    String html = page("/article/example-vienna-2015");
    assertTrue(html.contains("<a class=\"mention Person\" href=\"/actor/person/john-kerry\" title=\"John Kerry (Person)\">John Kerry</a>"), html);
    Matcher mark = Pattern.compile("<mark class=\"fact\" id=\"s(\\d+)\" tabindex=\"0\" title=\"([^\"]*)\"").matcher(html);
    assertTrue(mark.find(), html);
    assertTrue(html.contains("<a href=\"#s" + mark.group(1) + "\">"), "the fact list links to the sentence");
    assertTrue(html.contains("John Kerry: post Secretary of State"), html);
  }

  @Test
  void theStoredMentionOffsetsPointAtTheNames() {
    List<Map<String, String>> rows = DemoServer.store().selectRows("""
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
        SELECT ?name ?actor WHERE {
          ?m nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; itsrdf:taIdentRef ?actor .
          ?a nif:isString ?text .
          BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?name)
          FILTER(?a = <https://w3id.org/newskg/article/example-vienna-2015>)
        }""");
    assertTrue(rows.size() >= 10, rows.toString());
    assertTrue(rows.contains(Map.of("name", "John Kerry", "actor", "https://w3id.org/newskg/actor/person/john-kerry")), rows.toString());
    assertTrue(rows.contains(Map.of("name", "Zarif", "actor", "https://w3id.org/newskg/actor/person/mohammad-javad-zarif")), rows.toString());
  }

  @ParameterizedTest
  @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES"})
  void anActorIriAnswersRdfToAnRdfClient(String accept, String lang) throws Exception {
    HttpResponse<String> response = get(NETANYAHU, accept + ", text/html;q=0.5");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept), response.headers().toString());
    assertTrue(response.headers().allValues("Vary").contains("Accept"), response.headers().toString());
    Graph graph = RDFParser.fromString(response.body(), langOf(lang)).toGraph();
    Node actor = NodeFactory.createURI("https://w3id.org/newskg/actor/person/benjamin-netanyahu");
    assertTrue(graph.contains(actor, RDFS.label.asNode(), NodeFactory.createLiteralString("Benjamin Netanyahu")), response.body());
    assertTrue(graph.contains(actor, NKG.title, NodeFactory.createLiteralString("Prime Minister")), response.body());
    assertTrue(graph.find(Node.ANY, NKG.supportCount, Node.ANY).hasNext(), "each fact with its support");
    assertTrue(graph.find(Node.ANY, NKG.sentence, Node.ANY).hasNext(), "and its evidence sentences");
  }

  private static Lang langOf(String name) {
    return switch (name) {
      case "TURTLE" -> Lang.TURTLE;
      case "JSONLD" -> Lang.JSONLD;
      default -> Lang.NTRIPLES;
    };
  }

  @Test
  void aBrowserGetsHtmlAndAFormatParameterOverridesAccept() throws Exception {
    HttpResponse<String> browser = get(NETANYAHU, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    HttpResponse<String> turtle = get(NETANYAHU + "?format=ttl", "text/html");
    assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
  }

  @Test
  void unknownThingsAndUnservableFormatsGetClearErrors() throws Exception {
    assertEquals(404, get("/actor/person/nobody-at-all", "text/html").statusCode());
    assertEquals(404, get("/actor/person/nobody-at-all", "text/turtle").statusCode());
    assertEquals(404, get("/article/no-such-article", "text/html").statusCode());
    assertEquals(404, get("/evidence?of=https%3A%2F%2Fexample.org%2Fx", "text/html").statusCode());
    HttpResponse<String> png = get(NETANYAHU, "image/png");
    assertEquals(406, png.statusCode());
    assertTrue(png.body().contains("text/turtle"), png.body());
  }

  @Test
  void theIriOfAnArticlesFactResolvesToItsEvidence() throws Exception {
    String html = page("/article/example-vienna-2015/event/1");
    assertTrue(html.contains("<blockquote class=\"sentence\">"), html);
    assertTrue(html.contains("Negotiation:"), html);
  }

  @Test
  void pagesAreReadOnlyAndForbidScripts() throws Exception {
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(DemoServer.base() + NETANYAHU))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    String csp = get(NETANYAHU, "text/html").headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("default-src 'none'") && !csp.contains("script-src"), csp);
  }

  @Test
  void aPageThatOutlivesItsDeadlineStops() {
    PageReader reader = new PageReader(DemoServer.store().datasetGraph());
    PageReader.Deadline passed = new PageReader.Deadline(System.nanoTime() - 1);
    assertThrows(PageReader.TooSlow.class, () -> reader.actor("https://w3id.org/newskg/actor/country/iran", passed));
    assertFalse(reader.search("iran", PageReader.Deadline.after(java.time.Duration.ofSeconds(30))).hits().isEmpty());
  }
}
