package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * The figures a question's screen shows, as the language's own grammar read them (the
 * document's facts: "five years", "שלוש שנים", "năm 1945"), and the arithmetic a student can do
 * with them: a figure equal to the answer, parts that add up to it, two years whose difference
 * is an asked number of years, a year and a stated length that reach an asked year. Every check
 * that asks "does what is shown give the answer away?" reads the screen through here: the
 * prompt, the context line, the events of a chronology item and a carried sentence before.
 */
final class ScreenFigures {
  /** Below this, sums of small counts (1 + 2 = 3) meet by chance too often to mean anything. */
  static final BigDecimal MIN_TOTAL = BigDecimal.TEN;
  /** More shown figures of one kind than this are a table, not parts of one total. */
  private static final int MAX_PARTS = 10;

  private ScreenFigures() {}

  /**
   * The facts among {@code facts} (of the document {@code text}) that {@code screen} shows, but
   * for {@code asked}: its text as a whole, with the word written before or after it in the
   * document, so "five" of "five ships" is not taken for "five years" elsewhere.
   */
  static List<Fact> on(String screen, String text, List<Fact> facts, Predicate<Fact> asked) {
    List<Fact> out = new ArrayList<>();
    for (Fact o : facts) {
      if (!asked.test(o) && !out.contains(o) && visible(screen, o.text())
          && withNeighbour(screen, text, o)) {
        out.add(o);
      }
    }
    return out;
  }

  private static final Pattern WORD_AFTER = Pattern.compile("^[\\s,]*([\\p{L}\\p{M}]+)");
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}\\p{M}]+)[\\s,]*$");

  private static boolean withNeighbour(String screen, String text, Fact o) {
    if (o.start() < 0 || o.end() > text.length()) {
      return true;
    }
    String before = text.substring(Math.max(0, o.start() - 30), o.start());
    String after = text.substring(o.end(), Math.min(text.length(), o.end() + 30));
    var a = WORD_AFTER.matcher(after);
    var b = WORD_BEFORE.matcher(before);
    if (!a.find() && !b.find()) {
      return true; // a figure alone on its line: its text is all there is to see
    }
    String t = Pattern.quote(o.text().strip());
    return a.find(0) && Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + t + "[\\s,]*"
        + Pattern.quote(a.group(1)) + "(?![\\p{L}\\p{M}])").matcher(screen).find()
        || b.find(0) && Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + Pattern.quote(b.group(1))
        + "[\\s,]*" + t + "(?![\\p{L}\\p{N}])").matcher(screen).find();
  }

  /** True when {@code factText} stands in {@code shownText} as a whole (not inside a word). */
  static boolean visible(String shownText, String factText) {
    if (factText == null || factText.isBlank()) {
      return false;
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(factText.strip())
        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(shownText).find();
  }

  /**
   * Why a number of years {@code count} (years between two events, a period's length) follows
   * from the shown facts, or null: a shown number of years within one of it (the answer's own
   * tolerance), a shown year that is one of the {@code ends} it is counted between, or two shown
   * years that span it (within one: a period is counted with or without its last year). A date
   * counts as a shown year only where {@code screen} writes its year ("July 27" resolved to
   * 1953 elsewhere shows no year).
   */
  static String givesYears(Language lang, String text, String screen, List<Fact> shown,
      int count, int... ends) {
    for (Fact a : shown) {
      int k = YearSpans.yearsCount(lang, text, a);
      if (k > 0 && Math.abs(k - count) <= 1) {
        return "a shown number of years";
      }
      int ya = shownYear(a, screen);
      for (int e : ends) {
        if (ya > 0 && ya == e) {
          return "a shown year is one it is counted from";
        }
      }
      for (Fact b : shown) {
        int yb = shownYear(b, screen);
        if (ya > 0 && yb > ya && Math.abs(yb - ya - count) <= 1) {
          return "two shown years";
        }
      }
    }
    return null;
  }

  /**
   * True when the answer's figure {@code f} is one a student reads off or works out from the
   * shown figures of its kind (same counted noun and currency): one of them states it (in words
   * or digits), two or more add up to it, or it and some of them add up to another (a total less
   * its other parts, the difference of two).
   */
  static boolean arithmetic(Fact f, List<Fact> shown) {
    BigDecimal x = number(f);
    if (x == null || f.kind() == FactKind.DATE) {
      return false;
    }
    List<Fact> parts = new ArrayList<>();
    for (Fact o : shown) {
      if (o.kind() == f.kind() && number(o) != null && sameCurrency(f, o)) {
        if (number(o).compareTo(x) == 0 && sameUnit(f, o) && o.start() != f.start()) {
          return true; // the same figure elsewhere on the screen
        }
        parts.add(o);
      }
    }
    if (x.compareTo(MIN_TOTAL) < 0 || parts.size() < 1 || parts.size() > MAX_PARTS) {
      return false;
    }
    int n = parts.size();
    for (int mask = 1; mask < 1 << n; mask++) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean units = true;
      java.util.Set<Object> sentences = new java.util.HashSet<>();
      for (int i = 0; i < n; i++) {
        if ((mask & 1 << i) != 0) {
          sum = sum.add(number(parts.get(i)));
          units &= sameUnit(f, parts.get(i));
          sentences.add(String.valueOf(parts.get(i).sentence()));
        }
      }
      int size = Integer.bitCount(mask);
      // Figures of other counted nouns from here and there meet by chance; three or more parts
      // of one sentence that make the answer exactly are its breakdown ("45 archers, 50
      // pikemen and 25 horsemen").
      boolean related = units || size >= 3 && sentences.size() == 1;
      if (size >= 2 && related && sum.compareTo(x) == 0) {
        return true;
      }
      for (int t = 0; t < n; t++) {
        if ((mask & 1 << t) == 0 && sameUnit(f, parts.get(t)) && related
            && sum.add(x).compareTo(number(parts.get(t))) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameUnit(Fact f, Fact o) {
    return f.unit() == null || o.unit() == null
        || f.unit().toLowerCase(Locale.ROOT).equals(o.unit().toLowerCase(Locale.ROOT));
  }

  private static boolean sameCurrency(Fact f, Fact o) {
    return !(f.value() instanceof Value.Money m) || o.value() instanceof Value.Money n
        && java.util.Objects.equals(m.currency(), n.currency());
  }

  /** The positive figure of a count, amount or share; null for anything else. */
  static BigDecimal number(Fact f) {
    if (f.value() instanceof Value.Num n && n.value().signum() > 0) {
      return n.value();
    }
    if (f.value() instanceof Value.Money m && m.amount() instanceof Value.Num n
        && n.value().signum() > 0) {
      return n.value();
    }
    return null;
  }

  private static int shownYear(Fact f, String screen) {
    int y = year(f);
    return y > 0 && visible(screen, String.valueOf(y)) ? y : -1;
  }

  /** The year of a single dated fact, else -1. */
  static int year(Fact f) {
    return f.value() instanceof Value.Date d && !d.isRange() && d.year() > 0 ? d.year() : -1;
  }
}
