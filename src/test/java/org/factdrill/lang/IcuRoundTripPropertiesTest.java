package org.factdrill.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.factdrill.extract.FactKind;
import org.factdrill.text.Language;

/**
 * ICU writes, factdrill reads: numbers spelled out with every cardinal spell-out rule set of each
 * pack's locale (Hebrew masculine, feminine, construct; Russian genders and cases), numbers in
 * digits with each locale's grouping and decimal marks, dates in CLDR's patterns (FULL, LONG,
 * MEDIUM, SHORT and skeletons, with and without weekday). Fixed seeds, 1,000 tries per property,
 * every language in each try. A form listed in {@link #KNOWN_GAPS} is counted and held to its
 * floor instead of failing the property; the counts per language are printed after the run.
 */
class IcuRoundTripPropertiesTest {
  private static final List<String> DATE_FORMS = List.of("FULL", "LONG", "MEDIUM", "SHORT",
      "yMMMMd", "yMMMd", "yMd", "MMMMy", "yMMMMEEEEd", "yMMMEd");

  /**
   * Forms not read in full yet, with the share that must still pass, and why: Hebrew month
   * abbreviations with a geresh ("באוג׳") are not read; "מאה" alone is "century" by design;
   * "אלפיים" before hundreds ("אלפיים שבע מאות") is read as 2000 + 7 (the group is not closed);
   * a lone Vietnamese "năm" is "year", by design (five only inside a compound numeral).
   */
  private static final Map<String, Double> KNOWN_GAPS = Map.ofEntries(
      Map.entry("he date MEDIUM", 0.25), Map.entry("he date yMMMd", 0.25),
      Map.entry("he date yMMMEd", 0.25),
      Map.entry("he spell %spellout-cardinal-masculine", 0.98),
      Map.entry("he spell %spellout-cardinal-masculine-standalone", 0.98),
      Map.entry("he spell %spellout-cardinal-feminine", 0.98),
      Map.entry("he spell %spellout-cardinal-feminine-standalone", 0.98),
      Map.entry("he spell %spellout-construct-masculine", 0.98),
      Map.entry("he spell %spellout-construct-feminine", 0.98),
      Map.entry("he spell %spellout-numbering", 0.98),
      Map.entry("vi spell %spellout-cardinal", 0.98),
      Map.entry("vi spell %spellout-numbering", 0.98));

  private static boolean check(boolean ok, Language l, String form) {
    return ok || KNOWN_GAPS.containsKey(l.code() + " " + form);
  }

  @Property(tries = 1000, seed = "19001")
  boolean spelledOutCardinalsReadBack(@ForAll @LongRange(min = 3, max = 999_999_999L) long n) {
    boolean all = true;
    for (Language l : Language.values()) {
      for (String rs : IcuRoundTrip.cardinalRuleSets(l)) {
        String form = "spell " + rs;
        all &= check(IcuRoundTrip.reads(l, form, IcuRoundTrip.spell(l, rs, n), FactKind.NUMBER,
            Long.toString(n)), l, form);
      }
    }
    return all;
  }

  @Property(tries = 1000, seed = "19002")
  boolean digitsWithTheLocalesMarksReadBack(
      @ForAll @LongRange(min = 3, max = 999_999_999_999L) long n, @ForAll @IntRange(max = 2) int scale) {
    BigDecimal v = BigDecimal.valueOf(n, scale);
    if (v.compareTo(BigDecimal.valueOf(3)) < 0) {
      return true;
    }
    boolean all = true;
    for (Language l : Language.values()) {
      all &= check(IcuRoundTrip.reads(l, "digits", IcuRoundTrip.digits(l, v), FactKind.NUMBER,
          v.stripTrailingZeros().toPlainString()), l, "digits");
    }
    return all;
  }

  @Property(tries = 1000, seed = "19003")
  boolean cldrDatesReadBack(@ForAll @IntRange(min = 1000, max = 2099) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
    boolean all = true;
    for (Language l : Language.values()) {
      for (String f : DATE_FORMS) {
        // Two-digit years (SHORT) are read as 1931-2030.
        int y = f.equals("SHORT") ? 1931 + Math.floorMod(year, 100) : year;
        String iso = f.equals("MMMMy") ? String.format("%04d-%02d", y, month)
            : String.format("%04d-%02d-%02d", y, month, day);
        String form = "date " + f;
        all &= check(IcuRoundTrip.reads(l, form, IcuRoundTrip.date(l, f, y, month, day),
            FactKind.DATE, iso), l, form);
      }
    }
    return all;
  }

  @AfterContainer
  static void report() {
    System.out.print(IcuRoundTrip.report());
    for (Map.Entry<String, Double> gap : KNOWN_GAPS.entrySet()) {
      int[] c = IcuRoundTrip.COUNTS.get(gap.getKey());
      if (c != null) {
        assertTrue(c[0] >= gap.getValue() * c[1], gap.getKey() + " " + c[0] + "/" + c[1]);
      }
    }
  }
}
