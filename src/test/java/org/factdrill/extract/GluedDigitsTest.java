package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Digits glued to a word, a file name or an apostrophe are part of a name or a note mark, never a
 * figure: generated words of each language's letters with a note mark or user-name digits glued
 * to them, inside sentences that hold a real figure; file names with a number; two-digit years
 * cut short by an apostrophe. A number after the prefix letters or a lead word of the language
 * stays a figure.
 */
class GluedDigitsTest {
  private static final int CASES = 300;

  private static String word(Random rnd, Language lang) {
    String letters = lang.code().equals("he") ? "אבגדזחטיכלמנסעפצקרשת"
        : lang.code().equals("ru") ? "абвгдежзиклмнопрстуф" : "bcdfghklmnprstvaeiou";
    Lexicon lex = Lexicon.of(lang);
    for (;;) {
      StringBuilder b = new StringBuilder();
      for (int k = 3 + rnd.nextInt(5); k > 0; k--) {
        b.append(letters.charAt(rnd.nextInt(letters.length())));
      }
      String w = b.toString();
      Toks t = Tokenizer.toks(w);
      if (lex.number(w) == null && lex.month(w) <= 0 && !lex.trigger(t, 0)
          && !lex.isPrefixOnly(w) && !lex.designator(t, 0)) {
        return w;
      }
    }
  }

  @Test
  void digitsGluedToTheEndOfAWordAreNoFigure() {
    Random rnd = new Random(919);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Language lang : Language.values()) {
      for (int n = 0; n < CASES; n++) {
        int mark = 1 + rnd.nextInt(rnd.nextBoolean() ? 9 : 999);
        String w = word(rnd, lang);
        String end = rnd.nextBoolean() ? " " + word(rnd, lang) + " " : ". ";
        String text = word(rnd, lang) + " " + w + mark + end + word(rnd, lang) + " 1750 "
            + word(rnd, lang) + ".";
        String got = Facts.describe(lang, text);
        checked++;
        if (got.contains(":" + mark + "=") || !got.contains("1750")) {
          failures.add(lang.code() + ": " + text + " -> " + got);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + "/" + checked + " e.g. "
        + failures.subList(0, Math.min(5, failures.size())));
  }

  @Test
  void aNumberAfterPrefixLettersOrALeadWordStaysAFigure() {
    assertEquals("date:ב1948=\"1948\"", Facts.describe(Language.HE, "המדינה קמה ב1948."));
    assertTrue(Facts.describe(Language.HE, "נהרגו כ300 איש.").contains("300"));
    assertTrue(Facts.describe(Language.VI, "Có khoảng300 người.").contains("300"));
  }

  @Test
  void aLabelGluedToADayLeavesTheDate() {
    assertTrue(Facts.describe(Language.EN, "Signed7 May 1945").contains("1945-05-07"));
  }

  @Test
  void aNumberInsideAFileNameIsNoFigure() {
    assertEquals("", Facts.describe(Language.HE, "[[קובץ:Old town map (3).png|300px]]")
        .replaceAll("[^|]*300[^|]*", "").replace(" | ", "").strip());
    assertTrue(!Facts.describe(Language.EN, "See map_3.png for the 12 towns.").contains(":3="));
  }

  @Test
  void aYearCutToTwoDigitsByAnApostropheIsNoCount() {
    assertTrue(!Facts.describe(Language.HE, "הוא נודע כמבצע 82' בפי החיילים.").contains(":73"));
  }

  @Test
  void aLineNumberOfADiffPageIsALabel() {
    assertEquals("", Facts.describe(Language.HE, "שורה 5:\nטקסט"));
  }
}
