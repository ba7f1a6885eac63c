package org.newskg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.model.Actor;
import org.newskg.model.AffiliationFact;
import org.newskg.model.Article;
import org.newskg.model.Event;
import org.newskg.model.Evidence;
import org.newskg.model.Extraction;
import org.newskg.model.PossibleIdentity;
import org.newskg.model.Role;
import org.newskg.model.TitleFact;

/**
 * Writes one article's extraction as RDF, all of it into the article's named graph, to any
 * {@link StreamRDF}: a store, an exporter or a test collector. Facts that are triples between
 * actors (titles, affiliations, direct relations) get an {@code rdf:Statement} node carrying their
 * evidence; events carry it themselves.
 */
public final class ExtractionMapper {
  private final StreamRDF out;
  private final Node graph;
  private final Node article;
  private final Article source;

  private ExtractionMapper(StreamRDF out, Article source) {
    this.out = out;
    this.source = source;
    this.graph = Iris.articleGraph(source.id());
    this.article = Iris.article(source.id());
  }

  /** Emits the quads of an extraction; the caller owns {@code start()}/{@code finish()} of the stream. */
  public static void write(Extraction extraction, StreamRDF out) {
    new ExtractionMapper(out, extraction.article()).writeAll(extraction);
  }

  private void writeAll(Extraction extraction) {
    writeArticle();
    for (Actor actor : extraction.actors()) {
      writeActor(actor);
    }
    for (TitleFact fact : extraction.titles()) {
      Node person = actorIri(fact.person());
      assertWithEvidence(person, NKG.title, NodeFactory.createLiteralString(fact.title()), fact.evidence());
    }
    for (AffiliationFact fact : extraction.affiliations()) {
      assertWithEvidence(actorIri(fact.person()), NKG.affiliatedWith, actorIri(fact.organization()), fact.evidence());
    }
    int n = 0;
    for (Event event : extraction.events()) {
      writeEvent(event, ++n);
    }
    for (PossibleIdentity flag : extraction.ambiguities()) {
      flag.candidates().forEach(c -> emit(actorIri(flag.actor()), NKG.possiblySameAs, NodeFactory.createURI(c)));
    }
  }

  private void writeArticle() {
    emit(article, RDF.Nodes.type, NKG.Article);
    emit(article, RDF.Nodes.type, Vocab.Context);
    emit(article, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(source.id()));
    emit(article, NKG.fingerprint, NodeFactory.createLiteralString(source.fingerprint()));
    if (source.title() != null) {
      emit(article, DCTerms.title.asNode(), NodeFactory.createLiteralString(source.title()));
    }
    if (source.date() != null) {
      emit(article, DCTerms.date.asNode(), NodeFactory.createLiteralDT(source.date().toString(), XSDDatatype.XSDdate));
    }
    if (source.url() != null) {
      emit(article, DCTerms.source.asNode(), NodeFactory.createURI(source.url()));
    }
    // NIF: evidence offsets are character offsets into this string.
    emit(article, Vocab.isString, NodeFactory.createLiteralString(source.text()));
  }

