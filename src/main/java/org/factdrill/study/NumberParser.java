package org.factdrill.study;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Numerals;

/**
 * Reads a typed number in any of the forms a student of English, Vietnamese or Hebrew texts may
 * use: 23000, 23,000, 23 000, 23.000, 23k, 1.5m, 23 thousand, 23 ngàn, hai mươi ba nghìn,
 * twenty-three thousand, 23 אלף, עשרים ושלושה אלף. Currency signs, percent signs, hedges and unit
 * nouns around the number are ignored. Typed answers are short, so this is a small word-by-word
 * reader, not the extractor's recognizers.
 */
public final class NumberParser {
  /** A typed number and whether the student wrote a scale word (thousand, million, k...). */
  public record Parsed(BigDecimal value, boolean scaled) {}

  /** Scale letters typed after digits: 23k, 1.5m, 2bn, 5tr (Vietnamese triệu). */
  private static final Map<String, Long> SUFFIXES = TypedScales.SUFFIXES;
  private static final Pattern SPACE_GROUP = Pattern.compile("(?<=\\d)[ \\u00a0\\u202f](?=\\d{3}(?!\\d))");
  private static final Pattern DIGITS_WITH_SUFFIX = Pattern.compile(
      "^([0-9]+(?:[.,'][0-9]+)*)(" + TypedScales.ALTERNATION + ")?$");

  private NumberParser() {}

  /** The number typed, or empty when the text holds none (or two numbers side by side). */
  public static Optional<Parsed> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String s = Normalizer.normalize(typed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    s = SPACE_GROUP.matcher(s).replaceAll("");
    s = s.replaceAll("[$€£₫%~≈]", " ").replaceAll("(?<=\\p{L})-(?=\\p{L})", " ")
        .replaceAll("[״\"׳()]", " ").replaceAll("(?<=\\p{L})[־\\-](?=\\d)", " ");
    List<String> tokens = new ArrayList<>();
    for (String t : s.split("\\s+")) {
      String w = t.replaceAll("^[,.;:!?]+|[,.;:!?]+$", "");
      if (!w.isEmpty()) {
        tokens.add(w);
      }
    }
    // A numeral in words (or digits with a scale word): the extractor's grammar and packs.
    for (String w : tokens) {
      if (!DIGITS_WITH_SUFFIX.matcher(w).matches() && Numerals.isNumeralWord(w)) {
        return Numerals.readWords(s).map(r -> new Parsed(r.value().stripTrailingZeros(),
            r.scaled()));
      }
    }
    BigDecimal current = null;
    boolean scaled = false;
    for (String w : tokens) {
      Matcher m = DIGITS_WITH_SUFFIX.matcher(w);
      if (!m.matches()) {
        continue; // "about", "soldiers", "khoảng": no value
      }
      BigDecimal v = digits(m.group(1));
      if (v == null || current != null) {
        return Optional.empty(); // two numbers side by side
      }
      if (m.group(2) != null) {
        v = v.multiply(BigDecimal.valueOf(SUFFIXES.get(m.group(2))));
        scaled = true;
      }
      current = v;
    }
    return current == null ? Optional.empty()
        : Optional.of(new Parsed(current.stripTrailingZeros(), scaled));
  }

  /**
   * Digits with separators: a separator followed by exactly three digits (and only such groups)
   * groups thousands (23,000 / 23.000 / 23'000); otherwise the last separator is decimal (1.5,
   * 1,5); with both kinds, the last one is decimal (1,234.5 / 1.234,5).
   */
  static BigDecimal digits(String s) {
    if (s.matches("\\d+")) {
      return new BigDecimal(s);
    }
    boolean comma = s.indexOf(',') >= 0;
    boolean dot = s.indexOf('.') >= 0;
    String intPart;
    String frac = "";
    if (comma && dot) {
      int last = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
      intPart = s.substring(0, last);
      frac = s.substring(last + 1);
    } else if (s.matches("\\d{1,3}([,.'])\\d{3}(\\1\\d{3})*")) {
      intPart = s;
    } else if (s.matches("\\d+[.,]\\d+")) {
      int last = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
      intPart = s.substring(0, last);
      frac = s.substring(last + 1);
    } else {
      return null;
    }
    String digits = intPart.replaceAll("[,.']", "");
    if (!digits.matches("\\d+") || !frac.matches("\\d*")) {
      return null;
    }
    return new BigDecimal(frac.isEmpty() ? digits : digits + "." + frac);
  }
}
