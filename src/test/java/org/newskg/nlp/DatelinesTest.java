package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CAIRO, May 21, 2021 - A ceasefire took hold.|A ceasefire took hold.",
      "VIENNA - Iran and six world powers reached a deal.|Iran and six world powers reached a deal.",
      "TEL AVIV, Oct. 7 \u2014 Sirens sounded.|Sirens sounded.",
      "GAZA CITY (Reuters) - Strikes hit the city.|Strikes hit the city.",
      "Kyiv, March 3 - Russia attacked.|Russia attacked.",
      "Iran - the country said - would respond.|Iran - the country said - would respond.",
      "He said - and meant it - that talks would go on.|He said - and meant it - that talks would go on.",
  })
  void blanksTheDatelineAndKeepsEveryOffset(String text, String firstSentence) {
    String blanked = Datelines.blank(text);
    assertEquals(text.length(), blanked.length());
    assertEquals(firstSentence, blanked.strip());
  }

  @Test
  void findsDatelinesAtEveryParagraphStart() {
    assertEquals("First paragraph.\n         Second one.", Datelines.blank("First paragraph.\nBEIRUT - Second one."));
  }
}