  private void writeActor(Actor actor) {
    Node iri = actorIri(actor);
    emit(iri, RDF.Nodes.type, RdfTypes.classOf(actor.type()));
    emit(iri, RDFS.label.asNode(), NodeFactory.createLiteralString(actor.label()));
    for (String alt : actor.altLabels()) {
      emit(iri, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt));
    }
    emit(article, NKG.mentions, iri);
    if (actor.isoCode() != null) {
      emit(iri, NKG.isoCode, NodeFactory.createLiteralString(actor.isoCode()));
    }
    if (actor.wikidata() != null) {
      Node entity = NodeFactory.createURI(Iris.WIKIDATA_NS + actor.wikidata());
      emit(iri, OWL.sameAs.asNode(), entity);
      emit(iri, SKOS.exactMatch.asNode(), entity);
    }
  }

  private void writeEvent(Event event, int ordinal) {
    Node node = Iris.ofArticle(source.id(), "event", Integer.toString(ordinal));
    emit(node, RDF.Nodes.type, RdfTypes.classOf(event.type()));
    emit(node, Vocab.wasDerivedFrom, article);
    emit(node, NKG.evidence, evidence(event.evidence()));
    if (event.date() != null) {
      emit(node, NKG.date, NodeFactory.createLiteralDT(event.date().toString(), XSDDatatype.XSDdate));
    }
    event.roles().forEach(r -> emit(node, RdfTypes.property(r.role()), actorIri(r.actor())));
    for (Relation relation : Relation.of(event)) {
      assertWithEvidence(actorIri(relation.from()), relation.property(), actorIri(relation.to()), event.evidence());
    }
  }

  /** A direct relation between two actors that an event implies. */
  private record Relation(Actor from, Node property, Actor to) {
    static List<Relation> of(Event event) {
      Set<Relation> relations = new LinkedHashSet<>();
      List<Actor> participants = event.fillers(Role.PARTICIPANT);
      for (Actor a : participants) {
        for (Actor b : participants) {
          if (!a.equals(b)) {
            relations.add(new Relation(a, NKG.negotiatesWith, b));
          }
        }
        for (Actor m : event.fillers(Role.MEDIATOR)) {
          if (!m.equals(a)) {
            relations.add(new Relation(m, NKG.mediatesBetween, a));
          }
        }
      }
      pairs(relations, event.fillers(Role.VICTIM), NKG.killedBy, event.fillers(Role.KILLER));
      pairs(relations, event.fillers(Role.ATTACKER), NKG.attacked, event.fillers(Role.TARGET));
      pairs(relations, event.fillers(Role.AGENT), NKG.threatens, event.fillers(Role.TARGET));
      return new ArrayList<>(relations);
    }

    private static void pairs(Set<Relation> into, List<Actor> from, Node property, List<Actor> to) {
      for (Actor a : from) {
        for (Actor b : to) {
          if (!a.equals(b)) {
            into.add(new Relation(a, property, b));
          }
        }
      }
    }
  }

  /** The triple itself, and an rdf:Statement that ties it to its article and evidence. */
  private void assertWithEvidence(Node s, Node p, Node o, Evidence evidence) {
    emit(s, p, o);
    // A content hash, not String.hashCode: two statements of one article must never share a node.
    String triple = s.getURI() + " " + p.getURI() + " " + o.toString();
    Node statement = Iris.ofArticle(source.id(), "statement",
        Article.contentHash(triple).substring(0, 16) + "-" + evidence.begin());
    emit(statement, RDF.Nodes.type, RDF.Nodes.Statement);
    emit(statement, RDF.Nodes.subject, s);
    emit(statement, RDF.Nodes.predicate, p);
    emit(statement, RDF.Nodes.object, o);
    emit(statement, Vocab.wasDerivedFrom, article);
    emit(statement, NKG.evidence, evidence(evidence));
  }

  private Node evidence(Evidence evidence) {
    Node node = Iris.ofArticle(source.id(), "evidence", evidence.begin() + "-" + evidence.end() + "-" + evidence.rule());
    emit(node, RDF.Nodes.type, NKG.Evidence);
    emit(node, Vocab.wasDerivedFrom, article);
    emit(node, Vocab.referenceContext, article);
    emit(node, NKG.sentence, NodeFactory.createLiteralString(evidence.sentence()));
    emit(node, NKG.beginOffset, NodeFactory.createLiteralDT(Integer.toString(evidence.begin()), XSDDatatype.XSDinteger));
    emit(node, NKG.endOffset, NodeFactory.createLiteralDT(Integer.toString(evidence.end()), XSDDatatype.XSDinteger));
    emit(node, NKG.confidence, NodeFactory.createLiteralDT(Double.toString(evidence.confidence()), XSDDatatype.XSDdecimal));
    emit(node, NKG.rule, NodeFactory.createLiteralString(evidence.rule()));
    return node;
  }

  private Node actorIri(Actor actor) {
    return Iris.actor(actor);
  }

  private void emit(Node s, Node p, Node o) {
    out.quad(Quad.create(graph, s, p, o));
  }
}
