package org.factdrill.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Value;
import org.factdrill.extract.Values;
import org.factdrill.text.Language;

/**
 * Writes other values the way a fact's text writes its own, so options and altered statements
 * look like the source: "23,000" gives "18,000", "23.000" (vi) gives "18.000", "23 ngàn" gives
 * "18 ngàn", "$100 million" gives "$150 million". Works on the numbers written in digits; a
 * value written in words is rendered in the language's usual digit style instead.
 */
public final class ValueText {
  /** A number in digits, with optional grouping (1,000 / 1.000 / 1 000) and decimals. */
  static final Pattern RUN = Pattern.compile(
      "(?<![\\p{N}])\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d+)?(?![\\p{N}])"
          + "|(?<![\\p{N}])\\d+(?:[.,]\\d+)?(?![\\p{N}])");

  /** One number as written: where, how grouped, how many decimals, and its scale to the value. */
  record Run(int start, int end, char group, char decimal, int decimals, BigDecimal shown,
      BigDecimal scale) {

    /** The text for a new value, in this run's style. */
    String render(BigDecimal value) {
      BigDecimal x = value.divide(scale).setScale(decimals, RoundingMode.HALF_UP);
      return digits(x, group, decimal);
    }
  }

  private ValueText() {}

  /** Digit runs of {@code text} matched, in order, to {@code numbers}; empty when they don't fit. */
  static List<Run> match(String text, List<BigDecimal> numbers, Language lang) {
    List<Run> out = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    List<int[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    if (found.size() != numbers.size()) {
      return List.of();
    }
    for (int i = 0; i < found.size(); i++) {
      Run r = interpret(text.substring(found.get(i)[0], found.get(i)[1]), found.get(i)[0],
          numbers.get(i), lang);
      if (r == null) {
        return List.of();
      }
      out.add(r);
    }
    return out;
  }

  /** Reads one run so that value = shown x 10^k; tries the language's convention first. */
  private static Run interpret(String s, int at, BigDecimal value, Language lang) {
    // The language's own decimal mark first: "23,5" reads as 23.5 where the comma is decimal.
    boolean viFirst = lang != null && lang.pack().decimalSeparator() == ',';
    for (int attempt = 0; attempt < 2; attempt++) {
      boolean commaDecimal = viFirst == (attempt == 0);
      char decimal = commaDecimal ? ',' : '.';
      char group = 0;
      StringBuilder plain = new StringBuilder();
      int decimals = 0;
      boolean afterDecimal = false;
      boolean ok = true;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isDigit(c)) {
          plain.append(c);
          if (afterDecimal) {
            decimals++;
          }
        } else if (c == decimal && !afterDecimal && s.length() - i - 1 != 3 || c == decimal
            && !afterDecimal && group != 0 && group != c) {
          plain.append('.');
          afterDecimal = true;
        } else if (!afterDecimal && (group == 0 || group == c)) {
          group = c;
        } else {
          ok = false;
        }
      }
      if (!ok || plain.length() == 0) {
        continue;
      }
      BigDecimal shown = new BigDecimal(plain.toString());
      if (shown.signum() == 0 || value.signum() == 0) {
        if (shown.signum() == 0 && value.signum() == 0) {
          return new Run(at, at + s.length(), group, decimal, decimals, shown, BigDecimal.ONE);
        }
        continue;
      }
      BigDecimal scale = powerOfTen(value, shown);
      if (scale != null) {
        return new Run(at, at + s.length(), group, decimal, decimals, shown, scale);
      }
    }
    return null;
  }

  private static BigDecimal powerOfTen(BigDecimal value, BigDecimal shown) {
    BigDecimal ratio = Values.canonical(value.divide(shown, 12, RoundingMode.HALF_UP));
    // Down to a minor unit too: "25 cents" shows a value of 0.25 dollars.
    for (int k = -4; k <= 12; k++) {
      BigDecimal p = BigDecimal.ONE.movePointRight(k);
      if (ratio.compareTo(p) == 0) {
        return p;
      }
    }
    return null;
  }

  /** Replaces each run in {@code text} with the rendering of the matching new number. */
  static String replace(String text, List<Run> runs, List<BigDecimal> numbers) {
    StringBuilder b = new StringBuilder();
    int pos = 0;
    for (int i = 0; i < runs.size(); i++) {
      b.append(text, pos, runs.get(i).start()).append(runs.get(i).render(numbers.get(i)));
      pos = runs.get(i).end();
    }
    return b.append(text.substring(pos)).toString();
  }

  /** Digits with a grouping separator every three and a decimal separator. */
  static String digits(BigDecimal x, char group, char decimal) {
    String plain = x.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < intPart.length(); i++) {
      if (i > 0 && group != 0 && (intPart.length() - i) % 3 == 0) {
        b.append(group);
      }
      b.append(intPart.charAt(i));
    }
    if (!frac.isEmpty()) {
      b.append(decimal).append(frac);
    }
    return (x.signum() < 0 ? "-" : "") + b;
  }

  /** The usual way to write a number in a language (its pack's marks): 23,000 (en), 23.000 (vi). */
  static String canonical(BigDecimal x, Language lang) {
    BigDecimal c = Values.canonical(x);
    Language l = lang == null ? Language.DEFAULT : lang;
    char group = c.abs().compareTo(BigDecimal.valueOf(10000)) >= 0 ? l.pack().groupSeparator() : 0;
    return digits(c, group, l.pack().decimalSeparator());
  }

  /** A value in the language's usual style, for facts written in words. */
  static String canonical(Value v, Language lang, boolean percent) {
    if (v instanceof Value.Num n) {
      return canonical(n.value(), lang) + (percent ? "%" : "");
    }
    if (v instanceof Value.NumRange r) {
      return canonical(r.lo(), lang) + "–" + canonical(r.hi(), lang) + (percent ? "%" : "");
    }
    if (v instanceof Value.Money m) {
      String amount = canonical(m.amount(), lang, false);
      return switch (m.currency().toUpperCase(Locale.ROOT)) {
        case "USD", "$" -> "$" + amount;
        case "EUR" -> "€" + amount;
        case "GBP" -> "£" + amount;
        case "UNKNOWN" -> amount;
        default -> amount + " " + m.currency();
      };
    }
    return ((Value.Date) v).iso();
  }
}
