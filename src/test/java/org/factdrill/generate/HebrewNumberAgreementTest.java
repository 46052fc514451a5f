package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hebrew number words agree in gender with the counted noun; a word written alike in both genders
 * ("שמונה") takes the noun's gender, and some plurals carry the other gender's ending ("שנים",
 * "ערים" are feminine, "מחנות", "דורות" masculine). Every text here is made up.
 */
class HebrewNumberAgreementTest {
  private static final BigDecimal EIGHT = BigDecimal.valueOf(8);
  private final NumberWords words = new NumberWords();

  @Test
  void aNounWithAMisleadingEndingTakesItsOwnGender() {
    Language he = Language.HE;
    assertEquals("שבע", words.render(he, "שמונה", EIGHT, BigDecimal.valueOf(7), "שנים"));
    assertEquals("חמש", words.render(he, "שמונה", EIGHT, BigDecimal.valueOf(5), "ערים"));
    assertEquals("שלוש", words.render(he, "שמונה", EIGHT, BigDecimal.valueOf(3), "פעמים"));
    assertEquals("תשעה", words.render(he, "שמונה", EIGHT, BigDecimal.valueOf(9), "מחנות"));
    assertEquals("ארבעה", words.render(he, "שמונה", EIGHT, BigDecimal.valueOf(4), "דורות"));
    // The endings rule still decides the nouns the list does not name.
    assertEquals("שבעה", words.render(he, "שמונה", EIGHT, BigDecimal.valueOf(7), "מגדלים"));
    assertEquals("שבע", words.render(he, "שמונה", EIGHT, BigDecimal.valueOf(7), "אוניות"));
    assertNull(words.render(he, "שמונה", EIGHT, BigDecimal.valueOf(7), "צבא"), "gender unknown");
  }

  @Test
  void everyListedNounDecidesTheFormOfAWordAlikeInBothGenders() {
    NounGender g = new NounGender();
    for (String line : LangWords.lines(Language.HE, "noun-gender")) {
      String[] p = line.split("\t");
      String seven = words.render(Language.HE, "שמונה", EIGHT, BigDecimal.valueOf(7), p[0]);
      assertEquals(p[1].equals("f") ? "שבע" : "שבעה", seven, p[0]);
      assertEquals(p[1], g.of(Language.HE, p[0]));
    }
  }

  @Test
  void optionsAndFalseStatementsAgreeWithTheCountedNoun(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", """
        המרד הגדול

        בימי המרד הגדול נחרבו שמונה ערים בצפון הממלכה ועוד כפרים רבים באזור ההרים.

        בראשית המרד הגדול הקים הצבא שמונה מחנות לאורך הגבול הצפוני של הממלכה.
        """);
    Set<String> feminine = Set.of("שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "תשע", "עשר");
    Set<String> masculine = Set.of("שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "תשעה",
        "עשרה");
    int checked = 0;
    for (Question q : r.bank().questions()) {
      if (q.type() == org.factdrill.bank.QuestionType.CLOZE) {
        continue;
      }
      boolean cities = q.prompt().contains("ערים");
      Set<String> wrong = cities ? masculine : feminine;
      List<String> shown = q instanceof Question.Choice c ? c.options()
          : List.of(q.prompt().split("\\s+"));
      for (String o : shown) {
        assertFalse(wrong.contains(o), o + " in " + q.prompt());
      }
      checked++;
    }
    assertTrue(checked >= 4, r.report().format(r.bank()));
  }
}
