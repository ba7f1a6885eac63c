package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.TestFiles;

class BoilerplateTest {
  @Test
  void theSeedArticlesCaptionCreditAndDisclaimerAreBlankedItsStoryIsNot() throws Exception {
    String seed = Files.readString(TestFiles.seedArticle());
    String blanked = Boilerplate.blank(seed);
    assertEquals(seed.length(), blanked.length(), "offsets are kept");
    assertFalse(blanked.contains("JACK GUEZ"), "the photo credit is blanked");
    assertFalse(blanked.contains("Disclaimer"), "the disclaimer is blanked");
    assertFalse(blanked.contains("investment advice"));
    // The caption's teaser repeats the caption; the caption itself stays once.
    String caption = "Residents walk next to a building damaged by a rocket fired from Lebanon";
    assertEquals(1, count(blanked, caption), "the repeated caption text is blanked once");
    assertTrue(blanked.contains("The White House on Monday said Gaza ceasefire negotiations have not been derailed"));
    assertTrue(blanked.contains("U.S. Secretary of State Antony Blinken announced"), "the story stays");
    assertTrue(blanked.contains("Kirby said that Brett McGurk"));
  }

  @Test
  void aWrittenArticlesCaptionCreditTeaserAndDisclaimerAreBlankedItsStoryIsNot() {
    String caption = "Soldiers stand guard near a checkpoint damaged by a drone launched from the border area.";
    String story = "EU envoy Pieter Janssen said the two sides had agreed to meet again in March.";
    String article = "Talks between Armenia and Azerbaijan resumed in Geneva on Monday, the two foreign ministries said.\n\n"
        + caption + " Photo by JANE DOE/AFP via Getty Images\n\n"
        + "EU envoy Pieter Janssen said the two sides had agreed...\n\n"
        + story + "\n\n"
        + "Disclaimer: The views expressed in this article do not constitute investment advice.";
    String blanked = Boilerplate.blank(article);
    assertEquals(article.length(), blanked.length(), "offsets are kept");
    assertFalse(blanked.contains("JANE DOE"), "the photo credit is blanked");
    assertFalse(blanked.contains("Disclaimer"), "the disclaimer is blanked");
    assertFalse(blanked.contains("investment advice"));
    assertEquals(1, count(blanked, caption), "the caption's description stays: it states facts");
    assertEquals(1, count(blanked, "EU envoy Pieter Janssen said the two sides had agreed"),
        "the teaser cut short is blanked, the story's sentence stays once");
    assertTrue(blanked.contains("Talks between Armenia and Azerbaijan resumed in Geneva"), "the story stays");
    assertTrue(blanked.contains(story));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "By Jane Roe",
      "Reporting by Jane Roe; Editing by John Doe",
      "Read more: Talks resume in Cairo",
      "Related: Ceasefire holds",
      "Copyright 2024 The Associated Press. All rights reserved.",
      "\u00a9 2024 Example News",
      "Disclaimer: the views expressed are the author's own."})
  void wholeBoilerplateParagraphsAreBlanked(String paragraph) {
    String text = "Egypt said the talks went on.\n\n" + paragraph + "\n\nIsrael said so too.";
    String blanked = Boilerplate.blank(text);
    assertEquals("Egypt said the talks went on.\n\n" + " ".repeat(paragraph.length()) + "\n\nIsrael said so too.", blanked);
  }

  @Test
  void aParagraphPrintedTwiceCountsOnce() {
    String text = "Egypt mediated the talks.\n\nEgypt mediated the talks.";
    assertEquals("Egypt mediated the talks.\n\n" + " ".repeat(25), Boilerplate.blank(text));
  }

  @Test
  void storyTextIsLeftAlone() {
    String text = "\"We will respond...\" the minister said. By then the talks had ended.\n\nPhotographers gathered outside.";
    assertEquals(text, Boilerplate.blank(text));
  }

  @Test
  void creditsAtTheEndOfACaptionAreBlanked() {
    String text = "Smoke rises over Gaza City on Monday. REUTERS/Jane Roe";
    assertEquals("Smoke rises over Gaza City on Monday." + " ".repeat(" REUTERS/Jane Roe".length()), Boilerplate.blank(text));
  }
}
