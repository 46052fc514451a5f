package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A count whose counted noun is followed straight away by the names it counts, with no mark
 * opening the list and often no conjunction ("Bốn tỉnh Bắc Giang, Hải Dương, Hà Tĩnh, Quảng Nam
 * giành được …", four provinces A, B, C, D won …): the names are runs of capitalized words
 * between commas (or the pack's list-and word), so the student can count them. At most
 * {@link #NOUN_WORDS} small words (the counted noun and what says it lists, "tỉnh", "thanh niên
 * đầu tiên gồm") stand between the count and the first name.
 */
final class NamedSeries {
  private static final int NOUN_WORDS = 5;
  private static final int MAX_NAME_WORDS = 4;

  private NamedSeries() {}

  /** True when a list of exactly {@code count} names follows the count and its noun. */
  static boolean counts(Language lang, String text, Fact f, Span sentence, BigDecimal count) {
    if (count.scale() > 0 || count.compareTo(BigDecimal.valueOf(2)) < 0
        || count.compareTo(BigDecimal.valueOf(20)) > 0 || sentence.end() > text.length()
        || f.end() > sentence.end()) {
      return false;
    }
    Set<String> and = new TreeSet<>();
    lang.pack().words("list-and").forEach(w -> and.add(w.toLowerCase(Locale.ROOT)));
    String rest = text.substring(f.end(), sentence.end());
    // A colon announcing the list ("13 tỉnh: A, B, …") is counted beyond a dozen names too; a
    // run of names with no mark before it only up to twelve.
    if (colonList(rest)) {
      return true;
    }
    if (count.compareTo(BigDecimal.valueOf(12)) > 0) {
      return false;
    }
    String[] tokens = rest.strip().split("\\s+");
    int i = 0;
    int noun = 0;
    while (i < tokens.length && noun < NOUN_WORDS && small(tokens[i]) && !tokens[i].endsWith(",")) {
      i++;
      noun++;
    }
    if (noun == 0) {
      return false; // "Bốn Bắc Giang" is no counted noun before a list
    }
    int items = 0;
    int words = 0;
    boolean open = true; // a separator came: a name may start
    for (; i < tokens.length; i++) {
      String t = tokens[i];
      String bare = t.replaceAll("[,;:.!?)]+$", "");
      if (bare.isEmpty()) {
        break;
      }
      if (and.contains(bare.toLowerCase(Locale.ROOT)) && words > 0) {
        open = true;
        words = 0;
        continue;
      }
      if (!Character.isUpperCase(bare.codePointAt(0))) {
        break; // the list is over: the clause goes on ("giành được")
      }
      if (open) {
        items++;
        open = false;
      }
      if (++words > MAX_NAME_WORDS) {
        return false; // a long capitalized run is a title, not a list of names
      }
      if (t.endsWith(",")) {
        open = true;
        words = 0;
      } else if (!t.equals(bare)) {
        break; // a full stop or colon ends the list
      }
    }
    return items >= 2 && items == count.intValue();
  }

  /**
   * The counted noun (at most {@link #COLON_NOUN_WORDS} small words) ends with a colon and a list
   * of two or more parts follows ("ba hướng: lên phía Bắc, …; tiến xuống …; thọc thẳng …"):
   * complete, the student counts it; cut short by the prompt, it misleads. Either way not asked.
   */
  static boolean colonList(String rest) {
    java.util.regex.Matcher m = COLON_LIST.matcher(rest);
    if (!m.find()) {
      return false;
    }
    String body = rest.substring(m.end());
    int stop = body.indexOf('.');
    body = stop < 0 ? body : body.substring(0, stop);
    String[] parts = body.contains(";") ? body.split(";") : body.split(",");
    int n = 0;
    for (String p : parts) {
      n += p.isBlank() ? 0 : 1;
    }
    return n >= 2;
  }

  private static final int COLON_NOUN_WORDS = 3;
  private static final java.util.regex.Pattern COLON_LIST = java.util.regex.Pattern.compile(
      "^\\s*(?:\\p{Ll}[\\p{L}\\p{M}]*\\s+){0," + (COLON_NOUN_WORDS - 1)
          + "}\\p{Ll}[\\p{L}\\p{M}]*\\s*:\\s*");

  private static boolean small(String t) {
    return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0))
        && t.codePoints().allMatch(c -> Character.isLetter(c) || Character.getType(c)
            == Character.NON_SPACING_MARK);
  }
}
