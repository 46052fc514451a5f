package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** "nine of the thirteen delegates": the part of a whole the sentence states is a count. */
class PartOfStatedWholeTest {
  private static final String[] WORDS = {"", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty"};
  private static final String[] LINKS = {"of the", "out of", "of its", "of their"};
  private static final String[] NOUNS = {"judges", "ships", "towns", "envoys"};

  @Test
  void everyPartOfAWholeInWordsOrDigitsIsACount() {
    for (int whole = 3; whole <= 20; whole++) {
      for (int part = 2; part < whole; part++) {
        String link = LINKS[(part + whole) % LINKS.length];
        String noun = NOUNS[part % NOUNS.length];
        String w = whole % 2 == 0 ? WORDS[whole] : String.valueOf(whole);
        String s = "By the spring, " + WORDS[part] + " " + link + " " + w + " " + noun
            + " had accepted the terms.";
        String d = Facts.describe(Language.EN, s);
        assertTrue(d.startsWith("number:" + WORDS[part] + "=" + part), s + " -> " + d);
      }
    }
  }

  @Test
  void oneOfTheWholeAndPartsWithoutAWholeStayDeterminers() {
    assertTrue(!Facts.describe(Language.EN, "Only one of the fifteen envoys returned home.")
        .contains("number:one="));
    assertTrue(Facts.describe(Language.EN, "Two of them sailed north.").isEmpty());
    assertTrue(Facts.describe(Language.EN, "Three of the envoys sailed north.").isEmpty());
  }
}
