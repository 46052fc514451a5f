package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Numbers labelling a list's items or a text's sections, wherever they stand (a contents list
 * run onto one line, a statute's section number after its sentence, "(1)" opening a paragraph,
 * "§ 12"), are no facts; days, counts and the same shapes that do not count up stay facts.
 */
class ItemNumbersTest {
  // words made up for this test: item titles with no digits in them
  private static final Map<Language, String[]> ITEMS = Map.of(
      Language.EN, new String[] {"Plimsoll levies", "The granary rolls", "Harbour dues",
          "Minting of coin", "The mill courts", "Roads and ferries"},
      Language.VI, new String[] {"Việc thuế muối", "Sổ kho lúa", "Thuế bến cảng",
          "Việc đúc bạc", "Các tòa cối xay", "Đường và đò"},
      Language.HE, new String[] {"מסי מלח", "פנקסי האסם", "דמי נמל", "טביעת מטבע",
          "בתי דין של הטחנה", "דרכים ומעבורות"},
      Language.fromCode("ru").orElseThrow(), new String[] {"Соляные сборы", "Книги амбара",
          "Портовые пошлины", "Чеканка монеты", "Мельничные суды", "Дороги и переправы"});

  @Test
  void aRunOfNumberedItemsOnOneLineIsNoFact() {
    Random r = new Random(13);
    for (Language lang : ITEMS.keySet()) {
      String[] items = ITEMS.get(lang);
      for (int n = 0; n < 60; n++) {
        int first = 1 + r.nextInt(6);
        int count = ItemNumbers.RUN + r.nextInt(12);
        StringBuilder text = new StringBuilder(items[r.nextInt(items.length)]);
        for (int k = 0; k < count; k++) {
          text.append(' ').append(first + k).append(". ").append(items[r.nextInt(items.length)]);
        }
        String line = text.toString();
        assertEquals("", Facts.describe(lang, line), lang + ": " + line);
        assertEquals("", Facts.describe(lang, line.replace(". ", ".\n")), lang + ": " + line);
      }
    }
  }

  @Test
  void twoNumberedItemsOpeningALineOrFollowingAColonAreNoFacts() {
    Random r = new Random(14);
    for (Language lang : ITEMS.keySet()) {
      String[] items = ITEMS.get(lang);
      for (int n = 0; n < 60; n++) {
        int first = 1 + r.nextInt(40);
        String pair = first + ". " + items[r.nextInt(items.length)] + " " + (first + 1) + ". "
            + items[r.nextInt(items.length)];
        String afterColon = items[r.nextInt(items.length)] + ": " + pair;
        String lineStart = items[r.nextInt(items.length)] + "\n" + pair;
        assertEquals("", Facts.describe(lang, afterColon), lang + ": " + afterColon);
        assertEquals("", Facts.describe(lang, lineStart), lang + ": " + lineStart);
      }
    }
  }

  @Test
  void twoCountsDifferingByOneInSentencesOrOnTwoLinesStayFacts() {
    for (int n = 2; n < 60; n++) {
      assertEquals("number:" + n + "=" + n, Facts.describe(Language.EN,
          "The fleet counted " + n + ". Then a storm sank the ships."));
      assertEquals("number:" + (n - 1) + "=" + (n - 1) + " | number:" + n + "=" + n,
          Facts.describe(Language.EN, "The guild had " + (n - 1) + ". Its rival had " + n
              + ". Both traded salt."));
      assertTrue(Facts.describe(Language.EN, "Contents: " + (n - 1) + ". Army\nThe fleet counted "
          + n + ". Then it sailed.").contains("number:" + n + "=" + n));
    }
  }

  @Test
  void labelsInBracketsCountingUpOrOpeningTheirLinesAreNoFacts() {
    Random r = new Random(5);
    for (Language lang : ITEMS.keySet()) {
      String[] items = ITEMS.get(lang);
      for (int n = 0; n < 40; n++) {
        int count = ItemNumbers.RUN + r.nextInt(6);
        StringBuilder inline = new StringBuilder(items[0]);
        StringBuilder lines = new StringBuilder(items[1]);
        for (int k = 1; k <= count; k++) {
          String item = items[r.nextInt(items.length)];
          inline.append(" (").append(k).append(") ").append(item).append(',');
          lines.append("\n(").append(k).append(") ").append(item);
        }
        assertEquals("", Facts.describe(lang, inline.toString()), inline.toString());
        assertEquals("", Facts.describe(lang, lines.toString()), lines.toString());
      }
    }
  }

  @Test
  void aSectionNumberStandingAfterItsSentenceIsNoFact() {
    assertEquals("", Facts.describe(Language.HE, "כל תושב רשאי לטחון בטחנה. 1.\nזכות הטחינה"));
    assertEquals("", Facts.describe(Language.EN,
        "Every miller may grind at the Plimsoll mill. 4.\nThe right to grind"));
    assertEquals("", Facts.describe(Language.VI, "Thuế muối bãi bỏ. 3. Lệ làng. Dân làng xay muối."));
  }

  @Test
  void aDesignatorOrTheSectionSignBeforeTheLabelMakesItALabel() {
    assertEquals("", Facts.describe(Language.HE, "בסוף פסקה (2) יבוא המלה \"או\"."));
    assertEquals("", Facts.describe(Language.EN, "Under § 12 of the Plimsoll act, millers paid."));
    assertEquals("", Facts.describe(Language.EN, "Under §§ 3–5 of the Plimsoll act, millers paid."));
    assertEquals("", Facts.describe(Language.EN, "The council amends § 41.17 of the mill rules."));
  }

  @Test
  void daysCountsAndNumbersThatDoNotCountUpStayFacts() {
    assertTrue(Facts.describe(Language.EN, "The mill burned on Dec. 7. The town rebuilt it.")
        .contains("date:"), "a month's abbreviation is no sentence end");
    assertEquals("number:12=12 | number:40=40 | number:75=75", Facts.describe(Language.EN,
        "The tally rose to 12. Later 40. Then 75."));
    assertEquals("number:2=2 | number:3=3", Facts.describe(Language.EN,
        "The Plimsoll guild had 2. Its rival had 3. Both traded salt."));
    assertTrue(Facts.describe(Language.EN, "The miller (1848) left.").contains("1848"));
  }

  @Test
  void aBracketBetweenParenthesesAmongLabelsIsNoLabel() {
    // "([)" beside "(1)" and "(2)": the bracket is read for citations, never as a number.
    for (Language lang : Language.values()) {
      String text = "The list (1) and ([) then (2) with ([) more (3) and the mill of 1848.";
      assertTrue(Facts.describe(lang, text).contains("1848"), lang + ": " + text);
    }
  }
}
