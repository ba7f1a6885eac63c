package org.newskg.serve.pages;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.model.ActorIris;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.RdfTypes;
import org.newskg.rdf.Vocab;
import org.newskg.serve.pages.Views.ActorView;
import org.newskg.serve.pages.Views.ArticleFact;
import org.newskg.serve.pages.Views.ArticleView;
import org.newskg.serve.pages.Views.ClaimRow;
import org.newskg.serve.pages.Views.CurationRow;
import org.newskg.serve.pages.Views.CurationView;
import org.newskg.serve.pages.Views.EvidenceRow;
import org.newskg.serve.pages.Views.EvidenceView;
import org.newskg.serve.pages.Views.FactRow;
import org.newskg.serve.pages.Views.Link;
import org.newskg.serve.pages.Views.MergeRow;
import org.newskg.serve.pages.Views.Piece;
import org.newskg.serve.pages.Views.RoleFiller;
import org.newskg.serve.pages.Views.RoleGroup;
import org.newskg.serve.pages.Views.RoleRow;
import org.newskg.serve.pages.Views.Run;
import org.newskg.serve.pages.Views.SearchHit;
import org.newskg.serve.pages.Views.SearchView;

/**
 * Reads what the pages show straight from the store's indexes, in one read transaction per page:
 * lookups by subject or object, never a scan of the store, except the label scan of a search.
 * Every loop checks the page's deadline, so a page is under the server's query timeout too.
 */
public final class PageReader {
  /** Search results shown; the rest are counted. */
  static final int MAX_HITS = 50;

  private static final Node LABEL = RDFS.label.asNode();
  private static final Node ALT = SKOS.altLabel.asNode();
  private static final Node TITLE = DCTerms.title.asNode();
  private static final Node DATE = DCTerms.date.asNode();
  private static final List<Node> ACTOR_CLASSES = List.of(NKG.Person, NKG.Organization, NKG.Country, NKG.Place);
  private static final Map<Node, String> EVENT_CLASSES = RdfTypes.EVENT_CLASSES;
  private static final Map<Node, String> ROLES = RdfTypes.ROLE_PROPERTIES;

  private final DatasetGraph dsg;

