package org.factdrill.generate;

import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.SameYear;
import org.factdrill.text.Language;

/**
 * The words for "of the same year" right after a date written without its year ("in May of the
 * same year", "במאי של אותה שנה", "tháng 5 cùng năm") say only that the year is the one stated
 * before; when the prompt writes that year in, the year stands in the phrase's place ("in May
 * (1923)"): "in May of the same year (1923)" says it twice, and "the same year" points at a year
 * the prompt may not show.
 */
final class SameYearPhrase {
  private SameYearPhrase() {}

  /**
   * The insert that shows {@code shown} (" (1923)") for the relative time {@code r}: right after
   * the date it follows, the phrase left out, when {@code r} is the pack's "same year" phrase
   * after a date of {@code facts} (or {@code f}); else at {@code at}, nothing left out.
   */
  static YearInserts.Insert insert(Language lang, String text, List<Fact> facts, Fact f,
      RelativeTime.Found r, int at, String shown) {
    int end = dateBefore(f, r);
    for (int i = 0; end < 0 && i < facts.size(); i++) {
      end = dateBefore(facts.get(i), r);
    }
    if (end < 0) {
      return new YearInserts.Insert(at, shown);
    }
    int phrase = SameYear.phraseEnd(lang, text, end);
    if (phrase < r.end() || phrase - r.end() > 12) { // (only a word or two of the phrase after r)
      return new YearInserts.Insert(at, shown);
    }
    return new YearInserts.Insert(end, shown, phrase);
  }

  /** The end of date {@code d} when {@code r} follows it closely (a space or a comma), else -1. */
  private static int dateBefore(Fact d, RelativeTime.Found r) {
    return d.kind() == FactKind.DATE && d.end() <= r.start() && r.start() - d.end() <= 2
        ? d.end() : -1;
  }
}
