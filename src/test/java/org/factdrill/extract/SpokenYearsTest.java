package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * English years said aloud after a month, written by ICU's own year spell-out
 * (%spellout-numbering-year: "nineteen forty-one", "two thousand seven", "nineteen oh-five") and
 * days by its ordinal spell-out ("seventh"): the extractor reads the date back. A count after
 * the month ("May two thousand soldiers") stays a count.
 */
class SpokenYearsTest {
  private static List<String> dates(String text) {
    List<String> out = new ArrayList<>();
    for (Fact f : Facts.of(Language.EN, text)) {
      if (f.kind() == FactKind.DATE) {
        out.add(ValueJson.node(f.value()).asText());
      }
    }
    return out;
  }

  @Test
  void yearsSpelledByIcuAfterAMonthAreRead() {
    RuleBasedNumberFormat f = new RuleBasedNumberFormat(ULocale.ENGLISH,
        RuleBasedNumberFormat.SPELLOUT);
    List<String> months = Language.EN.pack().monthNames().get(0);
    Random rnd = new Random(1920);
    for (int n = 0; n < 3000; n++) {
      int y = 1010 + rnd.nextInt(1090);
      int m = 1 + rnd.nextInt(12);
      int d = 1 + rnd.nextInt(28);
      String year = f.format(y, "%spellout-numbering-year");
      String month = months.get(m - 1);
      month = Character.toUpperCase(month.charAt(0)) + month.substring(1);
      String text;
      String want;
      switch (rnd.nextInt(3)) {
        case 0:
          text = "It began in " + month + " " + year + ", as planned.";
          want = String.format("%04d-%02d", y, m);
          break;
        case 1:
          text = "It began in " + month + " of " + year + ".";
          want = String.format("%04d-%02d", y, m);
          break;
        default:
          text = "It began on " + month + " " + f.format(d, "%spellout-ordinal") + ", " + year
              + ", at dawn.";
          want = String.format("%04d-%02d-%02d", y, m, d);
      }
      assertEquals(List.of(want), dates(text), text);
    }
  }

  @Test
  void aCountAfterAMonthIsNoYear() {
    RuleBasedNumberFormat f = new RuleBasedNumberFormat(ULocale.ENGLISH,
        RuleBasedNumberFormat.SPELLOUT);
    Random rnd = new Random(1921);
    List<String> nouns = new ArrayList<>(Language.EN.pack().words("count-nouns"));
    for (int n = 0; n < 1000; n++) {
      int v = 1000 + rnd.nextInt(1100);
      String text = "In March " + f.format(v, "%spellout-numbering-year") + " "
          + nouns.get(rnd.nextInt(nouns.size())) + " were seen.";
      assertEquals(List.of("--03"), dates(text), text);
    }
  }
}
