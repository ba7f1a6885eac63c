package org.newskg.text;

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
      "LIMA, Peru, May 5 - Talks resumed.|Talks resumed.",
      "HILO, New Zealand, March 3, 1990 - Rain fell.|Rain fell.",
      "Chile, Peru - the two sides met.|Chile, Peru - the two sides met.",
      "Iran - the country said - would respond.|Iran - the country said - would respond.",
      "He said - and meant it - that talks would go on.|He said - and meant it - that talks would go on.",
  })
  void blanksTheDatelineAndKeepsEveryOffset(String text, String firstSentence) {
    String blanked = Datelines.blank(text);
    assertEquals(text.length(), blanked.length());
    assertEquals(firstSentence, blanked.strip());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CAIRO, May 21, 2021 - A ceasefire took hold.|2021-05-21",
      "TEL AVIV, Oct. 7, 2023 \u2014 Sirens sounded.|2023-10-07",
      "KYIV, Sept. 3, 2022 - Russia attacked.|2022-09-03",
      "HILO, New Zealand, March 3, 1990 - Rain fell.|1990-03-03",
      "TEL AVIV, Oct. 7 \u2014 Sirens sounded.|",
      "VIENNA - Iran and six world powers reached a deal.|",
      "On May 21, 2021 - the truce held.|"})
  void aDatelineWithItsYearDatesTheArticle(String text, String date) {
    assertEquals(java.util.Optional.ofNullable(date).map(java.time.LocalDate::parse), Datelines.date(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CAIRO, May 21, 2021 - A ceasefire took hold.|CAIRO",
      "LIMA, Peru, May 5 - Talks resumed.|LIMA;Peru",
      "GAZA CITY (Reuters) - Strikes hit the city.|GAZA CITY",
      "TEL AVIV, Oct. 7 \u2014 Sirens sounded.|TEL AVIV",
      "Kyiv, March 3 - Russia attacked.|Kyiv",
      "A roundup of the day.\\n\\nBEIRUT - Strikes hit the city.|",
      "He said - and meant it - that talks would go on.|"})
  void theOpeningDatelineGivesThePlaceWordsOnly(String text, String place) {
    assertEquals(place == null ? java.util.List.of() : java.util.List.of(place.split(";")), Datelines.openingPlace(text.replace("\\n", "\n")));
  }

  @Test
  void findsDatelinesAtEveryParagraphStart() {
    assertEquals("First paragraph.\n         Second one.", Datelines.blank("First paragraph.\nBEIRUT - Second one."));
  }
}
