package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.study.NumberParser;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The word categories the generator reads from the packs (words.tsv) instead of code: each
 * loads, works for every word of every language that declares it, and a word no pack declares
 * (a made-up one) does nothing, as in a language without the category.
 */
class PackWordCategoriesTest {
  private static final char HOLE = PromptBuilder.HOLE;
  /** A word no pack declares in any category: stands for "a language with none". */
  private static final String NONE = "zorblat";

  private static Set<String> all(String category) {
    Set<String> w = LanguagePacks.allWords(category);
    assertFalse(w.isEmpty(), category + " is declared by some pack");
    return w;
  }

  @Test
  void theCategoriesLoadInTheLanguagesThatDeclareThem() {
    for (String c : List.of("bound-words", "date-lead-words", "period-lead-words",
        "page-abbreviations", "bracket-notes", "typed-scale-suffixes")) {
      for (String code : List.of("en", "vi", "he")) {
        if (c.equals("typed-scale-suffixes") && code.equals("he")) {
          continue;
        }
        assertFalse(LanguagePacks.of(code).words(c).isEmpty(), code + " " + c);
      }
      assertTrue(LanguagePacks.of("ru").words(c).isEmpty(), "ru declares no " + c);
    }
    assertEquals(Set.of("שנת", "שנות ה", "מאה ה"), LanguagePacks.of("he").words("year-construct-words"));
    assertEquals(Set.of("ב", "ל"), LanguagePacks.of("he").words("day-month-prefixes"));
  }

  @Test
  void rangeConnectorsAndPercentWordsGiveTheOtherEndAway() {
    for (String w : all("range-connectors")) {
      assertTrue(Giveaways.RANGE_BEFORE.matcher("from 15 " + w + " ").find(), w);
      assertTrue(Giveaways.RANGE_AFTER.matcher(" " + w + " 20").find(), w);
    }
    for (String p : all("range-connector-prefixes")) {
      assertTrue(Giveaways.RANGE_AFTER.matcher(" " + p + "-20").find(), p);
    }
    for (String w : all("percent")) {
      assertTrue(Giveaways.RANGE_AFTER.matcher(" " + w + " to 20").find(), w);
    }
    assertFalse(Giveaways.RANGE_BEFORE.matcher("15 " + NONE + " ").find());
    assertFalse(Giveaways.RANGE_AFTER.matcher(" " + NONE + " 20").find());
  }

  @Test
  void listConjunctionsSplitAList() {
    for (String w : all("list-and")) {
      assertEquals(3, Giveaways.LIST_SPLIT.split("Alpa, Brel " + w + " Cor").length, w);
    }
    for (String p : all("list-and-prefixes")) {
      assertEquals(3, Giveaways.LIST_SPLIT.split("Alpa, Brel " + p + "Cor").length, p);
    }
    assertEquals(2, Giveaways.LIST_SPLIT.split("Alpa, Brel " + NONE + " Cor").length);
  }

  @Test
  void boundWordsMakeADateABound() {
    for (String w : all("bound-words")) {
      assertTrue(Timeline.BOUND.matcher("it lasted " + w + " ").find(), w);
    }
    for (String p : all("bound-prefixes")) {
      assertTrue(Timeline.BOUND.matcher("it lasted " + p + "-").find(), p);
    }
    assertFalse(Timeline.BOUND.matcher("it lasted " + NONE + " ").find());
  }

  @Test
  void wordsIntroducingADateGoWithIt() {
    for (String w : all("date-lead-words")) {
      assertEquals("Troops landed near the coast",
          Timeline.withoutDate("Troops landed " + w + " " + HOLE + " near the coast"), w);
    }
    for (String w : all("date-lead-numbered")) {
      assertEquals("Troops landed x",
          Timeline.withoutDate("Troops landed " + w + " 5 " + HOLE + " x"), w);
    }
    for (String p : all("date-lead-prefixes")) {
      assertEquals("Troops landed x",
          Timeline.withoutDate("Troops landed " + p + "-" + HOLE + " x"), p);
    }
    for (LanguagePack pack : LanguagePacks.all()) {
      for (String m : pack.monthNames().isEmpty() ? List.<String>of() : pack.monthNames().get(0)) {
        assertEquals("Troops landed x",
            Timeline.withoutDate("Troops landed " + m + " " + HOLE + " x"), pack + " " + m);
      }
    }
    assertEquals("Troops landed " + NONE + " x",
        Timeline.withoutDate("Troops landed " + NONE + " " + HOLE + " x"));
  }

