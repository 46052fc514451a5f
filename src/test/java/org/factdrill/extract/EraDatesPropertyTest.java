package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Dates with their era in every language: a named-month date whose year carries an era is one
 * date of that era, as ICU writes it in each pack's locale (the oracle: skeletons with {@code G}
 * and {@code GGGG}); a century with an era ("the 5th century BC", "thế kỷ V TCN", "המאה ה-5
 * לפנה"ס", "V век до н. э.") is one century, "-04" before the common era; two centuries joined
 * before one era phrase are a period whose first end takes that era when it is the larger number.
 */
class EraDatesPropertyTest {
  /** Sentences made up for this test: language, a frame with %s for the date. */
  private static final Map<String, String> FRAMES = Map.of(
      "en", "The old fort was taken on %s by the raiders.",
      "vi", "Thành cũ bị chiếm vào %s bởi quân địch.",
      "he", "המבצר הישן נכבש %s בידי הפולשים.",
      "ru", "Старая крепость была взята %s набежчиками.");

  private static final String[] SKELETONS = {"yMMMMdG", "GyMMMMd", "yMMMMdGGGG", "GyMMMM",
      "GGGGyMMMM", "yMMMdG"};

  @Test
  void aDateIcuWritesWithItsEraIsReadWholeInEveryLanguage() {
    Random r = new Random(323);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, String> frame : FRAMES.entrySet()) {
      Language lang = Language.fromCode(frame.getKey()).orElseThrow();
      ULocale locale = new ULocale(frame.getKey());
      for (String skeleton : SKELETONS) {
        if (lang.code().equals("he") && skeleton.contains("MMM") && !skeleton.contains("MMMM")) {
          continue; // a Hebrew month cut short with a geresh ("בפבר׳") is read by no grammar yet
        }
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
        boolean withDay = skeleton.contains("d");
        for (int k = 0; k < 60; k++) {
          boolean bc = k % 3 != 2; // both eras, before the common era more often
          int year = 1 + r.nextInt(bc ? 3000 : 2000);
          int month = r.nextInt(12);
          int day = 1 + r.nextInt(28);
          GregorianCalendar c = new GregorianCalendar(locale);
          c.clear();
          c.set(Calendar.ERA, bc ? GregorianCalendar.BC : GregorianCalendar.AD);
          c.set(year, month, day);
          String written = format.format(c.getTime());
          String iso = (bc ? "-" : "") + String.format("%04d-%02d", year, month + 1)
              + (withDay ? String.format("-%02d", day) : "");
          String text = frame.getValue().formatted(written);
          String got = Facts.describe(lang, text);
          String want = "date:" + written + "=\"" + iso + "\"";
          if (!got.equals(want)) {
            failures.add(skeleton + " " + text + " -> " + got);
          }
          checked++;
        }
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(12, failures.size())));
    assertEquals((4 * SKELETONS.length - 1) * 60, checked);
  }

  /**
   * Each language's century forms: a phrase with {n} for the ordinal (digits, an ordinal ending
   * from {@link #ordinal}, or a Roman numeral), the era phrases before and in the common era.
   */
  private record Century(String lang, String single, String range, boolean roman,
      List<String> bc, List<String> ad) {}

  private static final List<Century> CENTURIES = List.of(
      new Century("en", "the {n} century", "the {n} – {m} century", false,
          List.of("BC", "BCE", "B.C."), List.of("AD", "CE", "")),
      new Century("en", "the {n}-century", "the {n} - {m} century", false,
          List.of("BC", "B.C.E."), List.of("AD", "")),
      new Century("vi", "thế kỷ {n}", "thế kỷ {n} - thế kỷ {m}", false,
          List.of("TCN", "trước Công nguyên", "trước CN"), List.of("sau Công nguyên", "")),
      new Century("vi", "thế kỷ {n}", "từ thế kỷ {n} đến thế kỷ {m}", true,
          List.of("TCN", "trước CN"), List.of("SCN", "")),
      new Century("vi", "thế kỉ thứ {n}", "thế kỉ thứ {n} – thế kỉ thứ {m}", false,
          List.of("TCN"), List.of("")),
      new Century("he", "במאה ה-{n}", "מהמאה ה-{n} עד המאה ה-{m}", false,
          List.of("לפנה\"ס", "לפני הספירה"), List.of("לספירה", "")),
      new Century("ru", "в {n} веке", "в {n}–{m} веках", true,
          List.of("до н. э.", "до нашей эры"), List.of("н. э.", "")),
      new Century("ru", "{n} век", "{n}–{m} вв.", true,
          List.of("до н. э."), List.of("")));

  @Test
  void aCenturyWithItsEraIsOneCenturyAndTwoJoinedBeforeOneEraAreAPeriodOfThatEra() {
    Random r = new Random(5);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Century c : CENTURIES) {
      Language lang = Language.fromCode(c.lang()).orElseThrow();
      String frame = FRAMES.get(c.lang());
      for (int k = 0; k < 40; k++) {
        boolean bc = k % 2 == 0;
        List<String> eras = bc ? c.bc() : c.ad();
        String era = eras.get(r.nextInt(eras.size()));
        int max = bc ? (c.roman() ? 30 : 40) : 21;
        int n = 1 + r.nextInt(max);
        String single = (c.single().replace("{n}", number(c, n)) + " " + era).strip();
        expect(lang, frame, single, century(n, bc), failures);
        // A period: the larger number first before the common era, the smaller in it.
        int m = 1 + r.nextInt(max);
        if (m == n) {
          continue;
        }
        int first = bc ? Math.max(n, m) : Math.min(n, m);
        int second = bc ? Math.min(n, m) : Math.max(n, m);
        String range = (c.range().replace("{n}", number(c, first))
            .replace("{m}", number(c, second)) + " " + era).strip();
        expect(lang, frame, range, century(first, bc) + "/" + century(second, bc), failures);
        checked++;
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(12, failures.size())));
    assertEquals(true, checked > 100, "periods checked: " + checked);
  }

  @Test
  void aPeriodWhoseFirstEndHasItsOwnEraKeepsIt() {
    // Sentences made up for this test: each end with its own era, the first before the second.
    String[][] cases = {
        {"vi", "thế kỷ 3 trước CN - thế kỷ 8 sau CN", "-02/07"},
        {"vi", "thế kỷ 3 TCN - thế kỷ 1 SCN", "-02/00"},
        {"vi", "180 trước Tây lịch - 240 sau Tây lịch", "-0180/0240"},
        {"en", "2nd century BC – 3rd century AD", "-01/02"},
        {"he", "412 לפנה\"ס - 3 במאי 389 לפנה\"ס", "-0412/-0389-05-03"},
        {"en", "12 March 410 BC – 9 May 405 BC", "-0410-03-12/-0405-05-09"},
        {"ru", "V век до н. э. – II век н. э.", "-04/01"},
    };
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String text = FRAMES.get(c[0]).formatted(c[1]);
      assertEquals("date:" + c[1] + "=\"" + c[2] + "\"", Facts.describe(lang, text), text);
    }
  }

  @Test
  void aYearWordPeriodTakesTheEraWrittenAfterItsSecondEndWhenTheFirstIsLarger() {
    Random r = new Random(336);
    // Sentences made up for this test: language, period with %d for the two years, era phrases.
    String[][] forms = {
        {"vi", "năm %d đến năm %d", "TCN", "trước Công nguyên"},
        {"he", "בשנים %d - %d", "לפנה\"ס", "לפני הספירה"},
        {"en", "from %d to %d", "BC", "B.C."},
    };
    for (String[] f : forms) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      for (int k = 0; k < 30; k++) {
        int lo = 1 + r.nextInt(1500);
        int hi = lo + 1 + r.nextInt(500);
        String period = f[1].formatted(hi, lo) + " " + f[2 + r.nextInt(f.length - 2)];
        String text = FRAMES.get(f[0]).formatted(period);
        String got = Facts.describe(lang, text);
        String value = String.format("\"-%04d/-%04d\"", hi, lo);
        assertEquals(true, got.contains("=" + value), text + " -> " + got);
      }
    }
  }

  private static void expect(Language lang, String frame, String written, String value,
      List<String> failures) {
    String text = frame.formatted(written);
    String got = Facts.describe(lang, text);
    // The span holds the phrase from its number on ("the" and "в" are no part of it).
    if (!(got.startsWith("date:") && got.endsWith("=\"" + value + "\"") && !got.contains(" | ")
        && written.endsWith(got.substring(5, got.lastIndexOf('='))))) {
      failures.add(text + " -> " + got + " (want " + value + ")");
    }
  }

  private static String century(int n, boolean bc) {
    return (bc ? "-" : "") + String.format("%02d", n - 1);
  }

  private static String number(Century c, int n) {
    if (c.roman()) {
      return roman(n);
    }
    return c.lang().equals("en") ? ordinal(n) : String.valueOf(n);
  }

  /** "1st", "2nd", "3rd", "4th", "11th", "21st": English ordinals in digits. */
  private static String ordinal(int n) {
    int tens = n % 100 / 10;
    int unit = n % 10;
    String end = tens == 1 ? "th" : unit == 1 ? "st" : unit == 2 ? "nd" : unit == 3 ? "rd" : "th";
    return n + end;
  }

  /** {@code n} in Roman numerals as ICU writes it (CLDR's numbering systems): the oracle. */
  private static String roman(int n) {
    return new com.ibm.icu.text.RuleBasedNumberFormat(com.ibm.icu.util.ULocale.ROOT,
        com.ibm.icu.text.RuleBasedNumberFormat.NUMBERING_SYSTEM).format(n, "%roman-upper");
  }
}