  public PageReader(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  public static PageReader of(org.newskg.store.KnowledgeStore store) {
    return new PageReader(store.datasetGraph());
  }

  /** Thrown when a page takes longer than its deadline allows. */
  public static final class TooSlow extends RuntimeException {
    TooSlow() {
      super("the page took longer than the server's timeout", null, false, false);
    }
  }

  /** The instant a page must be done by. */
  public record Deadline(long nanos) {
    public static Deadline after(java.time.Duration timeout) {
      return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    void check() {
      if (System.nanoTime() - nanos > 0) {
        throw new TooSlow();
      }
    }
  }

  // ---------------------------------------------------------------- search

  /** Actors with a label or alias containing the query, accents and case folded; most-reported first. */
  public SearchView search(String query, Deadline deadline) {
    String folded = fold(query);
    if (folded.isBlank()) {
      return new SearchView(query, List.of(), 0);
    }
    return Txn.calculateRead(dsg, () -> {
      Map<Node, Set<String>> matched = new LinkedHashMap<>();
      for (Node property : List.of(LABEL, ALT)) {
        var it = dsg.find(Node.ANY, Node.ANY, property, Node.ANY);
        int n = 0;
        while (it.hasNext()) {
          if (++n % 4096 == 0) {
            deadline.check();
          }
          Quad q = it.next();
          Node s = q.getSubject();
          if (s.isURI() && s.getURI().startsWith(ActorIris.NS) && q.getObject().isLiteral()
              && fold(q.getObject().getLiteralLexicalForm()).contains(folded)) {
            matched.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(q.getObject().getLiteralLexicalForm());
          }
        }
      }
      Labels labels = new Labels();
      List<SearchHit> hits = new ArrayList<>();
      for (var e : matched.entrySet()) {
        deadline.check();
        Node actor = e.getKey();
        hits.add(new SearchHit(labels.link(actor), classOf(actor), List.copyOf(e.getValue()), articlesNaming(actor)));
      }
      hits.sort(Comparator.comparingInt(SearchHit::articles).reversed()
          .thenComparing(h -> !fold(h.actor().label()).startsWith(folded))
          .thenComparing(h -> h.actor().label()));
      int more = Math.max(0, hits.size() - MAX_HITS);
      return new SearchView(query, hits.subList(0, Math.min(MAX_HITS, hits.size())), more);
    });
  }

  /** Lower case, accents dropped, spaces collapsed: "Zelenskyy" and "ZELENSKYY", "Ruto" and "Rutó". */
  static String fold(String s) {
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  // ---------------------------------------------------------------- actor

  /** The actor's page, or empty when the store knows no actor of that IRI. */
  public Optional<ActorView> actor(String iri, Deadline deadline) {
    Node actor = NodeFactory.createURI(iri);
    return Txn.calculateRead(dsg, () -> {
      if (!dsg.find(Node.ANY, actor, RDF.Nodes.type, Node.ANY).hasNext()) {
        return Optional.empty();
      }
      Labels labels = new Labels();
      String label = labels.of(actor);
      Set<String> aliases = new java.util.TreeSet<>();
      for (Node p : List.of(LABEL, ALT)) {
        dsg.find(Node.ANY, actor, p, Node.ANY).forEachRemaining(q -> aliases.add(q.getObject().getLiteralLexicalForm()));
      }
      aliases.remove(label);
      Set<String> external = new java.util.TreeSet<>();
      for (Node p : List.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode())) {
        dsg.find(Node.ANY, actor, p, Node.ANY).forEachRemaining(q -> {
          if (q.getObject().isURI() && q.getObject().getURI().matches("https?://.*")) {
            external.add(q.getObject().getURI());
          }
        });
      }
      List<FactRow> posts = new ArrayList<>();
      List<FactRow> affiliations = new ArrayList<>();
      dsg.find(Iris.SUMMARY_GRAPH, Node.ANY, RDF.Nodes.subject, actor).forEachRemaining(q -> {
        deadline.check();
        Node fact = q.getSubject();
        Node p = one(Iris.SUMMARY_GRAPH, fact, RDF.Nodes.predicate);
        Node o = one(Iris.SUMMARY_GRAPH, fact, RDF.Nodes.object);
        if (NKG.title.equals(p) && o != null) {
          posts.add(factRow(fact, new Link(o.getLiteralLexicalForm(), ""), labels));
        } else if (NKG.affiliatedWith.equals(p) && o != null && o.isURI()) {
          affiliations.add(factRow(fact, labels.link(o), labels));
        }
      });
      Comparator<FactRow> bySupport = Comparator.comparingInt((FactRow f) -> f.articles().size()).reversed()
          .thenComparing(f -> f.value().label());
      posts.sort(bySupport);
      affiliations.sort(bySupport);
      List<ClaimRow> statements = statements(actor, labels, deadline);
      List<ClaimRow> figures = figures(actor, labels, deadline);
      List<ClaimRow> steps = steps(actor, labels, deadline);
      return Optional.of(new ActorView(iri, Paths.of(iri), label, classOf(actor), List.copyOf(aliases),
          external.stream().map(u -> new Link(u, u)).toList(), posts, affiliations, roles(actor, labels, deadline),
          statements, figures, steps, merges(actor, deadline), new Link("curation history", Paths.curation(iri))));
    });
  }

  private FactRow factRow(Node fact, Link value, Labels labels) {
    List<Link> articles = new ArrayList<>();
    dsg.find(Iris.SUMMARY_GRAPH, fact, Vocab.wasDerivedFrom, Node.ANY).forEachRemaining(a -> articles.add(labels.article(a.getObject())));
    articles.sort(Comparator.comparing(Link::label));
    return new FactRow(value, articles, evidenceLink(Iris.SUMMARY_GRAPH, fact));
  }

  private Link evidenceLink(Node graph, Node fact) {
    return new Link("evidence (" + count(graph, fact, NKG.evidence, Node.ANY) + ")", Paths.evidence(fact.getURI()));
  }

  private List<RoleGroup> roles(Node actor, Labels labels, Deadline deadline) {
    Map<String, List<RoleRow>> byType = new TreeMap<>();
    ROLES.forEach((property, role) -> dsg.find(Node.ANY, Node.ANY, property, actor).forEachRemaining(q -> {
      deadline.check();
      Node g = q.getGraph();
      Node event = q.getSubject();
      String type = eventType(g, event);
      if (type == null) {
        return;
      }
      List<RoleFiller> others = new ArrayList<>();
      dsg.find(g, event, Node.ANY, Node.ANY).forEachRemaining(r -> {
        String otherRole = ROLES.get(r.getPredicate());
        if (otherRole != null && !r.getObject().equals(actor)) {
          others.add(new RoleFiller(otherRole, labels.link(r.getObject())));
        }
      });
      Node article = Iris.articleOfGraph(g);
      byType.computeIfAbsent(type, k -> new ArrayList<>())
          .add(new RoleRow(dateOf(g, event, article), role, others, labels.article(article), evidenceLink(g, event)));
    }));
    List<RoleGroup> groups = new ArrayList<>();
    byType.forEach((type, rows) -> {
      rows.sort(Comparator.comparing(RoleRow::date).thenComparing(r -> r.article().label()));
      groups.add(new RoleGroup(type, rows));
    });
    return groups;
  }

  /** A claim's kind and text as its row shows them. */
  private record Said(String kind, String text) {}

  /** The facts linked to the actor by {@code property} that {@code said} turns into rows, by date. */
  private List<ClaimRow> claims(Node actor, Node property, Labels labels, Deadline deadline,
      java.util.function.BiFunction<Node, Node, Optional<Said>> said) {
    List<ClaimRow> rows = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, property, actor).forEachRemaining(q -> {
      deadline.check();
      Node g = q.getGraph();
      Node fact = q.getSubject();
      said.apply(g, fact).ifPresent(row -> {
        Node article = Iris.articleOfGraph(g);
        rows.add(new ClaimRow(dateOf(g, fact, article), row.kind(), row.text(), labels.article(article), evidenceLink(g, fact)));
      });
    });
    rows.sort(Comparator.comparing(ClaimRow::date));
    return rows;
  }

  private List<ClaimRow> statements(Node actor, Labels labels, Deadline deadline) {
    return claims(actor, NKG.speaker, labels, deadline, (g, st) -> Optional.of(new Said(
        dsg.contains(g, st, RDF.Nodes.type, NKG.Denial) ? "denied" : "said", lexical(one(g, st, NKG.content)))));
  }

  /** Figures the actor gave; the events and steps it reports show under roles and steps. */
  private List<ClaimRow> figures(Node actor, Labels labels, Deadline deadline) {
    return claims(actor, NKG.accordingTo, labels, deadline, (g, figure) -> dsg.contains(g, figure, NKG.value, Node.ANY)
        ? Optional.of(new Said("figure", figureText(g, figure))) : Optional.empty());
  }

  private List<ClaimRow> steps(Node actor, Labels labels, Deadline deadline) {
    return claims(actor, NKG.by, labels, deadline, (g, step) -> {
      Node type = one(g, step, RDF.Nodes.type);
      Node proposal = one(g, step, NKG.proposal);
      return Optional.of(new Said(type == null ? "step" : words(localName(type)),
          proposal == null ? "" : lexical(one(Node.ANY, proposal, LABEL))));
    });
  }

  private String figureText(Node g, Node figure) {
    String qualifier = localName(one(g, figure, NKG.qualifier));
    String value = lexical(one(g, figure, NKG.value));
    String measure = localName(one(g, figure, NKG.measure));
    String counted = lexical(one(g, figure, NKG.counted));
    String prefix = qualifier.isEmpty() || qualifier.equals("Exactly") ? "" : words(qualifier) + " ";
    return (prefix + value + " " + counted + (measure.isEmpty() ? "" : " (" + words(measure) + ")")).strip();
  }

  private List<MergeRow> merges(Node actor, Deadline deadline) {
    List<MergeRow> rows = new ArrayList<>();
    Node g = Iris.RESOLUTION_GRAPH;
    dsg.find(g, Node.ANY, NKG.survivingActor, actor).forEachRemaining(q -> {
      deadline.check();
      Node merge = q.getSubject();
      Node merged = one(g, merge, NKG.mergedActor);
      rows.add(new MergeRow(lexical(one(g, merge, Vocab.endedAtTime)), lexical(one(g, merge, NKG.mergedLabel)),
          merged == null ? "" : merged.getURI(), lexical(one(g, merge, NKG.reason)), agent(merge),
          dsg.find(g, Node.ANY, NKG.undoes, merge).hasNext()));
    });
    rows.sort(Comparator.comparing(MergeRow::when).reversed());
    return rows;
  }

  private String agent(Node activity) {
    Node agent = one(Iris.RESOLUTION_GRAPH, activity, Vocab.wasAssociatedWith);
    return agent == null ? "" : lexical(one(Iris.RESOLUTION_GRAPH, agent, LABEL));
  }

  // ---------------------------------------------------------------- evidence

  /** The sentences that support a fact: a summary fact, an event, a statement, a figure or a step. */
  public Optional<EvidenceView> evidence(String factIri, Deadline deadline) {
    Node fact = NodeFactory.createURI(factIri);
    return Txn.calculateRead(dsg, () -> {
      List<Quad> links = new ArrayList<>();
      dsg.find(Node.ANY, fact, NKG.evidence, Node.ANY).forEachRemaining(links::add);
      if (links.isEmpty()) {
        return Optional.empty();
      }
      Labels labels = new Labels();
      Set<EvidenceRow> rows = new LinkedHashSet<>();
      for (Quad link : links) {
        deadline.check();
        Node evidence = link.getObject();
        // The evidence node lives in its article's graph, also when the summary points at it.
        var at = dsg.find(Node.ANY, evidence, NKG.sentence, Node.ANY);
        if (!at.hasNext()) {
          continue;
        }
        Quad sentence = at.next();
        Node g = sentence.getGraph();
        Node article = Iris.articleOfGraph(g);
        Link articleLink = labels.article(article);
        String begin = lexical(one(g, evidence, NKG.beginOffset));
        rows.add(new EvidenceRow(sentence.getObject().getLiteralLexicalForm(),
            new Link(articleLink.label(), articleLink.href() + "#s" + begin), lexical(one(g, article, DATE))));
      }
      List<EvidenceRow> sorted = new ArrayList<>(rows);
      sorted.sort(Comparator.comparing(EvidenceRow::date).thenComparing(r -> r.article().label()));
      return Optional.of(new EvidenceView(describe(links.getFirst().getGraph(), fact, labels), sorted));
    });
  }

  /** One line naming a fact: "Attack: attacker Hamas, target Israel", "Jane Doe: post Foreign Minister". */
  private String describe(Node g, Node fact, Labels labels) {
    String event = eventType(g, fact);
    if (event != null) {
      List<String> parts = new ArrayList<>();
      dsg.find(g, fact, Node.ANY, Node.ANY).forEachRemaining(q -> {
        String role = ROLES.get(q.getPredicate());
        if (role != null) {
          parts.add(role + " " + labels.of(q.getObject()));
        }
      });
      parts.sort(null);
      return event + ": " + String.join(", ", parts);
    }
    Node predicate = one(g, fact, RDF.Nodes.predicate);
    if (predicate != null) {
      Node s = one(g, fact, RDF.Nodes.subject);
      Node o = one(g, fact, RDF.Nodes.object);
      String object = o == null ? "" : o.isLiteral() ? o.getLiteralLexicalForm() : labels.of(o);
      String relation = NKG.title.equals(predicate) ? "post" : words(predicate.getLocalName());
      return labels.of(s) + ": " + relation + " " + object;
    }
    Node speaker = one(g, fact, NKG.speaker);
    if (speaker != null) {
      return labels.of(speaker) + " said: " + lexical(one(g, fact, NKG.content));
    }
    if (dsg.contains(g, fact, NKG.value, Node.ANY)) {
      return "figure: " + figureText(g, fact);
    }
    Node by = one(g, fact, NKG.by);
    Node type = one(g, fact, RDF.Nodes.type);
    if (by != null && type != null) {
      Node proposal = one(g, fact, NKG.proposal);
      return words(localName(type)) + " by " + labels.of(by) + (proposal == null ? "" : ": " + lexical(one(Node.ANY, proposal, LABEL)));
    }
    return type == null ? fact.toString() : words(localName(type));
  }

  // ---------------------------------------------------------------- article

  /** The article's text with its names and the sentences of its facts marked, by the stored offsets. */
  public Optional<ArticleView> article(String articleIri, Deadline deadline) {
    if (!articleIri.startsWith(Iris.ARTICLE_NS)) {
      return Optional.empty();
    }
    Node article = NodeFactory.createURI(articleIri);
    Node g = Iris.graphOfArticle(NodeFactory.createURI(articleIri));
    return Txn.calculateRead(dsg, () -> {
      Node text = one(g, article, Vocab.isString);
      if (text == null) {
        return Optional.empty();
      }
      String body = text.getLiteralLexicalForm();
      Labels labels = new Labels();
      // Each fact-stating sentence with the facts it states.
      Map<Span, List<String>> facts = new TreeMap<>();
      List<Quad> factLinks = new ArrayList<>();
      dsg.find(g, Node.ANY, NKG.evidence, Node.ANY).forEachRemaining(factLinks::add);
      for (Quad link : factLinks) {
        deadline.check();
        Node fact = link.getSubject();
        if (isDerivedRelation(g, fact)) {
          continue; // the event it comes from is listed
        }
        Span span = span(g, link.getObject(), NKG.beginOffset, NKG.endOffset, body.length());
        if (span != null) {
          List<String> stated = facts.computeIfAbsent(span, k -> new ArrayList<>());
          String description = describe(g, fact, labels);
          if (!stated.contains(description)) {
            stated.add(description);
          }
        }
      }
      TreeMap<Span, Node> mentions = new TreeMap<>();
      dsg.find(g, Node.ANY, Vocab.taIdentRef, Node.ANY).forEachRemaining(q -> {
        Span span = span(g, q.getSubject(), Vocab.beginIndex, Vocab.endIndex, body.length());
        if (span != null && (mentions.floorKey(span) == null || mentions.floorKey(span).end() <= span.begin())) {
          mentions.put(span, q.getObject());
        }
      });
      deadline.check();
      List<Piece> pieces = pieces(body, facts, mentions, labels);
      List<ArticleFact> list = new ArrayList<>();
      facts.forEach((span, stated) -> stated.forEach(d -> list.add(new ArticleFact(d, "s" + span.begin()))));
      Node title = one(g, article, TITLE);
      Node source = one(g, article, DCTerms.source.asNode());
      return Optional.of(new ArticleView(articleIri, title == null ? lexical(one(g, article, DCTerms.identifier.asNode())) : lexical(title),
          lexical(one(g, article, DATE)), source == null ? "" : source.getURI(), pieces, list, mentions.size()));
    });
  }

  /** A relation statement (negotiatesWith, killedBy, ...) whose event states the same thing. */
  private boolean isDerivedRelation(Node g, Node fact) {
    Node predicate = one(g, fact, RDF.Nodes.predicate);
    return predicate != null && !NKG.title.equals(predicate) && !NKG.affiliatedWith.equals(predicate);
  }

  /** Character offsets [begin, end) of the text. */
  record Span(int begin, int end) implements Comparable<Span> {
    @Override
    public int compareTo(Span o) {
      return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
  }

  private Span span(Node g, Node node, Node beginProperty, Node endProperty, int length) {
    try {
      int begin = Integer.parseInt(lexical(one(g, node, beginProperty)));
      int end = Integer.parseInt(lexical(one(g, node, endProperty)));
      return begin >= 0 && begin < end && end <= length ? new Span(begin, end) : null;
    } catch (NumberFormatException e) {
      return null; // offsets another tool wrote badly: the text shows unmarked there
    }
  }

  /** The text cut at the fact sentences, each piece cut again at the names inside it. */
  private static List<Piece> pieces(String text, Map<Span, List<String>> facts, TreeMap<Span, Node> mentions, Labels labels) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (var e : facts.entrySet()) {
      Span sentence = e.getKey();
      if (sentence.begin() < at) {
        continue; // overlaps the previous sentence: its facts are still listed below the text
      }
      if (sentence.begin() > at) {
        pieces.add(new Piece(runs(text, at, sentence.begin(), mentions, labels), List.of(), ""));
      }
      pieces.add(new Piece(runs(text, sentence.begin(), sentence.end(), mentions, labels), e.getValue(), "s" + sentence.begin()));
      at = sentence.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece(runs(text, at, text.length(), mentions, labels), List.of(), ""));
    }
    return pieces;
  }

