package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.text.Language;
import org.factdrill.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 5: the other end of a range beside the blank gives the answer away in
 * the language's number words too ("between _____ and thirty", "בין _____ לשלושים"), with every
 * range connector of every pack. Numbers are spelled by ICU; the sentences are made up.
 */
class RangeNeighboursTest {
  private static final List<String> CODES = List.of("en", "vi", "he");

  private static String spell(String code, int n) {
    return new RuleBasedNumberFormat(Locale.forLanguageTag(code), RuleBasedNumberFormat.SPELLOUT)
        .format(n);
  }

  /** Whether the figure {@code asked} of {@code sentence} has a range's other end beside it. */
  private static boolean beside(String code, String sentence, String asked) {
    int at = sentence.indexOf(asked);
    return RangeNeighbours.besideBlank(Language.fromCode(code).orElseThrow(), sentence, at,
        at + asked.length(), new Span(0, sentence.length()));
  }

  /** Oracle: both ends joined by any connector of the pack give each other away. */
  @Property(tries = 60, seed = "1616")
  void eitherEndOfARangeInWordsIsBesideTheOther(@ForAll @IntRange(min = 2, max = 40) int lo,
      @ForAll @IntRange(min = 1, max = 50) int span, @ForAll @IntRange(min = 0, max = 2) int lang) {
    String code = CODES.get(lang);
    Language l = Language.fromCode(code).orElseThrow();
    String a = spell(code, lo);
    String b = String.valueOf(lo + span);
    for (String c : l.pack().words("range-connectors")) {
      String s = "X " + a + " " + c + " " + b + " Y.";
      assertTrue(beside(code, s, b), s);
      String t = "X " + b + " " + c + " " + a + " Y.";
      assertTrue(beside(code, t, b), t);
    }
    for (String p : l.pack().words("range-connector-prefixes")) {
      String s = "X " + b + " " + p + a + " Y.";
      assertTrue(beside(code, s, b), s);
    }
    // The same figures not joined as a range give nothing away.
    String apart = "X " + a + " Y " + b + " Z.";
    assertEquals(false, beside(code, apart, b), apart);
  }

  @Test
  void inventedSentencesEnViHe() {
    assertTrue(beside("en", "The fleet had between twenty and 30 warships.", "twenty"));
    assertTrue(beside("en", "The fleet had between twenty and 30 warships.", "30"));
    assertTrue(beside("en", "The fleet lost 15 or sixteen warships in the storm.", "15"));
    assertTrue(beside("en", "The fleet lost 15 or sixteen warships in the storm.", "sixteen"));
    // "and" joins a range only after "between": two figures side by side are no range.
    assertEquals(false, beside("en", "The fleet sank 12 and 30 ships were captured.", "12"));
    assertEquals(false, beside("en", "The fleet had twenty warships and sent them to ten ports.",
        "ten"));
    assertTrue(beside("vi", "Hạm đội có từ 20 đến ba mươi chiến thuyền.", "20"));
    assertTrue(beside("vi", "Hạm đội có giữa 20 và ba mươi chiến thuyền.", "20"));
    assertTrue(beside("he", "לצי היו בין עשרים לשלושים ספינות.", "עשרים"));
    assertTrue(beside("he", "לצי היו בין עשרים ל-30 ספינות.", "ל-30"));
    assertEquals(false, beside("he", "לצי היו עשרים ספינות ולמבצר שלושים תותחים.", "עשרים"));
  }
}