  @Test
  void periodOpenersStayOutOfTheEvent() {
    for (String w : all("period-lead-words")) {
      assertTrue(ChronologyItems.OPENER.matcher("the war " + w + " ").find(), w);
    }
    for (String p : all("period-lead-prefixes")) {
      assertTrue(ChronologyItems.OPENER.matcher("the war " + p + "-").find(), p);
    }
    assertFalse(ChronologyItems.OPENER.matcher("the war " + NONE + " ").find());
  }

  @Test
  void citationWordsMarkACitedWork() {
    for (String w : all("page-abbreviations")) {
      assertTrue(Stem.CITE_AFTER.matcher(", " + w + ". 45)").find(), w);
    }
    for (String w : all("author-others")) {
      assertTrue(Stem.CITE_BEFORE.matcher("Karvel " + w + ". (").find(), w);
    }
    for (String w : all("author-joins")) {
      assertTrue(Stem.CITE_BEFORE.matcher("(Karvel " + w + " Dorin, ").find(), w);
    }
    assertFalse(Stem.CITE_AFTER.matcher(", " + NONE + ". 45)").find());
    for (String w : all("bracket-notes")) {
      assertEquals("It fell in 1990.", PromptBuilder.clean("It fell in 1990.[" + w + "]"), w);
    }
    for (String w : all("numbered-notes")) {
      assertEquals("It fell in 1990.", PromptBuilder.clean("It fell in 1990.[" + w + " 1234]"), w);
    }
    assertEquals("It fell in 1990.[" + NONE + " " + NONE + "]",
        PromptBuilder.clean("It fell in 1990.[" + NONE + " " + NONE + "]"));
  }

  @Test
  void aNumberBesideAMonthOrDayWordIsNoCount() {
    for (LanguagePack pack : LanguagePacks.all()) {
      for (String m : pack.monthForms().keySet()) {
        assertTrue(DayMonthWords.BEFORE.matcher("on " + m + " ").find(), pack + " " + m);
        assertTrue(DayMonthWords.AFTER.matcher(" " + m + " 1990").find(), pack + " " + m);
      }
    }
    for (String w : all("day-words")) {
      assertTrue(DayMonthWords.BEFORE.matcher("on " + w + " ").find(), w);
    }
    for (String w : all("month-number-words")) {
      assertTrue(DayMonthWords.AFTER.matcher(" " + w + " 5").find(), w);
    }
    for (String p : all("day-month-prefixes")) {
      assertTrue(DayMonthWords.AFTER.matcher(" " + p + "ינואר").find(), p);
    }
    assertFalse(DayMonthWords.BEFORE.matcher("on " + NONE + " ").find());
    assertFalse(DayMonthWords.AFTER.matcher(" " + NONE + " 1990").find());
  }

  @Test
  void aPrefixAndTheYearWordStayOutsideTheBlankOnlyWhereThePackHasThem() {
    LanguagePack he = LanguagePacks.of("he");
    for (String y : he.words("year-construct-words")) {
      assertEquals(1 + y.length() + 1, HebrewPrefix.length(he, "ב" + y + " 1948"), y);
    }
    for (String m : he.monthForms().keySet()) {
      assertEquals(1, HebrewPrefix.length(he, "ב" + m + " 1948"), m);
    }
    for (LanguagePack p : LanguagePacks.all()) {
      if (p.prefixes().isEmpty()) {
        assertEquals(0, HebrewPrefix.length(p, "b1948"), p.code());
      }
    }
  }

  @Test
  void figureNounsAndComparisonArticles() {
    Designators d = new Designators();
    Language vi = Language.fromCode("vi").orElseThrow();
    assertTrue(d.labels(vi, "theo số "), "a designator alone labels the number");
    for (String w : all("figure-nouns")) {
      assertFalse(d.labels(vi, "theo " + w + " "), w);
    }
    for (Language l : Language.values()) {
      for (String a : l.pack().words("comparison-articles")) {
        for (String link : l.pack().words("comparison-links")) {
          if (link.endsWith(" " + a)) {
            continue; // "greater than the" holds its article
          }
          assertTrue(HedgePolicy.compared(l, "It had " + HOLE + " votes, " + link + " " + a + " 2,347."),
              l + " " + link + " " + a);
        }
      }
    }
  }

  @Test
  void typedScaleLettersMultiply() {
    for (String e : all("typed-scale-suffixes")) {
      String[] kv = e.split("=");
      assertEquals(0, NumberParser.parse("3" + kv[0]).orElseThrow().value()
          .compareTo(java.math.BigDecimal.valueOf(3L * Long.parseLong(kv[1]))), e);
    }
    assertTrue(NumberParser.parse("3" + NONE).map(p -> p.value().intValue() != 3).orElse(true));
  }
}
