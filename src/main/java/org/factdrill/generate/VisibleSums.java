package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * An answer the student can work out by one addition or subtraction of figures shown with it:
 * in the prompt outside the blank, or in the context line above it (the sentence before, the
 * title or heading). A year is a shown year plus or minus a shown number of years ("The war
 * began in 1950." then "It lasted three years, until ___"); a number of years is the difference
 * of two shown years (within one either way, as periods are counted with or without an end); a count or amount is the sum or the difference of two shown figures of its
 * kind (and counted noun, when both name one). {@link Giveaways} and {@link YearSpans} judge the
 * sentence alone; this judges everything on the screen.
 */
final class VisibleSums {
  /** Below this, sums of small counts (1 + 2 = 3) meet by chance too often to mean anything. */
  private static final BigDecimal MIN_TOTAL = BigDecimal.TEN;

  private VisibleSums() {}

  /**
   * Why the answer of {@code f} follows from what is shown, or null. {@code sameSentence} are the
   * sentence's other facts, {@code all} the document's; {@code template} the prompt with its
   * hole, {@code contextLine} the line above it (or null).
   */
  static String derivable(Language lang, String text, Fact f, List<Fact> sameSentence,
      List<Fact> all, String template, String contextLine) {
    List<Fact> shown = shown(f, sameSentence, all, template, contextLine);
    if (shown.isEmpty()) {
      return null;
    }
    int year = year(f);
    int count = YearSpans.yearsCount(lang, text, f);
    String end = periodEnd(f, shown, lang, text);
    if (end != null) {
      return end;
    }
    for (Fact a : shown) {
      for (Fact b : shown) {
        if (a == b) {
          continue;
        }
        int ya = year(a);
        int yb = year(b);
        int kb = YearSpans.yearsCount(lang, text, b);
        // Within one: a period of years is counted with both ends or without one ("53 years
        // (907-959)"), so a student's subtraction lands on the answer or next to it.
        if (year > 0 && ya > 0 && kb > 0 && Math.abs(Math.abs(year - ya) - kb) <= 1) {
          return "a shown year and a shown number of years";
        }
        if (count > 0 && ya > 0 && yb > ya && Math.abs(yb - ya - count) <= 1) {
          return "two shown years";
        }
        if (year <= 0 && count <= 0 && arithmetic(f, a, b)) {
          return "two shown figures of its kind";
        }
      }
    }
    return null;
  }

  /**
   * Why an end of period answer {@code f} follows from what is shown, or null: a shown year is
   * that end ("(_____)" for "1385–1433" beside "died in 1433"), or a shown year and a shown
   * number of years reach it ("took the throne in 1428 and ruled for 5 years"). Half of the
   * answer is then given.
   */
  private static String periodEnd(Fact f, List<Fact> shown, Language lang, String text) {
    int[] ends = f.value() instanceof Value.Date d && d.isRange() ? YearOptions.period(d.iso())
        : null;
    if (ends == null) {
      return null;
    }
    for (int e : ends) {
      if (!f.text().contains(String.valueOf(e))) {
        continue; // a year the period takes from its context is no part of what is asked
      }
      for (Fact a : shown) {
        int ya = year(a);
        if (e > 0 && ya == e) {
          return "a shown year is an end of the period";
        }
        for (Fact b : shown) {
          int kb = b == a ? -1 : YearSpans.yearsCount(lang, text, b);
          if (e > 0 && ya > 0 && kb > 0 && Math.abs(Math.abs(e - ya) - kb) <= 1) {
            return "a shown year and a shown number of years reach an end of the period";
          }
        }
      }
    }
    return null;
  }

  /** The facts whose text the student sees: in the prompt outside the hole, or the context. */
  static List<Fact> shown(Fact f, List<Fact> sameSentence, List<Fact> all, String template,
      String contextLine) {
    String prompt = template.replace(String.valueOf(PromptBuilder.HOLE), " ");
    // A prompt may carry the sentence before its own (a back-reference resolved in place), so
    // other sentences' figures count when the prompt or the context line shows them.
    String screen = prompt + "\n" + (contextLine == null ? "" : contextLine);
    List<Fact> out = new ArrayList<>();
    for (Fact o : sameSentence) {
      if (o != f && o.start() != f.start() && visible(prompt, o.text())) {
        out.add(o);
      }
    }
    for (Fact o : all) {
      boolean own = o.sentence() != null && o.sentence().equals(f.sentence());
      if (!own && visible(screen, o.text()) && !out.contains(o)) {
        out.add(o);
      }
    }
    return out;
  }

  private static boolean visible(String shownText, String factText) {
    if (factText == null || factText.isBlank()) {
      return false;
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(factText.strip())
        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(shownText).find();
  }

  /** True when f's figure is a + b or |a - b|, all three of one kind and counted noun. */
  private static boolean arithmetic(Fact f, Fact a, Fact b) {
    BigDecimal x = number(f);
    BigDecimal p = number(a);
    BigDecimal q = number(b);
    if (x == null || p == null || q == null || x.compareTo(MIN_TOTAL) < 0
        || f.kind() != a.kind() || f.kind() != b.kind() || f.kind() == FactKind.DATE
        || !sameUnit(f, a) || !sameUnit(f, b) || !sameCurrency(f, a) || !sameCurrency(f, b)) {
      return false;
    }
    return p.add(q).compareTo(x) == 0 || p.subtract(q).compareTo(x) == 0;
  }

  private static boolean sameUnit(Fact f, Fact o) {
    return f.unit() == null || o.unit() == null
        || f.unit().toLowerCase(Locale.ROOT).equals(o.unit().toLowerCase(Locale.ROOT));
  }

  private static boolean sameCurrency(Fact f, Fact o) {
    return !(f.value() instanceof Value.Money m) || o.value() instanceof Value.Money n
        && java.util.Objects.equals(m.currency(), n.currency());
  }

  private static BigDecimal number(Fact f) {
    if (f.value() instanceof Value.Num n && n.value().signum() > 0) {
      return n.value();
    }
    if (f.value() instanceof Value.Money m && m.amount() instanceof Value.Num n
        && n.value().signum() > 0) {
      return n.value();
    }
    return null;
  }

  private static int year(Fact f) {
    return f.value() instanceof Value.Date d && !d.isRange() && d.year() > 0 ? d.year() : -1;
  }
}