  private static List<Run> runs(String text, int from, int to, TreeMap<Span, Node> mentions, Labels labels) {
    List<Run> runs = new ArrayList<>();
    int at = from;
    for (var e : mentions.subMap(new Span(from, Integer.MAX_VALUE), true, new Span(to, Integer.MAX_VALUE), false).entrySet()) {
      Span name = e.getKey();
      if (name.end() > to || name.begin() < at) {
        continue;
      }
      if (name.begin() > at) {
        runs.add(new Run(text.substring(at, name.begin()), null, ""));
      }
      runs.add(new Run(text.substring(name.begin(), name.end()), labels.link(e.getValue()), labels.classOf(e.getValue())));
      at = name.end();
    }
    if (at < to) {
      runs.add(new Run(text.substring(at, to), null, ""));
    }
    return runs;
  }

  // ---------------------------------------------------------------- curation

  /** Merges and splits, newest first: all of them, or those of one actor. */
  public CurationView curation(Optional<String> actorIri, Deadline deadline) {
    return Txn.calculateRead(dsg, () -> {
      Node g = Iris.RESOLUTION_GRAPH;
      Labels labels = new Labels();
      List<CurationRow> rows = new ArrayList<>();
      dsg.find(g, Node.ANY, RDF.Nodes.type, NKG.Merge).forEachRemaining(q -> {
        deadline.check();
        Node merge = q.getSubject();
        Node merged = one(g, merge, NKG.mergedActor);
        Node into = one(g, merge, NKG.survivingActor);
        if (merged == null || into == null || !concerns(actorIri, merged, into)) {
          return;
        }
        Link mergedLink = new Link(lexical(one(g, merge, NKG.mergedLabel)) + " (" + merged.getURI() + ")", Paths.of(merged.getURI()));
        rows.add(new CurationRow(lexical(one(g, merge, Vocab.endedAtTime)), "merge", mergedLink, labels.link(into), agent(merge),
            lexical(one(g, merge, NKG.reason))));
        dsg.find(g, Node.ANY, NKG.undoes, merge).forEachRemaining(s -> rows.add(new CurationRow(
            lexical(one(g, s.getSubject(), Vocab.endedAtTime)), "split", labels.link(merged), labels.link(into),
            agent(s.getSubject()), "split off again")));
      });
      rows.sort(Comparator.comparing(CurationRow::when).reversed());
      return new CurationView(actorIri.map(iri -> labels.link(NodeFactory.createURI(iri))).orElse(null), rows);
    });
  }

