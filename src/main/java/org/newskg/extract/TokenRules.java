package org.newskg.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.lexicon.DataFiles;

/**
 * A file of TokensRegex rules: {@code $MACRO = pattern} lines define macros, {@code rule ID
 * CONFIDENCE = pattern} lines define rules, compiled once in file order.
 */
final class TokenRules {
  /**
   * One compiled rule; its id travels with the facts it produces. {@code required} are the token
   * patterns each of its matches uses (see {@link RequiredNodes}).
   */
  record Rule(String id, double confidence, TokenSequencePattern pattern, String source,
      List<NodePattern<CoreMap>> required) {
    Rule(String id, double confidence, TokenSequencePattern pattern, String source) {
      this(id, confidence, pattern, source, RequiredNodes.of(pattern));
    }

    /**
     * Whether the rule can match these tokens at all; {@code seen} remembers each token pattern's
     * answer for the other rules tried on the same tokens.
     */
    boolean mayMatch(List<? extends CoreMap> tokens, Map<NodePattern<CoreMap>, Boolean> seen) {
      return RequiredNodes.present(required, tokens, seen);
    }
  }

  /**
   * The class of the actor a token belongs to ("ORGANIZATION", "COUNTRY"), set on copies of a
   * sentence's tokens: resolution knows actors the NER does not tag ("the Saudi-led coalition").
   */
  static final class ActorTypeAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  private static final Pattern MACRO = Pattern.compile("(\\$[A-Z_]+)\\s*=\\s*(.+)");
  private static final Pattern RULE = Pattern.compile("rule\\s+(\\S+)\\s+([0-9.]+)\\s*=\\s*(.+)");

  private TokenRules() {}

  static List<Rule> load(String resource) {
    return load(resource, Map.of());
  }

  /**
   * Loads a rules file whose patterns may use macros defined outside it, from word lists kept
   * elsewhere: name ("$DEPARTMENT") to pattern.
   */
  static List<Rule> load(String resource, Map<String, String> macros) {
    Env env = TokenSequencePattern.getNewEnv();
    // "{actor:/ORGANIZATION/}": the class of the resolved actor a token's mention refers to
    env.bind("actor", ActorTypeAnnotation.class);
    macros.forEach((name, pattern) -> env.bind(name, TokenSequencePattern.compile(env, pattern)));
    List<Rule> rules = new ArrayList<>();
    for (String line : DataFiles.lines(resource)) {
      Matcher macro = MACRO.matcher(line.strip());
      Matcher rule = RULE.matcher(line.strip());
      try {
        if (macro.matches()) {
          env.bind(macro.group(1), TokenSequencePattern.compile(env, macro.group(2)));
        } else if (rule.matches()) {
          rules.add(new Rule(rule.group(1), Double.parseDouble(rule.group(2)),
              TokenSequencePattern.compile(env, rule.group(3)), rule.group(3)));
        } else {
          throw new IllegalStateException("neither a macro nor a rule");
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException(resource + ": bad line '" + line.strip() + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(rules);
  }
}
