package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * Two years and the number of years between them, in one sentence ("broke out in 1821 and
 * lasted three years, until 1824"): any one of the three follows from the other two, so none is
 * asked. A count is of years when the extractor gave it that unit or the word after it is one of
 * the pack's year-units (words.tsv), one prefix letter looked through.
 */
final class YearSpans {
  private YearSpans() {}

  /** True when the fact is a year or a count of years the sentence's other figures determine. */
  static boolean determined(Language lang, String text, Fact f, List<Fact> sameSentence) {
    List<Integer> years = new ArrayList<>();
    List<Integer> spans = new ArrayList<>();
    for (Fact o : sameSentence) {
      if (o == f) {
        continue;
      }
      int y = year(o);
      if (y > 0) {
        years.add(y);
      }
      int n = yearsCount(lang, text, o);
      if (n > 0) {
        spans.add(n);
      }
    }
    int n = yearsCount(lang, text, f);
    if (n > 0) {
      for (int a : years) {
        for (int b : years) {
          if (b - a == n) {
            return true;
          }
        }
      }
    }
    int y = year(f);
    if (y > 0) {
      for (int a : years) {
        for (int k : spans) {
          if (Math.abs(y - a) == k) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int year(Fact f) {
    return f.value() instanceof Value.Date d && !d.isRange() && d.year() > 0 ? d.year() : -1;
  }

  /** The count, when the fact counts years; else -1. */
  static int yearsCount(Language lang, String text, Fact f) {
    if (!(f.value() instanceof Value.Num num) || num.value().scale() > 0
        && num.value().stripTrailingZeros().scale() > 0
        || num.value().compareTo(BigDecimal.ONE) < 0
        || num.value().compareTo(BigDecimal.valueOf(500)) > 0) {
      return -1;
    }
    Set<String> units = lang.pack().words("year-units");
    boolean ofYears = f.unit() != null && units.contains(f.unit().toLowerCase(Locale.ROOT));
    if (!ofYears) {
      String after = text.substring(f.end(), Math.min(text.length(), f.end() + 30)).strip();
      String word = after.split("[^\\p{L}\\p{M}]", 2)[0].toLowerCase(Locale.ROOT);
      String prefixes = lang.pack().prefixes();
      ofYears = units.contains(word) || word.length() > 2 && !prefixes.isEmpty()
          && prefixes.indexOf(word.charAt(0)) >= 0 && units.contains(word.substring(1));
    }
    return ofYears ? num.value().intValue() : -1;
  }
}