  private static boolean concerns(Optional<String> actorIri, Node merged, Node into) {
    return actorIri.isEmpty() || actorIri.get().equals(merged.getURI()) || actorIri.get().equals(into.getURI());
  }

  // ---------------------------------------------------------------- helpers

  /** Labels and article titles looked up once per page. */
  private final class Labels {
    private final Map<Node, String> labels = new HashMap<>();
    private final Map<Node, Link> articles = new HashMap<>();
    private final Map<Node, String> classes = new HashMap<>();

    String of(Node actor) {
      return labels.computeIfAbsent(actor, a -> {
        Node label = one(Iris.SUMMARY_GRAPH, a, LABEL);
        if (label == null) {
          label = one(Node.ANY, a, LABEL);
        }
        return label != null ? label.getLiteralLexicalForm() : a.isURI() ? a.getLocalName() : a.toString();
      });
    }

    Link link(Node actor) {
      return new Link(of(actor), actor.isURI() ? Paths.of(actor.getURI()) : "");
    }

    String classOf(Node actor) {
      return classes.computeIfAbsent(actor, PageReader.this::classOf);
    }

    Link article(Node article) {
      return articles.computeIfAbsent(article, a -> {
        Node g = Iris.graphOfArticle(a);
        Node title = one(g, a, TITLE);
        String label = title != null ? title.getLiteralLexicalForm() : lexical(one(g, a, DCTerms.identifier.asNode()));
        return new Link(label.isEmpty() ? a.getURI() : label, Paths.of(a.getURI()));
      });
    }
  }

