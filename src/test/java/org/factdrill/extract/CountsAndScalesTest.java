package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 4, on generated cases: Hebrew percentages with the numeral after the noun
 * ("אחוז אחד", "אחוז וחצי"); a position on a scale ("level 4") is a figure with no counted noun;
 * "the total number" before a number does not make it a label; a small count that is the
 * subject of the fact ("two pilots were captured") in each language, while the same numeral after
 * a determiner or without such a verb stays a determiner.
 */
class CountsAndScalesTest {
  private static final Language RU = Language.fromCode("ru").orElseThrow();

  private static List<Fact> facts(Language lang, String text) {
    return Facts.of(lang, text);
  }

  private static String one(Language lang, String text) {
    List<Fact> f = facts(lang, text);
    assertEquals(1, f.size(), lang.code() + ": " + text + " -> " + Facts.describe(lang, text));
    return f.get(0).kind().json() + "=" + f.get(0).value().json();
  }

  private static <T> T pick(Random rnd, List<T> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  @Test
  void hebrewPercentWithOneOrAHalfAfterTheNoun() {
    Random rnd = new Random(1910);
    List<String> prefixes = List.of("", "ב", "ל", "ב-", "ו", "וב");
    List<String> frames = List.of("המדד עלה %s בלבד.", "השיעור ירד %s בשנה.", "%s מהקולות הלך לרשימה.");
    for (int n = 0; n < 1500; n++) {
      String p = pick(rnd, prefixes);
      boolean half = rnd.nextBoolean();
      String phrase = p.replace("-", "") + "אחוז " + (half ? "וחצי" : pick(rnd, List.of("אחד", "אחת")));
      String text = String.format(pick(rnd, frames), phrase);
      assertEquals("percent=" + (half ? "1.5" : "1"), one(Language.HE, text), text);
    }
    // A percent word before any other word is no fact: "אחוזים ספורים" is vague.
    assertEquals(List.of(), facts(Language.HE, "השיעור ירד לאחוזים ספורים בלבד."));
    assertEquals(List.of(), facts(Language.HE, "אחוז גבוה מהקולות הלך לרשימה."));
  }

  @Test
  void aLevelOnAScaleIsAFigureWithNoCountedNoun() {
    Random rnd = new Random(1911);
    Map<Language, List<String>> frames = Map.of(
        Language.EN, List.of("The alert was raised to level %d on the scale.",
            "The storm reached level %d soldiers feared."),
        Language.HE, List.of("ההתרעה הועלתה לרמה %d בסולם.", "הסערה הגיעה לדרגה %d חיילים חששו."),
        RU, List.of("Тревога была поднята до уровня %d по шкале.", "Шторм достиг уровня %d солдат."),
        Language.VI, List.of("Báo động được nâng lên mức %d trên thang.", "Bão đạt mức %d người lo."));
    for (Map.Entry<Language, List<String>> e : frames.entrySet()) {
      for (int n = 0; n < 300; n++) {
        int v = 1 + rnd.nextInt(9);
        String text = String.format(pick(rnd, e.getValue()), v);
        List<Fact> f = facts(e.getKey(), text);
        assertEquals(1, f.size(), text);
        assertEquals("number=" + v, f.get(0).kind().json() + "=" + f.get(0).value().json(), text);
        assertNull(f.get(0).unit(), text);
      }
    }
  }

  @Test
  void theTotalNumberBeforeANumberIsACount() {
    Random rnd = new Random(1912);
    List<String> nouns = new ArrayList<>(Language.VI.pack().words("count-nouns"));
    // Not those that are also a currency or a scale numeral ("đồng", "triệu").
    nouns.removeAll(List.of("đồng", "triệu", "nghìn", "ngàn", "tỷ", "vạn"));
    for (int n = 0; n < 1000; n++) {
      int v = 20 + rnd.nextInt(5000);
      String text = (rnd.nextBoolean() ? "Tổng số " : "Con số ") + v + " " + pick(rnd, nouns)
          + " được ghi lại.";
      assertEquals("number=" + v, one(Language.VI, text).replace(".0", ""), text);
      // "số" alone is still a label ("căn cứ số 102").
      String label = "Căn cứ số " + v + " bị tấn công.";
      assertEquals(List.of(), facts(Language.VI, label), label);
    }
  }

  @Test
  void aSmallCountThatIsTheSubjectOfTheFactIsAFigure() {
    Random rnd = new Random(1913);
    Map<Language, List<String>> numerals = Map.of(Language.EN, List.of("Two"),
        Language.HE, List.of("שני"), Language.VI, List.of("Hai"), RU, List.of("Два"));
    Map<Language, List<String>> nouns = Map.of(
        Language.EN, List.of("soldiers", "sentries", "civilians", "pilots", "prisoners"),
        Language.HE, List.of("חיילים", "שבויים", "אזרחים", "לוחמים"),
        Language.VI, List.of("người", "lính", "chiến sĩ"),
        RU, List.of("солдата", "бойца", "человека", "жителя"));
    Map<Language, String> determiner = Map.of(Language.EN, "The", Language.HE, "כל",
        Language.VI, "Cả", RU, "Все");
    for (Language lang : numerals.keySet()) {
      List<String> verbs = new ArrayList<>(lang.pack().words("count-subject-verbs"));
      for (int n = 0; n < 500; n++) {
        String verb = pick(rnd, verbs);
        String core = pick(rnd, numerals.get(lang)) + " " + pick(rnd, nouns.get(lang)) + " " + verb;
        String lead = pick(rnd, List.of("", "Yesterday, ", "\n\n"));
        if (lang != Language.EN && !lead.isBlank()) {
          lead = "\n\n";
        }
        String text = lead + core + " trong.";
        assertEquals("number=2", one(lang, text), text);
        String det = determiner.get(lang) + " " + core.toLowerCase(java.util.Locale.ROOT) + " trong.";
        assertEquals(List.of(), facts(lang, det), det);
        String noVerb = pick(rnd, numerals.get(lang)) + " " + pick(rnd, nouns.get(lang)) + ", "
            + verb + " trong.";
        assertEquals(List.of(), facts(lang, noVerb), noVerb);
      }
    }
  }

  /** "שלוש וחצי": a half joined by the "and" prefix letter adds a half (ICU writes the numeral). */
  @Test
  void hebrewNumeralAndAHalf() {
    com.ibm.icu.text.RuleBasedNumberFormat f = new com.ibm.icu.text.RuleBasedNumberFormat(
        new com.ibm.icu.util.ULocale("he"), com.ibm.icu.text.RuleBasedNumberFormat.SPELLOUT);
    Random rnd = new Random(1914);
    for (int n = 0; n < 1000; n++) {
      int v = 3 + rnd.nextInt(97);
      String set = rnd.nextBoolean() ? "%spellout-cardinal-feminine" : "%spellout-cardinal-masculine";
      String text = "המשבר נמשך " + f.format(v, set) + " וחצי שנים בערך.";
      List<Fact> facts = facts(Language.HE, text);
      assertEquals(1, facts.size(), text);
      assertEquals(new java.math.BigDecimal(v + ".5"),
          ValueJson.node(facts.get(0).value()).decimalValue(), text);
    }
  }
}
