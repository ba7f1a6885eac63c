package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NER repairs on tokens as the statistical NER leaves them, so that each repair is held to its
 * case whatever the model of the day tags. A token is written "word/TAG/NER".
 */
class NerRepairsTest {
  @Test
  void anUnknownNameWithAPostInAppositionIsAPerson() {
    List<CoreMap> sentences = sentences(
        "Late/RB/O on/IN/O Monday/NNP/DATE Oktay/NNP/O Demirel/NNP/O ,/,/O the/DT/O Turkish/JJ/NATIONALITY foreign/JJ/TITLE minister/NN/TITLE ,/,/O spoke/VBD/O ././O",
        "Molapo/NNP/O ,/,/O leader/NN/TITLE of/IN/O the/DT/O Convention/NNP/ORGANIZATION ,/,/O spoke/VBD/O ././O");
    NerRepairs.apposedPersons(sentences);
    assertEquals("O O DATE PERSON PERSON O O NATIONALITY TITLE TITLE O O O", ner(sentences.get(0)));
    assertEquals("PERSON O TITLE O O ORGANIZATION O O O", ner(sentences.get(1)));
  }

  @Test
  void aPlaceAfterAPrepositionAGroupAfterAnArticleOrAnOccupationMakesNoPerson() {
    List<CoreMap> sentences = sentences(
        "In/IN/O Kalo/NNP/O ,/,/O the/DT/O governor/NN/TITLE said/VBD/O ././O",
        "Batasuna/NNP/O ,/,/O the/DT/O banned/VBN/O party/NN/O ,/,/O said/VBD/O ././O",
        "Hamas/NNP/O ,/,/O officials/NNS/O said/VBD/O ,/,/O the/DT/O leader/NN/TITLE left/VBD/O ././O",
        "The/DT/O Wall/NNP/O Street/NNP/O Journal/NNP/O ,/,/O managing/VBG/TITLE editor/NN/TITLE ././O",
        "Stig/NNP/O Berg/NNP/O ,/,/O a/DT/O graphic/JJ/TITLE designer/NN/TITLE ,/,/O left/VBD/O ././O");
    NerRepairs.apposedPersons(sentences);
    assertEquals("O O O O TITLE O O", ner(sentences.get(0)));
    assertEquals("O O O O O O O O", ner(sentences.get(1)));
    assertEquals("O O O O O O TITLE O O", ner(sentences.get(2)));
    assertEquals("O O O O O TITLE TITLE O", ner(sentences.get(3)));
    assertEquals("O O O O TITLE TITLE O O O", ner(sentences.get(4)));
  }

  @Test
  void anAcronymTaggedAnOrganizationOnceIsOneWhereverItStandsUntagged() {
    List<CoreMap> sentences = sentences(
        "the/DT/O MNR/NNP/ORGANIZATION 's/POS/O president/NN/TITLE",
        "another/DT/O MNR/NNP/O leader/NN/TITLE ,/,/O Pablo/NNP/PERSON Soto/NNP/PERSON",
        "the/DT/O US/NNP/COUNTRY and/CC/O MNR/NNP/MISC");
    NerRepairs.repeatedAcronyms(sentences);
    assertEquals("O ORGANIZATION TITLE O PERSON PERSON", ner(sentences.get(1)));
    assertEquals("O COUNTRY O ORGANIZATION", ner(sentences.get(2)));
  }

  @Test
  void anAcronymInsideALongerNameLendsNothing() {
    List<CoreMap> sentences = sentences(
        "the/DT/O ANC/NNP/ORGANIZATION Youth/NNP/ORGANIZATION League/NNP/ORGANIZATION",
        "an/DT/O ANC/NNP/O official/NN/TITLE");
    NerRepairs.repeatedAcronyms(sentences);
    assertEquals("O O TITLE", ner(sentences.get(1)));
  }

  private static List<CoreMap> sentences(String... texts) {
    List<CoreMap> sentences = new ArrayList<>();
    for (String text : texts) {
      List<CoreLabel> tokens = new ArrayList<>();
      for (String token : text.split(" ")) {
        int last = token.lastIndexOf('/');
        int middle = token.lastIndexOf('/', last - 1);
        CoreLabel label = new CoreLabel();
        label.setWord(token.substring(0, middle));
        label.setValue(label.word());
        label.setTag(token.substring(middle + 1, last));
        label.setNER(token.substring(last + 1));
        tokens.add(label);
      }
      CoreMap sentence = new ArrayCoreMap();
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentences.add(sentence);
    }
    return sentences;
  }

  private static String ner(CoreMap sentence) {
    return String.join(" ", sentence.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::ner).toList());
  }
}
