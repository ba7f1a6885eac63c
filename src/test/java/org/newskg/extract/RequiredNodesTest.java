package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which token patterns a rule cannot match without, and the skipping that rests on it. */
class RequiredNodesTest {
  /** Tokens from "word/NER" pairs. */
  private static List<CoreLabel> tokens(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : text.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(pair.split("/")[0]);
      t.setValue(t.word());
      t.setNER(pair.split("/")[1]);
      tokens.add(t);
    }
    return tokens;
  }

  private static boolean mayMatch(TokenSequencePattern pattern, List<CoreLabel> tokens) {
    Map<NodePattern<CoreMap>, Boolean> seen = new IdentityHashMap<>();
    return RequiredNodes.present(RequiredNodes.of(pattern), tokens, seen);
  }

  @Test
  void optionalAndAlternativeTokensAreNotRequiredButTheSequencesOwnAre() {
    TokenSequencePattern pattern = TokenSequencePattern.compile(
        "/who/ /also/? (/heads/ | /leads/) [{ner:ORGANIZATION}]+ /,/* [{ner:PERSON}]");
    // who, one ORGANIZATION and the PERSON: "also", either verb and the commas may all be absent
    assertEquals(3, RequiredNodes.of(pattern).size(), RequiredNodes.of(pattern).toString());
    assertTrue(mayMatch(pattern, tokens("who/O leads/O Fatah/ORGANIZATION Ali/PERSON")));
    assertTrue(mayMatch(pattern, tokens("Ali/PERSON Fatah/ORGANIZATION ,/O who/O")), "order is the matcher's business");
    assertFalse(mayMatch(pattern, tokens("leads/O Fatah/ORGANIZATION Ali/PERSON")));
    assertFalse(mayMatch(pattern, tokens("who/O leads/O Ali/PERSON")));
  }

  @Test
  void everyTitleRuleThatMatchesASentenceHasItsRequiredTokensThere() {
    // The skip must never lose a match: wherever a rule matches one of these sentences of many
    // shapes, its required tokens are there.
    List<List<CoreLabel>> sentences = List.of(
        tokens("Foreign/TITLE Minister/TITLE Ali/PERSON Hassan/PERSON said/O ./O"),
        tokens("Ali/PERSON ,/O the/O leader/TITLE of/O Fatah/ORGANIZATION ,/O said/O"),
        tokens("Ali/PERSON and/O Omar/PERSON ,/O ministers/TITLE of/O Egypt/COUNTRY and/O Jordan/COUNTRY respectively/O"),
        tokens("Ali/PERSON ,/O who/O heads/O Fatah/ORGANIZATION ,/O spoke/O"));
    List<TokenRules.Rule> rules = TokenRules.load("/org/newskg/extract/titles.rules", TitleExtractor.macros(PostWords.load()));
    int matched = 0;
    for (TokenRules.Rule rule : rules) {
      for (List<CoreLabel> sentence : sentences) {
        boolean matches = rule.pattern().getMatcher(sentence).find();
        matched += matches ? 1 : 0;
        assertTrue(!matches || rule.mayMatch(sentence, new IdentityHashMap<>()), rule.id());
      }
    }
    assertTrue(matched >= sentences.size(), "the sentences exercise the rules: " + matched);
    assertEquals(rules.size(), rules.stream().filter(r -> !r.required().isEmpty()).count(),
        "every rule requires at least its person");
  }
}
