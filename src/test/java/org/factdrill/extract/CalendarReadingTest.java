package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Reading the dates around a month name's key only where a pattern may open (at or before the
 * key, not after a letter, digit or numeral mark) finds exactly what the patterns' plain
 * {@code find()} over the whole window found: the same dates, spans and values, in order.
 */
class CalendarReadingTest {
  private static final List<CalendarDates> CALENDARS = calendars();

  private static List<CalendarDates> calendars() {
    List<CalendarDates> out = new ArrayList<>();
    for (Language l : Language.values()) {
      out.add(new CalendarDates(l.pack()));
    }
    return out;
  }

  private static final List<String> FILLER = List.of(" ", " ", "  ", ",", ", ", "-", "–", "־",
      "(", ")", ".", "\n", "'", "׳", "\"", "״", "1", "x1", "a", "the", "ו", "ב", "של", "על",
      "הוא", "עד", "to", "\uD83D\uDD17");
  private static final List<String> PREFIX = List.of("", "", "ב", "ו", "ב-", "וב", "מ");
  private static final List<String> DAY = List.of("1", "5", "12", "29", "30", "31", "ה׳", "י״א",
      "ט״ו", "כ״ט", "ל'", "ט", "של", "ה", "x");
  private static final List<String> MONTH = List.of("ניסן", "אייר", "אב", "מנחם אב", "אדר",
      "אדר ב׳", "חשוון", "תשרי", "Nisan", "Iyar", "Av", "AV", "Adar II", "Tishri", "Rajab",
      "RAMADAN", "Shawwal", "Muharram", "Dhuʻl-Hijjah", "רג׳ב", "רמדאן", "רג'ב", "рамадан");
  private static final List<String> YEAR = List.of("1367", "5708", "1948", "12", "תש״ח",
      "תש\"ח", "תשח", "ה׳תש״ח", "הוא", "ח", "x");
  private static final List<String> MARKER = List.of("", "", " AH", " ah", "AH", " BH",
      " לספירה", " the", ".");
  private static final List<String> GAP = List.of(" ", " ", ", ", "  ", "", "-", " עד ",
      " to ", "–");

  /**
   * Texts of a few invented phrases shaped as other-calendar dates (prefix, day, range, month,
   * year, marker), any part of which may be missing or replaced by a filler piece.
   */
  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> phrase = Arbitraries.integers().between(0, Integer.MAX_VALUE).list()
        .ofSize(9).map(r -> {
          StringBuilder b = new StringBuilder();
          List<List<String>> slots = List.of(PREFIX, DAY, GAP, DAY, GAP, PREFIX, MONTH, GAP,
              YEAR);
          for (int k = 0; k < slots.size(); k++) {
            int v = r.get(k);
            List<String> pool = v % 5 == 0 ? FILLER : (k == 3 || k == 4) && v % 3 == 0
                ? List.of("") : slots.get(k);
            b.append(pool.get((v / 5) % pool.size()));
          }
          return b.append(MARKER.get(r.get(0) % MARKER.size())).toString();
        });
    return phrase.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(
        FILLER.get(l.size() % FILLER.size()), l));
  }

  @Property(tries = 3000, seed = "10")
  void readsWhatFindOverTheWindowRead(@ForAll("text") String text) {
    for (CalendarDates c : CALENDARS) {
      List<CalendarDates.Found> expected = c.find(text, true);
      assertEquals(expected, c.find(text), () -> text);
      Statistics.collect(expected.isEmpty() ? "none" : "dates");
    }
  }

  /**
   * Characters of every kind glued into the texts (any character of the BMP, lone and paired
   * surrogates, letters and digits outside the BMP, numerals of other kinds, the marks a
   * numeral's geresh may be written with): the fast reading decides the patterns' opening
   * look-behind by a table and by the pattern itself after a surrogate, as find() does.
   */
  @Provide
  Arbitrary<String> glued() {
    Arbitrary<String> one = Arbitraries.oneOf(Arbitraries.chars().all().map(String::valueOf),
        Arbitraries.of("\uD801\uDC00", "\uD835\uDFD8", "\uD83D\uDD17", "\uD801", "\uDC00",
            "\u216B", "\u00B2", "\u0663", "\u00B4", "`", "\u2018", "\u2019", "\u02BB", "\u201E",
            "\u2033", "\u0130", "\u212A", "\u01C5", "\u0301", "\u05B0", "ß", "\u00A0"));
    return Combinators.combine(text(), one.list().ofMinSize(1).ofMaxSize(4),
        Arbitraries.integers().between(0, 1000).list().ofSize(4)).as((t, cs, at) -> {
          StringBuilder b = new StringBuilder(t);
          for (int k = 0; k < cs.size(); k++) {
            b.insert(at.get(k) % (b.length() + 1), cs.get(k));
          }
          return b.toString();
        });
  }

  @Property(tries = 3000, seed = "16")
  void readsWhatFindReadWhateverCharacterStandsBefore(@ForAll("glued") String text) {
    for (CalendarDates c : CALENDARS) {
      List<CalendarDates.Found> expected = c.find(text, true);
      assertEquals(expected, c.find(text), () -> text);
      Statistics.collect(expected.isEmpty() ? "none" : "dates");
    }
  }

  @Test
  void theGeneratedTextsHoldDatesOfBothCalendars() {
    CalendarDates he = new CalendarDates(Language.fromCode("he").orElseThrow().pack());
    assertFalse(he.find("ביום ה׳ באייר תש״ח הוכרז").isEmpty());
    CalendarDates en = new CalendarDates(Language.fromCode("en").orElseThrow().pack());
    assertFalse(en.find("on 5 Rajab 1367 AH the").isEmpty());
    assertEquals(en.find("on 5 Rajab 1367 AH the", true), en.find("on 5 Rajab 1367 AH the"));
  }
}
