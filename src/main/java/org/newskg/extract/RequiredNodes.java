package org.newskg.extract;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The token patterns every match of a TokensRegex pattern must use: the states of its automaton
 * that no path to a match avoids. A sentence with no token for one of them cannot match, so the
 * rule is skipped there: starting a matcher costs about as much as most rules' whole search, and
 * most rules need a word most sentences lack ("respectively", "appointed", "whose").
 *
 * <p>The automaton is not public API, so it is read by reflection; where that fails (another
 * CoreNLP version), no node is required and every rule runs, as before.
 */
final class RequiredNodes {
  private static final Automaton AUTOMATON = Automaton.find();

  private RequiredNodes() {}

  /** The required token patterns of a compiled pattern; empty where they cannot be read. */
  static List<NodePattern<CoreMap>> of(SequencePattern<CoreMap> pattern) {
    return AUTOMATON == null ? List.of() : AUTOMATON.required(pattern);
  }

  /**
   * Whether every required pattern matches some token, each node's answer remembered in {@code
   * seen} for the other rules tried on the same tokens.
   */
  static boolean present(List<NodePattern<CoreMap>> required, List<? extends CoreMap> tokens,
      Map<NodePattern<CoreMap>, Boolean> seen) {
    for (NodePattern<CoreMap> node : required) {
      if (!seen.computeIfAbsent(node, n -> tokens.stream().anyMatch(n::match))) {
        return false;
      }
    }
    return true;
  }

  /** The package-private fields of CoreNLP's automaton, found once. */
  private record Automaton(Field root, Field next, Class<?> nodeState, Field nodePattern, Object match) {
    static Automaton find() {
      try {
        String outer = SequencePattern.class.getName();
        Class<?> state = Class.forName(outer + "$State");
        Class<?> nodeState = Class.forName(outer + "$NodePatternState");
        Field matchState = SequencePattern.class.getDeclaredField("MATCH_STATE");
        Field root = SequencePattern.class.getDeclaredField("root");
        Field next = state.getDeclaredField("next");
        Field pattern = nodeState.getDeclaredField("pattern");
        for (Field f : List.of(matchState, root, next, pattern)) {
          f.setAccessible(true);
        }
        return new Automaton(root, next, nodeState, pattern, matchState.get(null));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    @SuppressWarnings("unchecked")
    List<NodePattern<CoreMap>> required(SequencePattern<CoreMap> pattern) {
      try {
        Object start = root.get(pattern);
        List<NodePattern<CoreMap>> required = new ArrayList<>();
        for (Object state : reachable(start, null)) {
          if (nodeState.isInstance(state) && !reachable(start, state).contains(match)) {
            required.add((NodePattern<CoreMap>) nodePattern.get(state));
          }
        }
        return List.copyOf(required);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return List.of();
      }
    }

    /** The states reachable from {@code start} without passing through {@code avoided}. */
    private Set<Object> reachable(Object start, Object avoided) throws IllegalAccessException {
      Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      Deque<Object> todo = new ArrayDeque<>(List.of(start));
      seen.add(start);
      while (!todo.isEmpty()) {
        Object state = todo.pop();
        Set<?> successors = (Set<?>) next.get(state);
        if (successors == null) {
          continue;
        }
        for (Object s : successors) {
          if (s != avoided && seen.add(s)) {
            todo.push(s);
          }
        }
      }
      return seen;
    }
  }
}
