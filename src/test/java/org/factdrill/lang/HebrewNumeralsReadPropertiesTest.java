package org.factdrill.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reading a Hebrew numeral with its shortcuts (a word whose letters no numeral has is refused
 * before ICU's parser; a word read before is remembered) gives what ICU's parser gives.
 */
class HebrewNumeralsReadPropertiesTest {
  private final HebrewNumerals numerals = new HebrewNumerals();

  @Provide
  Arbitrary<String> word() {
    // Letters of every value and final forms, the marks texts write, a space, a digit, a Latin
    // letter: short words, so numerals ("תש״ח", "של") and non-numerals ("לוי") both come often.
    return Arbitraries.of("א", "ב", "ג", "ד", "ה", "ו", "ז", "ח", "ט", "י", "כ", "ך", "ל", "מ",
        "ם", "נ", "ן", "ס", "ע", "פ", "ף", "צ", "ץ", "ק", "ר", "ש", "ת", "׳", "״", "'", "\"",
        "”", "’", " ", "1", "x")
        .list().ofMinSize(0).ofMaxSize(6).map(l -> String.join("", l));
  }

  @Property(tries = 3000, seed = "9")
  void readIsWhatIcuReads(@ForAll("word") String w) {
    int expected = numerals.readAnew(w);
    assertEquals(expected, numerals.read(w), w);
    assertEquals(expected, numerals.read(w), w + " (again, remembered)");
  }

  @Property(tries = 400, seed = "9")
  void everyWrittenValueReadsBackThroughTheShortcuts(@ForAll("value") int n) {
    String s = numerals.write(n);
    assertEquals(numerals.readAnew(s), numerals.read(s), s);
    String ascii = s.replace('׳', '\'').replace('״', '"');
    assertEquals(numerals.readAnew(ascii), numerals.read(ascii), ascii);
  }

  @Provide
  Arbitrary<Integer> value() {
    return Arbitraries.integers().between(1, 9999);
  }
}
