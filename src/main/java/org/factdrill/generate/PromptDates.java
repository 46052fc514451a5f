package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * The dates a prompt states beside its blank, to the month or day: a wrong date on the other side
 * of one of them than the answer contradicts the prompt ("after the war began in March 1941, in
 * ___ 1941 …": January is ruled out unread). Years the prompt writes are bounded alike by
 * {@link ValueRules#yearBounds}; this compares at the finer precision both dates have.
 */
final class PromptDates {
  private PromptDates() {}

  /**
   * Accepts a wrong date for {@code answer} unless, against a date of {@code sameSentence} that
   * the {@code template} still shows, it lies on the other side than the answer.
   */
  static Predicate<Value> sameSide(Value answer, List<Fact> sameSentence, String template) {
    String a = DocumentSpan.dated(answer);
    if (a == null) {
      return v -> true;
    }
    String shown = template.replace(String.valueOf(PromptBuilder.HOLE), " ");
    List<String> stated = new ArrayList<>();
    for (Fact o : sameSentence) {
      String s = DocumentSpan.dated(o.value());
      // Only a date whose own words show its year orders the blank: "April 18" read in the
      // year of the sentence tells a student no year.
      if (s != null && s.length() >= 7 && compare(a, s) != 0 && o.text() != null
          && o.text().contains(s.substring(0, 4)) && shown.contains(o.text().strip())) {
        stated.add(s);
      }
    }
    if (stated.isEmpty()) {
      return v -> true;
    }
    return v -> {
      String o = DocumentSpan.dated(v);
      for (String s : stated) {
        if (o != null && compare(o, s) == -compare(a, s)) {
          return false;
        }
      }
      return true;
    };
  }

  /** Compares two ISO dates at the precision both have: 0 when they agree that far. */
  static int compare(String a, String b) {
    int p = Math.min(a.length(), b.length());
    return Integer.signum(a.substring(0, p).compareTo(b.substring(0, p)));
  }
}
