package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The NER repairs on tokens as the statistical NER leaves them, so that each repair is held to its
 * case whatever the model of the day tags. A token is written "word/TAG/NER", and "word/TAG/NER>NEW"
 * where the repair must retag it; one string is one sentence of the article.
 */
class NerRepairsTest {
  @Test
  void anUnknownNameWithAPostInAppositionIsAPerson() {
    assertRepairs(NerRepairs::apposedPersons,
        "Late/RB/O on/IN/O Monday/NNP/DATE Oktay/NNP/O>PERSON Demirel/NNP/O>PERSON ,/,/O the/DT/O Turkish/JJ/NATIONALITY foreign/JJ/TITLE minister/NN/TITLE ,/,/O spoke/VBD/O ././O",
        "Molapo/NNP/O>PERSON ,/,/O leader/NN/TITLE of/IN/O the/DT/O Convention/NNP/ORGANIZATION ,/,/O spoke/VBD/O ././O");
  }

  @Test
  void aPlaceAfterAPrepositionAGroupAfterAnArticleOrAnOccupationMakesNoPerson() {
    assertRepairs(NerRepairs::apposedPersons,
        "In/IN/O Kalo/NNP/O ,/,/O the/DT/O governor/NN/TITLE said/VBD/O ././O",
        "Batasuna/NNP/O ,/,/O the/DT/O banned/VBN/O party/NN/O ,/,/O said/VBD/O ././O",
        "Hamas/NNP/O ,/,/O officials/NNS/O said/VBD/O ,/,/O the/DT/O leader/NN/TITLE left/VBD/O ././O",
        "The/DT/O Wall/NNP/O Street/NNP/O Journal/NNP/O ,/,/O managing/VBG/TITLE editor/NN/TITLE ././O",
        "Stig/NNP/O Berg/NNP/O ,/,/O a/DT/O graphic/JJ/TITLE designer/NN/TITLE ,/,/O left/VBD/O ././O");
  }

  @Test
  void anAcronymTaggedAnOrganizationOnceIsOneWhereverItStandsUntagged() {
    assertRepairs(NerRepairs::repeatedAcronyms,
        "the/DT/O MNR/NNP/ORGANIZATION 's/POS/O president/NN/TITLE",
        "another/DT/O MNR/NNP/O>ORGANIZATION leader/NN/TITLE ,/,/O Pablo/NNP/PERSON Soto/NNP/PERSON",
        "the/DT/O US/NNP/COUNTRY and/CC/O MNR/NNP/MISC>ORGANIZATION");
  }

  @Test
  void anAcronymInsideALongerNameLendsNothing() {
    assertRepairs(NerRepairs::repeatedAcronyms,
        "the/DT/O ANC/NNP/ORGANIZATION Youth/NNP/ORGANIZATION League/NNP/ORGANIZATION",
        "an/DT/O ANC/NNP/O official/NN/TITLE");
  }

  @Test
  void aGroupNamedForACauseIsOneOrganizationToItsLastCapitalizedWord() {
    assertRepairs(NerRepairs::groupsForCauses,
        "the/DT/O Front/NNP/O>ORGANIZATION for/IN/O>ORGANIZATION Change/NNP/O>ORGANIZATION and/CC/O>ORGANIZATION Unity/NNP/ORGANIZATION in/IN/O>ORGANIZATION Tarvia/NNP/COUNTRY>ORGANIZATION said/VBD/O",
        "the/DT/O Movement/NNP/ORGANIZATION for/IN/ORGANIZATION the/DT/O>ORGANIZATION Emancipation/NNP/ORGANIZATION of/IN/O>ORGANIZATION the/DT/O>ORGANIZATION Kesh/NNP/LOCATION>ORGANIZATION Delta/NNP/LOCATION>ORGANIZATION ,/,/O a/DT/O group/NN/O",
        "the/DT/O party/NN/O for/IN/O Change/NNP/O",
        "the/DT/O Front/NNP/O for/IN/O peace/NN/O");
  }

  @Test
  void whatAPostIsOfTheIsABodyThereAndWhereverTheArticleNamesIt() {
    assertRepairs(NerRepairs::headedBodies,
        "Holt/NNP/PERSON ,/,/O the/DT/O leader/NN/TITLE of/IN/O the/DT/O Silver/NN/MISC>ORGANIZATION Davidians/NNPS/MISC>ORGANIZATION",
        "the/DT/O Silver/NN/MISC>ORGANIZATION Davidians/NNPS/MISC>ORGANIZATION refused/VBD/O",
        "the/DT/O secretary-general/NN/TITLE of/IN/O the/DT/O Islamic/NNP/RELIGION>ORGANIZATION Assembly/NNP/O>ORGANIZATION ,/,/O Ali/NNP/PERSON",
        "Dano/NNP/PERSON ,/,/O chairman/NN/TITLE of/IN/O the/DT/O SPLA-S/NN/MISC>ORGANIZATION ,/,/O said/VBD/O");
  }

  @Test
  void aPostOfOneCommonWordOfANamedStateOrOfANameQualifyingANounNamesNoBody() {
    assertRepairs(NerRepairs::headedBodies,
        "the/DT/O President/NNP/TITLE of/IN/O the/DT/O Republic/NNP/O ,/,/O Carlos/NNP/PERSON Mendes/NNP/PERSON",
        "the/DT/O Minister/NNP/TITLE of/IN/O the/DT/O Interior/NNP/O",
        "the/DT/O president/NN/TITLE of/IN/O the/DT/O United/NNP/COUNTRY States/NNPS/COUNTRY",
        "a/DT/O spokesman/NN/TITLE of/IN/O Foreign/NNP/O Affairs/NNP/O",
        "the/DT/O commander/NN/TITLE of/IN/O the/DT/O Sentinel/NNP/O Shield/NNP/O mission/NN/O of/IN/O NATO/NNP/ORGANIZATION");
  }

  /** Runs the repair over the sentences and compares every token's tag with the one written for it. */
  private static void assertRepairs(Predicate<List<CoreMap>> repair, String... texts) {
    List<CoreMap> sentences = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String text : texts) {
      List<CoreLabel> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String token : text.split(" ")) {
        int last = token.lastIndexOf('/');
        int middle = token.lastIndexOf('/', last - 1);
        String[] ner = token.substring(last + 1).split(">");
        CoreLabel label = new CoreLabel();
        label.setWord(token.substring(0, middle));
        label.setValue(label.word());
        label.setTag(token.substring(middle + 1, last));
        label.setNER(ner[0]);
        tokens.add(label);
        tags.add(ner[ner.length - 1]);
      }
      CoreMap sentence = new ArrayCoreMap();
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentences.add(sentence);
      expected.add(String.join(" ", tags));
    }
    repair.test(sentences);
    List<String> actual = sentences.stream()
        .map(s -> String.join(" ", s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::ner).toList()))
        .toList();
    assertEquals(expected, actual);
  }
}
