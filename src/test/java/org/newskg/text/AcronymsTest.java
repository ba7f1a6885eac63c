package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcronymsTest {
  private static String[] words(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).split(" ");
  }

  @Test
  void anAcronymSpellsItsNameInOrderWithSmallWordsSkipped() {
    assertTrue(Acronyms.spells("ecowas", words("Economic Community of West African States")));
    assertTrue(Acronyms.spells("lurd", words("Liberians United for Reconciliation and Democracy")));
  }

  @Test
  void anAcronymOfTheNameInItsOwnLanguageHasTheInitialsInAnotherOrder() {
    assertTrue(Acronyms.spells("ora", words("Organisation of Armed Resistance")));
    assertTrue(Acronyms.spells("farc", words("Revolutionary Armed Forces of Colombia")));
  }

  @Test
  void otherLettersOrAnotherCountOfWordsSpellNothing() {
    assertFalse(Acronyms.spells("oar", words("Organisation of Armed Struggle")));
    assertFalse(Acronyms.spells("or", words("Organisation of Armed Resistance")));
    assertFalse(Acronyms.spells("ar", words("Resistance Army")));
  }
}
