package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Years recognised by what is around them (issue 19 item 4), on generated cases: fiscal years in
 * each language's wording are years; in Hebrew a year-like number before a definite noun is a
 * year, before the same noun without the article a count.
 */
class YearsInContextTest {
  private static String only(Language lang, String text) {
    List<Fact> facts = Facts.of(lang, text);
    assertEquals(1, facts.size(), lang.code() + ": " + text + " -> " + facts);
    Fact f = facts.get(0);
    return f.kind().json() + ":" + ValueJson.node(f.value()).asText();
  }

  @Test
  void fiscalYearsAreYears() {
    Random rnd = new Random(501);
    String[][] forms = {
        {"en", "The budget for FY%d grew.", "The FY %d budget grew.",
            "In fiscal year %d the budget grew.", "Spending in the %d fiscal year grew."},
        {"vi", "Trong năm tài chính %d ngân sách tăng.", "Ngân sách năm tài chính %d tăng."},
        {"he", "בשנת הכספים %d גדל התקציב.", "התקציב לשנת הכספים %d גדל."}};
    for (String[] f : forms) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      for (int n = 0; n < 600; n++) {
        int y = 1900 + rnd.nextInt(200);
        String text = String.format(f[1 + rnd.nextInt(f.length - 1)], y);
        assertEquals("date:" + y, only(lang, text), text);
      }
    }
    for (int n = 0; n < 300; n++) {
      int y = 1900 + rnd.nextInt(199);
      String text = String.format("The FY%d\u2013%02d budget grew.", y, (y + 1) % 100);
      assertEquals("date:" + y + "/" + (y + 1), only(Language.EN, text), text);
    }
  }

  @Test
  void hebrewYearBeforeADefiniteNounIsAYear() {
    Random rnd = new Random(502);
    Language he = Language.fromCode("he").orElseThrow();
    List<String> nouns = new ArrayList<>(he.pack().words("count-nouns"));
    nouns.removeIf(w -> w.length() < 3 || w.startsWith("ה") || w.contains("\"")
        || Lexicon.of(he).number(w) != null);
    Collections.sort(nouns);
    for (int n = 0; n < 1000; n++) {
      String noun = nouns.get(rnd.nextInt(nouns.size()));
      int y = 1000 + rnd.nextInt(1101);
      assertEquals("date:" + y, only(he, "לפי הדיווח " + y + " ה" + noun + " יצאו."), noun);
      if (noun.endsWith("ים")) {
        assertEquals("number:" + y, only(he, "לפי הדיווח " + y + " " + noun + " יצאו."), noun);
      }
    }
  }
}
