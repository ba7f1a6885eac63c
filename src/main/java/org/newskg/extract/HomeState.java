package org.newskg.extract;

import edu.stanford.nlp.util.CoreMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.ActorType;
import org.newskg.text.Datelines;

/**
 * Which state an article is about, for words that name a state without saying which: its opening
 * dateline's state, and the country it names far more often than any other.
 */
final class HomeState {
  private HomeState() {}

  /**
   * The state of the opening dateline's place ({@link Datelines#openingPlace}): "LIMA, Peru" the
   * country named beside the city, "LIMA" the country whose capital it is; empty without a dateline
   * or when the article never names that state.
   */
  static Optional<Actor> ofDateline(List<String> place, ActorIndex actors, Gazetteer gazetteer) {
    Optional<Gazetteer.Entry> named = place.stream().skip(1)
        .flatMap(word -> gazetteer.byName(word).filter(e -> e.type() == ActorType.COUNTRY).stream()).findFirst();
    return named.or(() -> place.stream().limit(1).flatMap(word -> gazetteer.byCapital(word).stream()).findFirst())
        .flatMap(entry -> actors.country(entry.name()));
  }

  /** The country the article names at least twice as often as any other, mention by mention. */
  static Optional<Actor> mostNamed(List<CoreMap> sentences, ActorIndex actors) {
    return mostNamed(sentences, actors, 1);
  }

  /** The same, named at least {@code minimum} times. */
  static Optional<Actor> mostNamed(List<CoreMap> sentences, ActorIndex actors, int minimum) {
    Map<Actor, Integer> mentions = new LinkedHashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      int length = Sentences.tokens(sentences.get(s)).size();
      Optional<Actor> previous = Optional.empty();
      for (int t = 0; t < length; t++) {
        Optional<Actor> here = actors.actorAt(s, t).filter(a -> a.type() == ActorType.COUNTRY);
        if (here.isPresent() && !here.equals(previous)) {
          mentions.merge(here.get(), 1, Integer::sum);
        }
        previous = here;
      }
    }
    List<Map.Entry<Actor, Integer>> ranked = mentions.entrySet().stream()
        .sorted(Map.Entry.<Actor, Integer>comparingByValue().reversed()).toList();
    boolean clear = ranked.size() == 1 || ranked.size() > 1 && ranked.get(0).getValue() >= 2 * ranked.get(1).getValue();
    return ranked.isEmpty() || !clear || ranked.get(0).getValue() < minimum ? Optional.empty() : Optional.of(ranked.get(0).getKey());
  }
}
