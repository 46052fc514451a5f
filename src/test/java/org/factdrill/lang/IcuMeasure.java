package org.factdrill.lang;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.factdrill.extract.FactKind;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** Temporary: measures the round trips over every language and form. */
class IcuMeasure {
  @Test
  void measure() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (Language l : Language.values()) {
      for (String rs : IcuRoundTrip.cardinalRuleSets(l)) {
        for (int i = 0; i < 300; i++) {
          long n = i < 100 ? 3 + rnd.nextInt(997) : 3 + rnd.nextLong(999_999_997L);
          IcuRoundTrip.reads(l, "spell " + rs, IcuRoundTrip.spell(l, rs, n) , FactKind.NUMBER, Long.toString(n));
        }
      }
      for (int i = 0; i < 300; i++) {
        BigDecimal n = BigDecimal.valueOf(rnd.nextLong(1_000_000_000L), i % 3 == 0 ? 2 : 0);
        if (n.compareTo(BigDecimal.valueOf(3)) < 0) continue;
        IcuRoundTrip.reads(l, "digits", IcuRoundTrip.digits(l, n), FactKind.NUMBER, n.stripTrailingZeros().toPlainString());
      }
      for (String f : new String[] {"FULL", "LONG", "MEDIUM", "SHORT", "yMMMMd", "yMMMd", "yMd", "MMMMy", "yMMMMEEEEd", "yMMMEd"}) {
        for (int i = 0; i < 300; i++) {
          int y = 1000 + rnd.nextInt(1100);
          int m = 1 + rnd.nextInt(12);
          int d = 1 + rnd.nextInt(28);
          if (f.equals("SHORT")) y = 1931 + rnd.nextInt(99);
          String iso = f.equals("MMMMy") ? String.format("%04d-%02d", y, m) : String.format("%04d-%02d-%02d", y, m, d);
          IcuRoundTrip.reads(l, "date " + f, IcuRoundTrip.date(l, f, y, m, d), FactKind.DATE, iso);
        }
      }
    }
    System.out.println(IcuRoundTrip.report());
  }
}
