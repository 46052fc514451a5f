package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A period "from D1 to D2" yields its two ends as facts as well as the period (issues 19 and
 * 20): periods written with ICU's LONG and MEDIUM dates and bare years, joined by each pack's
 * range connectors and by a dash, read back as the period with both ends, each with its own
 * span inside the period's span and its own value; facts that are no period carry no ends.
 */
class PeriodEndsTest {
  private static final FactExtractor EXTRACTOR = new FactExtractor();
  private static final int CASES = 150;

  private static List<Fact> facts(Language lang, String text) {
    return EXTRACTOR.extract(new Document("t", text, lang));
  }

  private static String iso(int y, int m, int d) {
    return d == 0 ? String.format("%04d", y) : String.format("%04d-%02d-%02d", y, m, d);
  }

  @Test
  void bothEndsOfAPeriodAreReadBack() {
    Random rnd = new Random(620);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Language lang : Language.values()) {
      List<String> joins = new ArrayList<>(lang.pack().words("range-connectors"));
      joins.add("\u2013"); // spaced: an attached dash after a Vietnamese long date is not read (yet)
      for (String join : joins) {
        for (int style : new int[] {DateFormat.LONG, DateFormat.MEDIUM, -1}) {
          DateFormat fmt = style < 0 ? null : DateFormat.getDateInstance(style,
              lang.pack().locale());
          for (int n = 0; n < CASES; n++) {
            int y1 = 1700 + rnd.nextInt(300);
            int y2 = y1 + 1 + rnd.nextInt(20);
            int m1 = 1 + rnd.nextInt(12);
            int m2 = 1 + rnd.nextInt(12);
            int d1 = fmt == null ? 0 : 1 + rnd.nextInt(28);
            int d2 = fmt == null ? 0 : 1 + rnd.nextInt(28);
            String a = fmt == null ? String.valueOf(y1)
                : fmt.format(new GregorianCalendar(y1, m1 - 1, d1).getTime());
            String b = fmt == null ? String.valueOf(y2)
                : fmt.format(new GregorianCalendar(y2, m2 - 1, d2).getTime());
            String want1 = iso(y1, m1, d1);
            String want2 = iso(y2, m2, d2);
            if (!readsAlone(lang, a, want1) || !readsAlone(lang, b, want2)) {
              continue; // a form the language does not read on its own: nothing to test here
            }
            String sep = " " + join + " ";
            String text = a + sep + b;
            checked++;
            List<Fact> got = facts(lang, text);
            String problem = check(got, want1, want2, a, b);
            if (problem != null) {
              failures.add(lang.code() + ": " + text + " -> " + problem);
            }
          }
        }
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
        failures.size() + " of " + checked);
    assertTrue(checked > 3000, "only " + checked + " periods checked");
  }

  private static boolean readsAlone(Language lang, String text, String want) {
    List<Fact> f = facts(lang, text);
    return f.size() == 1 && f.get(0).value().equals(new Value.Date(want))
        && f.get(0).text().equals(text.strip());
  }

  private static String check(List<Fact> got, String want1, String want2, String a, String b) {
    if (got.size() != 1) {
      return "facts " + got.stream().map(Fact::text).toList();
    }
    Fact p = got.get(0);
    if (!p.value().equals(new Value.Date(want1 + "/" + want2))) {
      return "period " + p.value().json();
    }
    if (p.ends().size() != 2) {
      return "ends " + p.ends();
    }
    Fact e1 = p.ends().get(0);
    Fact e2 = p.ends().get(1);
    if (!e1.value().equals(new Value.Date(want1)) || !e2.value().equals(new Value.Date(want2))) {
      return "end values " + e1.value().json() + " " + e2.value().json();
    }
    if (!e1.text().equals(a) || !e2.text().equals(b)) {
      return "end texts [" + e1.text() + "] [" + e2.text() + "]";
    }
    if (e1.start() != p.start() || e2.end() != p.end() || e1.end() > e2.start()
        || !e1.sentence().equals(p.sentence())) {
      return "end spans " + e1.span() + " " + e2.span() + " in " + p.span();
    }
    return null;
  }

  @Test
  void factsThatAreNoPeriodHaveNoEnds() {
    for (Fact f : facts(Language.EN, "On 9 May 1945, 4,000 troops, 12% of the force, left; "
        + "the winter of 1916/17 and Passover 1948 were hard.")) {
      assertEquals(List.of(), f.ends(), f.text());
    }
  }

  @Test
  void endsKeepTheirOwnTextsSoTheirIdsHangOnThem() {
    Fact p = facts(Language.EN, "The king ruled from 1992 to 1994 in peace.").get(0);
    assertEquals(List.of("1992", "1994"), p.ends().stream().map(Fact::text).toList());
    assertEquals(List.of("\"1992\"", "\"1994\""),
        p.ends().stream().map(f -> f.value().json()).toList());
  }
}
