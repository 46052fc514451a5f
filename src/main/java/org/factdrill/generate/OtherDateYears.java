package org.factdrill.generate;

import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.generate.Stem.DocState;
import org.factdrill.generate.YearInserts.Insert;

/** The years of a prompt's other yearless dates, shown in brackets as the answer's is. */
final class OtherDateYears {
  private OtherDateYears() {}

  /**
   * Every other day or month of the prompt written without a year ("on 29 March" beside the
   * blank) gets the year it resolves to in brackets, as the answer's does; none when nothing
   * resolves it, when the answer is its evidence or year, or it recurs ({@link RecurringDays}).
   *
   * @return false when one of them cannot be given a year (nothing resolves it, or its year is in
   *     doubt): shown so, its day and month would leave the student to guess which year they are
   *     of, so the fact is not asked from this sentence
   */
  static boolean yearsOfOtherDates(DocState st, Fact f0, Fact f, int from, String window,
      List<Insert> inserts) {
    int answerYear = f.value() instanceof Value.Date d ? d.year() : -1;
    for (Fact o : st.facts()) {
      if (o == f0 || !(o.value() instanceof Value.Date d) || d.isRange()
          || !f0.sentence().equals(o.sentence()) || o.start() < from
          || o.start() < f.end() && f.start() < o.end() || RecurringDays.recurs(st.doc().lang(),
          st.doc().text(), o) || !d.iso().matches("(?:--|\\d{4}-)\\d\\d(?:-\\d\\d)?")
          || d.year() > 0 && o.text().contains(String.valueOf(d.year()))) {
        continue;
      }
      int month = Integer.parseInt(d.iso().substring(d.iso().indexOf('-', 1) < 0 ? 2
          : d.iso().startsWith("--") ? 2 : 5, d.iso().startsWith("--") ? 4 : 7));
      TimeAnchors.Anchor a = st.anchors().yearForMonth(o.start(), month,
          TimeAnchors.dayOf(d.iso()), f0.sentence());
      if (a == null || a.doubt() != null) {
        return false;
      }
      if (a.start() >= f0.start() && a.start() < f0.end() || a.year() == answerYear
          || window.contains(String.valueOf(a.year()))) {
        continue;
      }
      inserts.add(new Insert(o.end(), " (" + a.year() + ")"));
    }
    return true;
  }
}
