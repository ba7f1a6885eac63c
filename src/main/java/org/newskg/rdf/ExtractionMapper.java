package org.newskg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.newskg.model.ActorIris;
import org.newskg.model.Claims;
import org.newskg.model.AffiliationFact;
import org.newskg.model.Article;
import org.newskg.model.BuildInfo;
import org.newskg.model.Event;
import org.newskg.model.Evidence;
import org.newskg.model.Extraction;
import org.newskg.model.PossibleIdentity;
import org.newskg.model.Proposal;
import org.newskg.model.MentionSpan;
import org.newskg.model.ProposalStep;
import org.newskg.model.Quantity;
import org.newskg.model.Role;
import org.newskg.model.Source;
import org.newskg.model.Statement;
import org.newskg.model.TitleFact;

/**
 * Writes one article's extraction as RDF, all of it into the article's named graph, to any
 * {@link StreamRDF}: a store, an exporter or a test collector. Facts that are triples between
 * actors (titles, affiliations, direct relations) get an {@code rdf:Statement} node carrying their
 * evidence; events carry it themselves.
 */
public final class ExtractionMapper {
  /** Immutable, read once from the bundled data file. */
  private static final EventCodes CODES = EventCodes.load();

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
    Claims claims = extraction.claims();
    List<Node> statements = new ArrayList<>();
    for (Statement statement : claims.statements()) {
      statements.add(writeStatement(statement, statements.size() + 1));
    }
    extraction.mentions().forEach(this::writeMention);
    int n = 0;
    List<Node> events = new ArrayList<>();
    for (Event event : extraction.events()) {
      events.add(writeEvent(event, ++n, statements, claims));
    }
    n = 0;
    for (Quantity quantity : claims.quantities()) {
      writeQuantity(quantity, ++n, statements, events, claims);
    }
    writeProposals(claims, statements);
    for (PossibleIdentity flag : extraction.ambiguities()) {
      flag.candidates().forEach(c -> emit(actorIri(flag.actor()), NKG.possiblySameAs, NodeFactory.createURI(c)));
    }
  }

  private void writeArticle() {
    emit(article, RDF.Nodes.type, NKG.Article);
    emit(article, RDF.Nodes.type, Vocab.Context);
    emit(article, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(source.id()));
    emit(article, NKG.fingerprint, NodeFactory.createLiteralString(source.fingerprint()));
    emit(article, NKG.extractedWith, NodeFactory.createLiteralString(BuildInfo.extractor()));
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

  /** NIF: a phrase of the article text, by offsets, that names the actor. */
  private void writeMention(MentionSpan mention) {
    Node node = Iris.ofArticle(source.id(), "mention", mention.begin() + "-" + mention.end());
    emit(node, Vocab.referenceContext, article);
    emit(node, Vocab.beginIndex, integer(mention.begin()));
    emit(node, Vocab.endIndex, integer(mention.end()));
    emit(node, Vocab.taIdentRef, actorIri(mention.actor()));
  }

  private Node writeEvent(Event event, int ordinal, List<Node> statements, Claims claims) {
    Node node = Iris.ofArticle(source.id(), "event", Integer.toString(ordinal));
    Node type = RdfTypes.classOf(event.type());
    emit(node, RDF.Nodes.type, type);
    emit(node, Vocab.wasDerivedFrom, article);
    emit(node, NKG.evidence, evidence(event.evidence()));
    if (event.date() != null) {
      emit(node, NKG.date, date(event.date()));
    }
    event.roles().forEach(r -> emit(node, RdfTypes.property(r.role()), actorIri(r.actor())));
    writeCode(node, type, event.roles().stream().map(r -> r.role().localName()).collect(Collectors.toSet()));
    attribute(node, event.statement(), statements, claims);
    for (Relation relation : Relation.of(event)) {
      Node statement = assertWithEvidence(actorIri(relation.from()), relation.property(), actorIri(relation.to()), event.evidence());
      attribute(statement, event.statement(), statements, claims);
    }
    return node;
  }

  /** A fact somebody reports names that speaker and the statement; the article's own facts do not. */
  private void attribute(Node fact, int statement, List<Node> statements, Claims claims) {
    if (statement >= 0) {
      emit(fact, NKG.accordingTo, speakerIri(claims.statements().get(statement).speaker()));
      emit(fact, NKG.reportedIn, statements.get(statement));
    }
  }

  private void writeCode(Node node, Node type, Set<String> roles) {
    CODES.of(type.getLocalName(), roles).ifPresent(code -> {
      emit(node, NKG.cameoCode, NodeFactory.createLiteralString(code.cameo()));
      if (code.plover() != null) {
        emit(node, NKG.ploverType, NodeFactory.createLiteralString(code.plover()));
      }
    });
  }

  private Node writeStatement(Statement statement, int ordinal) {
    Node node = Iris.ofArticle(source.id(), "said", Integer.toString(ordinal));
    Node type = statement.kind() == Statement.Kind.DENIAL ? NKG.Denial : NKG.Statement;
    emit(node, RDF.Nodes.type, type);
    emit(node, Vocab.wasDerivedFrom, article);
    emit(node, NKG.evidence, evidence(statement.evidence()));
    emit(node, NKG.speaker, speakerIri(statement.speaker()));
    emit(node, NKG.content, NodeFactory.createLiteralString(statement.content()));
    emit(node, NKG.quoted, NodeFactory.createLiteralDT(Boolean.toString(statement.quoted()), XSDDatatype.XSDboolean));
    emit(node, Vocab.referenceContext, article);
    emit(node, Vocab.beginIndex, integer(statement.contentBegin()));
    emit(node, Vocab.endIndex, integer(statement.contentEnd()));
    if (statement.audience() != null) {
      emit(node, NKG.audience, actorIri(statement.audience()));
    } else if (statement.audienceText() != null) {
      emit(node, NKG.audienceLabel, NodeFactory.createLiteralString(statement.audienceText()));
    }
    if (statement.date() != null) {
      emit(node, NKG.date, date(statement.date()));
    }
    writeCode(node, type, Set.of());
    return node;
  }

  /** A named speaker is its actor; an unnamed one a node of this article, one per description. */
  private Node speakerIri(Source speaker) {
    if (speaker.isNamed()) {
      return actorIri(speaker.actor());
    }
    String key = speaker.description() + (speaker.affiliation() == null ? "" : " / " + speaker.affiliation().label());
    Node node = Iris.ofArticle(source.id(), "source", ActorIris.slug(key));
    emit(node, RDF.Nodes.type, NKG.UnnamedSource);
    emit(node, RDFS.label.asNode(), NodeFactory.createLiteralString(speaker.description()));
    if (speaker.affiliation() != null) {
      emit(node, NKG.speaksFor, actorIri(speaker.affiliation()));
    }
    return node;
  }

  private void writeQuantity(Quantity quantity, int ordinal, List<Node> statements, List<Node> events, Claims claims) {
    Node node = Iris.ofArticle(source.id(), "figure", Integer.toString(ordinal));
    emit(node, RDF.Nodes.type, quantity.measure().casualties() ? NKG.CasualtyReport : NKG.Quantity);
    emit(node, Vocab.wasDerivedFrom, article);
    emit(node, NKG.evidence, evidence(quantity.evidence()));
    emit(node, NKG.value, integer(quantity.value()));
    emit(node, NKG.measure, RdfTypes.of(quantity.measure()));
    emit(node, NKG.qualifier, RdfTypes.of(quantity.qualifier()));
    emit(node, NKG.counted, NodeFactory.createLiteralString(quantity.counted()));
    if (quantity.group() != null) {
      emit(node, NKG.countedGroup, actorIri(quantity.group()));
    }
    if (quantity.event() >= 0) {
      emit(node, NKG.ofEvent, events.get(quantity.event()));
    }
    if (quantity.date() != null) {
      emit(node, NKG.date, date(quantity.date()));
    }
    attribute(node, quantity.statement(), statements, claims);
  }

  /**
   * Proposals with their terms, and each step as an event; who proposed, backed or took a side is
   * also written on the proposal itself.
   */
  private void writeProposals(Claims claims, List<Node> statements) {
    List<Node> proposals = new ArrayList<>();
    for (Proposal proposal : claims.proposals()) {
      Node node = proposal.name() != null ? Iris.proposal(proposal.name())
          : Iris.ofArticle(source.id(), "proposal", Integer.toString(proposals.size() + 1));
      proposals.add(node);
      emit(node, RDF.Nodes.type, NKG.Proposal);
      emit(node, Vocab.wasDerivedFrom, article);
      emit(node, NKG.evidence, evidence(proposal.evidence()));
      emit(node, RDFS.label.asNode(), NodeFactory.createLiteralString(proposal.label()));
      proposal.terms().forEach(t -> emit(node, NKG.term, NodeFactory.createLiteralString(t)));
    }
    int n = 0;
    for (ProposalStep step : claims.steps()) {
      Node node = Iris.ofArticle(source.id(), "step", Integer.toString(++n));
      Node type = RdfTypes.classOf(step.stance());
      Node proposal = proposals.get(step.proposal());
      emit(node, RDF.Nodes.type, type);
      emit(node, Vocab.wasDerivedFrom, article);
      emit(node, NKG.evidence, evidence(step.evidence()));
      emit(node, NKG.proposal, proposal);
      if (step.date() != null) {
        emit(node, NKG.date, date(step.date()));
      }
      writeCode(node, type, Set.of());
      attribute(node, step.statement(), statements, claims);
      Node onProposal = switch (step.stance()) {
        case PROPOSED -> NKG.proposer;
        case BACKED -> NKG.backer;
        case ACCEPTED, REJECTED, RESERVED -> NKG.party;
      };
      for (Actor agent : step.agents()) {
        emit(node, NKG.by, actorIri(agent));
        emit(proposal, onProposal, actorIri(agent));
      }
    }
  }

  private static Node date(java.time.LocalDate date) {
    return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
  }

  private static Node integer(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
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
  private Node assertWithEvidence(Node s, Node p, Node o, Evidence evidence) {
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
    return statement;
  }

  private Node evidence(Evidence evidence) {
    Node node = Iris.ofArticle(source.id(), "evidence", evidence.begin() + "-" + evidence.end() + "-" + evidence.rule());
    emit(node, RDF.Nodes.type, NKG.Evidence);
    emit(node, Vocab.wasDerivedFrom, article);
    emit(node, Vocab.referenceContext, article);
    emit(node, NKG.sentence, NodeFactory.createLiteralString(evidence.sentence()));
    emit(node, NKG.beginOffset, integer(evidence.begin()));
    emit(node, NKG.endOffset, integer(evidence.end()));
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
