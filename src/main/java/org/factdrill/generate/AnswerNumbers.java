package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import org.factdrill.extract.Value;

/** The numbers a student must supply for an answer, to tell whether shown text gives them away. */
final class AnswerNumbers {
  private AnswerNumbers() {}

  /**
   * The numbers of the answer as written and of its value; a period of days whose text writes no
   * year ("May 27 to June 3") leaves out the year it took from the context, which is shown.
   */
  static Set<BigDecimal> of(String answerText, Value value) {
    Set<BigDecimal> out = new HashSet<>();
    collect(answerText, out);
    if (!YearlessRange.yearFromContext(value, answerText)) {
      numbersOf(value, out);
    }
    return out;
  }

  /** Adds the numbers of two digits or more written in {@code s}. */
  static void collect(String s, Set<BigDecimal> out) {
    Matcher m = ValueText.RUN.matcher(s);
    while (m.find()) {
      String digits = m.group().replaceAll("[^0-9]", "");
      // Single digits are too common to count as giving a value away ("3" in "T-72" ...).
      if (digits.length() >= 2) {
        out.add(new BigDecimal(digits).stripTrailingZeros());
      }
    }
  }

  private static void numbersOf(Value v, Set<BigDecimal> out) {
    if (v instanceof Value.Num n && n.value().abs().compareTo(BigDecimal.TEN) >= 0) {
      out.add(n.value().stripTrailingZeros());
    } else if (v instanceof Value.NumRange r) {
      out.add(r.lo().stripTrailingZeros());
      out.add(r.hi().stripTrailingZeros());
    } else if (v instanceof Value.Money m) {
      numbersOf(m.amount(), out);
    } else if (v instanceof Value.Date d && d.year() > 0) {
      out.add(BigDecimal.valueOf(d.year()).stripTrailingZeros());
    }
  }
}
