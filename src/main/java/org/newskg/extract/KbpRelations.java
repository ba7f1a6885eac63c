package org.newskg.extract;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.ActorType;
import org.newskg.model.AffiliationFact;
import org.newskg.model.TitleFact;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Posts and affiliations from CoreNLP's KBP relation annotator ({@code per:title},
 * {@code per:employee_or_member_of}, {@code org:top_members_employees}), when the pipeline runs it.
 * The bundled pipeline does not (docs/PERFORMANCE.md has the measurement); {@code eval --corenlp
 * annotators=...,kbp} adds it to see what it brings beside the rules of {@code titles.rules}.
 */
public final class KbpRelations {
  private static final double CONFIDENCE = 0.6;

  private KbpRelations() {}

  /** What the annotator found, as title and affiliation facts over the article's actors. */
  public record Found(List<TitleFact> titles, List<AffiliationFact> affiliations) {}

  public static Found of(AnnotatedArticle annotated, ActorIndex actors) {
    List<TitleFact> titles = new ArrayList<>();
    List<AffiliationFact> affiliations = new ArrayList<>();
    List<CoreMap> sentences = Sentences.of(annotated);
    for (int s = 0; s < sentences.size(); s++) {
      List<RelationTriple> triples = sentences.get(s).get(CoreAnnotations.KBPTriplesAnnotation.class);
      if (triples == null) {
        continue;
      }
      for (RelationTriple triple : triples) {
        String relation = triple.relationGloss();
        Optional<Actor> subject = actorOf(actors, s, triple.subject);
        Optional<Actor> object = actorOf(actors, s, triple.object);
        var evidence = Sentences.evidence(annotated, sentences.get(s), CONFIDENCE, "kbp." + relation);
        switch (relation) {
          case "per:title" -> subject.filter(p -> p.type() == ActorType.PERSON)
              .ifPresent(p -> titles.add(new TitleFact(p, triple.objectGloss(), evidence)));
          case "per:employee_or_member_of" -> subject.filter(p -> p.type() == ActorType.PERSON)
              .ifPresent(p -> object.filter(KbpRelations::serves).ifPresent(o -> affiliations.add(new AffiliationFact(p, o, evidence))));
          case "org:top_members_employees", "org:top_members/employees" -> object.filter(p -> p.type() == ActorType.PERSON)
              .ifPresent(p -> subject.filter(KbpRelations::serves).ifPresent(o -> affiliations.add(new AffiliationFact(p, o, evidence))));
          default -> { }
        }
      }
    }
    return new Found(titles, affiliations);
  }

  private static boolean serves(Actor actor) {
    return actor.type().hasMembers();
  }

  private static Optional<Actor> actorOf(ActorIndex actors, int sentence, List<CoreLabel> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Optional<Actor> actor = actors.actorAt(sentence, tokens.get(i).index() - 1);
      if (actor.isPresent()) {
        return actor;
      }
    }
    return Optional.empty();
  }
}
