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

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90),
      // Vietnamese
      Map.entry("không", 0), Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("hai", 2),
      Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5),
      Map.entry("lăm", 5), Map.entry("nhăm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7),
      Map.entry("bẩy", 7), Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10),
      // Hebrew (both genders, construct forms)
      Map.entry("אפס", 0), Map.entry("אחד", 1), Map.entry("אחת", 1), Map.entry("שניים", 2),
      Map.entry("שתיים", 2), Map.entry("שני", 2), Map.entry("שתי", 2), Map.entry("שלוש", 3),
      Map.entry("שלושה", 3), Map.entry("שלושת", 3), Map.entry("ארבע", 4), Map.entry("ארבעה", 4),
      Map.entry("ארבעת", 4), Map.entry("חמש", 5), Map.entry("חמישה", 5), Map.entry("חמשת", 5),
      Map.entry("שש", 6), Map.entry("שישה", 6), Map.entry("ששת", 6), Map.entry("שבע", 7),
      Map.entry("שבעה", 7), Map.entry("שבעת", 7), Map.entry("שמונה", 8), Map.entry("שמונת", 8),
      Map.entry("תשע", 9), Map.entry("תשעה", 9), Map.entry("תשעת", 9), Map.entry("עשר", 10),
      Map.entry("עשרה", 10), Map.entry("עשרת", 10), Map.entry("עשרים", 20),
      Map.entry("שלושים", 30), Map.entry("ארבעים", 40), Map.entry("חמישים", 50),
      Map.entry("שישים", 60), Map.entry("שבעים", 70), Map.entry("שמונים", 80),
      Map.entry("תשעים", 90), Map.entry("מאה", 100), Map.entry("מאתיים", 200),
      Map.entry("אלפיים", 2000));
  private static final Map<String, Long> SCALES = Map.ofEntries(
      Map.entry("thousand", 1_000L), Map.entry("thousands", 1_000L), Map.entry("k", 1_000L),
      Map.entry("million", 1_000_000L), Map.entry("millions", 1_000_000L),
      Map.entry("m", 1_000_000L), Map.entry("mn", 1_000_000L), Map.entry("mln", 1_000_000L),
      Map.entry("billion", 1_000_000_000L), Map.entry("billions", 1_000_000_000L),
      Map.entry("bn", 1_000_000_000L), Map.entry("b", 1_000_000_000L),
      Map.entry("nghìn", 1_000L), Map.entry("ngàn", 1_000L), Map.entry("ngh", 1_000L),
      Map.entry("triệu", 1_000_000L), Map.entry("tr", 1_000_000L), Map.entry("tỷ", 1_000_000_000L),
      Map.entry("tỉ", 1_000_000_000L),
      Map.entry("אלף", 1_000L), Map.entry("אלפים", 1_000L), Map.entry("אלפי", 1_000L),
      Map.entry("מיליון", 1_000_000L), Map.entry("מיליוני", 1_000_000L),
      Map.entry("מיליארד", 1_000_000_000L));
  private static final Map<String, Integer> HUNDREDS = Map.of("hundred", 100, "hundreds", 100,
      "trăm", 100, "מאות", 100);
  /** Vietnamese "mươi" multiplies the digit before it by ten: hai mươi = 20. */
  private static final String TENS_VI = "mươi";
  private static final Pattern SPACE_GROUP = Pattern.compile("(?<=\\d)[ \\u00a0\\u202f](?=\\d{3}(?!\\d))");
  private static final Pattern DIGITS_WITH_SUFFIX = Pattern.compile(
      "^([0-9]+(?:[.,'][0-9]+)*)(k|m|mn|bn|b|tr)?$");

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
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = null;
    boolean any = false;
    boolean scaled = false;
    boolean lastWasDigits = false;
    for (String raw : tokens) {
      String w = raw;
      Matcher m = DIGITS_WITH_SUFFIX.matcher(w);
      if (m.matches()) {
        BigDecimal v = digits(m.group(1));
        if (v == null || lastWasDigits) {
          return Optional.empty();
        }
        if (m.group(2) != null) {
          v = v.multiply(BigDecimal.valueOf(SCALES.get(m.group(2))));
          scaled = true;
        }
        current = current == null ? v : current.add(v);
        any = true;
        lastWasDigits = true;
        continue;
      }
      lastWasDigits = false;
      Integer unit = word(w, UNITS);
      Long scale = SCALES.get(w);
      if (scale == null && w.length() > 1 && w.charAt(0) == 'ו') {
        scale = SCALES.get(w.substring(1));
      }
      if (unit != null) {
        BigDecimal u = BigDecimal.valueOf(unit);
        current = current == null ? u : current.add(u);
        any = true;
      } else if (w.equals(TENS_VI) && current != null) {
        current = current.multiply(BigDecimal.TEN);
      } else if (HUNDREDS.containsKey(w)) {
        current = (current == null ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(100));
        any = true;
      } else if (scale != null && !(scale == 1_000_000_000L && w.equals("b") && current == null)) {
        total = total.add((current == null ? BigDecimal.ONE : current)
            .multiply(BigDecimal.valueOf(scale)));
        current = null;
        any = true;
        scaled = true;
      }
      // Anything else (units, "about", "khoảng", "linh", "and") carries no value.
    }
    if (!any) {
      return Optional.empty();
    }
    BigDecimal v = current == null ? total : total.add(current);
    return Optional.of(new Parsed(v.stripTrailingZeros(), scaled));
  }

  private static Integer word(String w, Map<String, Integer> table) {
    Integer v = table.get(w);
    if (v == null && w.length() > 1 && (w.charAt(0) == 'ו' || w.charAt(0) == 'כ')) {
      v = table.get(w.substring(1)); // Hebrew "and" / "about" prefixes: ושלושה, כעשרים
    }
    return v;
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
