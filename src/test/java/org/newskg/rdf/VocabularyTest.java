package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.TestFiles;
import org.newskg.model.ActorIris;
import org.newskg.model.ActorType;

/** NKG's constants and ontology/newskg.ttl say the same thing. */
class VocabularyTest {
  private static final Graph ONTOLOGY = RDFDataMgr.loadGraph(TestFiles.root().resolve("ontology/newskg.ttl").toString());

  @Test
  void everyConstantIsDeclaredInTheOntologyUnderItsOwnName() throws Exception {
    for (Field field : NKG.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Node.class) {
        continue;
      }
      Node term = (Node) field.get(null);
      assertEquals(NKG.NS + field.getName(), term.getURI());
      assertTrue(ONTOLOGY.contains(term, RDF.Nodes.type, Node.ANY), term + " is not declared in ontology/newskg.ttl");
    }
  }

  @Test
  void everyOntologyTermHasAConstant() throws Exception {
    Set<String> constants = new HashSet<>();
    for (Field field : NKG.class.getFields()) {
      if (field.getType() == Node.class) {
        constants.add(((Node) field.get(null)).getURI());
      }
    }
    ONTOLOGY.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
      if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NKG.NS) && !t.getSubject().getURI().endsWith("#role")) {
        assertTrue(constants.contains(t.getSubject().getURI()), "no NKG constant for " + t.getSubject());
      }
    });
  }

  @Test
  void negotiatesWithIsSymmetric() {
    assertTrue(ONTOLOGY.contains(NKG.negotiatesWith, RDF.Nodes.type, OWL.SymmetricProperty.asNode()));
  }

  @Test
  void actorIrisAreStableAndClassSpecific() {
    assertEquals(Iris.ACTOR_NS + "person/benjamin-netanyahu", ActorIris.of(ActorType.PERSON, "Benjamin Netanyahu"));
    assertEquals(Iris.ACTOR_NS + "country/turkey", ActorIris.of(ActorType.COUNTRY, "Turkey"));
    assertEquals(Iris.ACTOR_NS + "place/sao-paulo", ActorIris.of(ActorType.PLACE, "São Paulo"));
  }
}