  private String classOf(Node actor) {
    for (Node c : ACTOR_CLASSES) {
      if (dsg.find(Node.ANY, actor, RDF.Nodes.type, c).hasNext()) {
        return c.getLocalName();
      }
    }
    return "Actor";
  }

  private String eventType(Node g, Node event) {
    var it = dsg.find(g, event, RDF.Nodes.type, Node.ANY);
    while (it.hasNext()) {
      String type = EVENT_CLASSES.get(it.next().getObject());
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /** The fact's own date, else its article's; "" when neither is known. */
  private String dateOf(Node g, Node fact, Node article) {
    Node date = one(g, fact, NKG.date);
    return date != null ? date.getLiteralLexicalForm() : lexical(one(g, article, DATE));
  }

  private Node one(Node g, Node s, Node p) {
    var it = dsg.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  private int count(Node g, Node s, Node p, Node o) {
    var it = dsg.find(g, s, p, o);
    int n = 0;
    for (; it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  /** How many articles name the actor: one nkg:mentions per article graph. */
  private int articlesNaming(Node actor) {
    Set<Node> graphs = new java.util.HashSet<>();
    dsg.find(Node.ANY, Node.ANY, NKG.mentions, actor).forEachRemaining(q -> graphs.add(q.getGraph()));
    return graphs.size();
  }

  private static String lexical(Node node) {
    return node == null ? "" : node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString();
  }

  private static String localName(Node node) {
    return node == null || !node.isURI() ? "" : node.getLocalName();
  }

  /** "AtLeast" → "at least", "negotiatesWith" → "negotiates with". */
  private static String words(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
