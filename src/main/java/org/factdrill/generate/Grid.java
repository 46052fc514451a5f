package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.extract.Value;

/**
 * Wrong options evenly spaced with the answer off their grid (201 / 241 / 281 against 402; 2004 /
 * 2006 / 2008 against 2011), or a consecutive run with the answer away from it (1975 / 1976 /
 * 1977 against 1982), single the answer out: a student picks the odd one. Such a set is broken up
 * by swapping in another candidate.
 */
final class Grid {
  /** Compiled once: asked of every option. */
  private static final Pattern DAY_OR_YEAR = Pattern.compile("\\d{4}(?:-\\d\\d){0,2}");

  private Grid() {}

  /** Replaces options in {@code out} from {@code spare} until they no longer form such a grid. */
  static void avoid(List<Option> out, Value answer, List<Option> spare) {
    BigDecimal a = number(answer);
    if (a == null) {
      return;
    }
    List<Option> pool = new ArrayList<>(spare);
    for (int guard = 0; guard < 8 && singlesOut(out, a); guard++) {
      if (pool.isEmpty()) {
        return;
      }
      // Swap the option farthest from the answer: the set stays close to it.
      int far = 0;
      for (int i = 1; i < out.size(); i++) {
        if (distance(out.get(i), a).compareTo(distance(out.get(far), a)) > 0) {
          far = i;
        }
      }
      out.set(far, pool.remove(0));
    }
  }

  /**
   * When every wrong option of a count or amount has another number of digits than the answer
   * ("97" among 170, 240, 290), the answer is the only one of its shape and a student picks it
   * unread: the option farthest from the answer is swapped for a spare of the answer's digits
   * (the first, most plausible one), unless that makes an evenly spaced set. Dates keep their
   * shape by construction and are left as they are.
   */
  static void keepShape(List<Option> out, Value answer, List<Option> spare) {
    BigDecimal a = answer instanceof Value.Date ? null : number(answer);
    if (a == null || !onlyOfItsShape(out, a)) {
      return;
    }
    int far = 0;
    for (int i = 1; i < out.size(); i++) {
      if (distance(out.get(i), a).compareTo(distance(out.get(far), a)) > 0) {
        far = i;
      }
    }
    for (Option s : spare) {
      BigDecimal x = number(s.value());
      if (x != null && digits(x) == digits(a) && !out.contains(s)) {
        List<Option> tried = new ArrayList<>(out);
        tried.set(far, s);
        if (!singlesOut(tried, a)) {
          out.set(far, s);
          return;
        }
      }
    }
  }

  /**
   * True when every one of two or more wrong options has another number of digits than answer
   * {@code a}: the answer is the only one of its shape.
   */
  static boolean onlyOfItsShape(List<Option> out, BigDecimal a) {
    if (out.size() < 2) {
      return false;
    }
    for (Option o : out) {
      BigDecimal x = number(o.value());
      if (x == null || digits(x) == digits(a)) {
        return false;
      }
    }
    return true;
  }

  /** The digits of a number's whole part: its visible length class ("97" 2, "170" 3). */
  static int digits(BigDecimal x) {
    return x.setScale(0, java.math.RoundingMode.DOWN).abs().toPlainString().length();
  }

  /** True when the wrong options are evenly spaced and the answer is not on their grid. */
  static boolean singlesOut(List<Option> wrong, BigDecimal answer) {
    List<BigDecimal> xs = new ArrayList<>();
    for (Option o : wrong) {
      BigDecimal x = number(o.value());
      if (x == null) {
        return false;
      }
      xs.add(x);
    }
    if (xs.size() < 3) {
      return false;
    }
    xs.sort(null);
    BigDecimal step = xs.get(1).subtract(xs.get(0));
    if (step.signum() == 0) {
      return false;
    }
    for (int i = 2; i < xs.size(); i++) {
      if (xs.get(i).subtract(xs.get(i - 1)).compareTo(step) != 0) {
        return false;
      }
    }
    if (answer.subtract(xs.get(0)).remainder(step).signum() != 0) {
      return true;
    }
    // On the grid but away from the run (1975 / 1976 / 1977 against 1982): the odd one out.
    return answer.compareTo(xs.get(0).subtract(step)) < 0
        || answer.compareTo(xs.get(xs.size() - 1).add(step)) > 0;
  }

  private static BigDecimal distance(Option o, BigDecimal a) {
    BigDecimal x = number(o.value());
    return x == null ? BigDecimal.ZERO : x.subtract(a).abs();
  }

  static BigDecimal number(Value v) {
    if (v instanceof Value.Num n) {
      return n.value();
    }
    if (v instanceof Value.NumRange r) {
      return r.lo();
    }
    if (v instanceof Value.Money m) {
      return number(m.amount());
    }
    if (v instanceof Value.Date d && DAY_OR_YEAR.matcher(d.iso()).matches()) {
      // A full date whose options vary the year only: the years make the pattern.
      return BigDecimal.valueOf(d.year());
    }
    return null;
  }
}
