package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A count written beside the list of what it counts, the items joined by commas and the
 * language's list conjunction ("four states – A, B, C and D", "A, B, C and D, four states"):
 * the student can count the items, and a false "three" is false by counting. The conjunction is
 * the pack's: a word (words.tsv list-and) or a letter written onto the last item
 * (list-and-prefixes, Hebrew ו).
 */
final class CountedSeries {
  /** An item of a list is a name or a short noun phrase. */
  private static final int MAX_ITEM_WORDS = 4;
  private static final Pattern CLAUSE_END = Pattern.compile("[.;!?]");
  /** The counted noun, then a mark opening the list. */
  private static final Pattern OPENS = Pattern.compile(
      "^\\s*[\\p{L}\\p{M}\"'׳״\\s-]{0,30}?\\s*([:(–—,]|\\s-\\s)\\s*");
  /** A mark closing a list before its count. */
  private static final Pattern CLOSES = Pattern.compile("\\s*(?:[:–—,(]|\\s-)\\s*$");

  private CountedSeries() {}

  /** True when the count {@code count} (the fact) stands beside a list of that many items. */
  static boolean counts(Language lang, String text, Fact f, Span sentence, BigDecimal count) {
    if (count.scale() > 0 || count.compareTo(BigDecimal.valueOf(2)) < 0
        || count.compareTo(BigDecimal.valueOf(12)) > 0) {
      return false;
    }
    Pattern join = conjunction(lang);
    if (join == null) {
      return false;
    }
    int n = count.intValue();
    // The list after the count: "four states: A, B, C and D".
    String rest = text.substring(f.end(), sentence.end());
    Matcher m = OPENS.matcher(rest);
    if (m.find()) {
      String body = rest.substring(m.end());
      int stop = "(".equals(m.group(1)) ? body.indexOf(')') : -1;
      Matcher e = CLAUSE_END.matcher(body);
      if (stop < 0 && e.find()) {
        stop = e.start();
      }
      body = stop < 0 ? body : body.substring(0, stop);
      // The list may end before its clause does ("four states, A, B, C and D, signed").
      String[] parts = body.split(",");
      for (int k = 1; k <= parts.length; k++) {
        List<String> items = items(String.join(",", List.of(parts).subList(0, k)), join, false);
        if (items != null && items.size() == n) {
          return true;
        }
      }
    }
    // The list before it: "A, B, C and D – four states", its first item the end of a clause.
    String pre = text.substring(sentence.start(), f.start());
    int from = 0;
    Matcher e = Pattern.compile("[.;!?()]").matcher(pre);
    while (e.find()) {
      from = e.end();
    }
    pre = pre.substring(from);
    Matcher c = CLOSES.matcher(pre);
    if (!c.find()) {
      return false;
    }
    List<String> items = items(pre.substring(0, c.start()), join, true);
    return items != null && items.size() >= 3 && items.size() == n;
  }

  /**
   * The items of a list joined by commas and the conjunction before its last item; null when
   * the text is no such list (no conjunction before the last item, or an item too long).
   * {@code openStart}: the first item may be the end of a longer clause.
   */
  private static List<String> items(String body, Pattern join, boolean openStart) {
    String[] parts = body.strip().split("\\s*,\\s*");
    if (parts.length == 0) {
      return null;
    }
    String last = parts[parts.length - 1];
    Matcher j = join.matcher(last);
    int at = -1;
    int end = -1;
    while (j.find()) {
      at = j.start();
      end = j.end();
    }
    if (at <= 0) {
      return null;
    }
    List<String> out = new ArrayList<>(List.of(parts).subList(0, parts.length - 1));
    out.add(last.substring(0, at));
    out.add(last.substring(end));
    for (int i = 0; i < out.size(); i++) {
      int words = out.get(i).strip().isEmpty() ? 0 : out.get(i).strip().split("\\s+").length;
      if (words == 0 || words > MAX_ITEM_WORDS && !(openStart && i == 0)) {
        return null;
      }
    }
    return out;
  }

  /** The pack's list conjunction as a pattern between two items; null when it has none. */
  private static Pattern conjunction(Language lang) {
    List<String> alts = new ArrayList<>();
    for (String w : lang.pack().words("list-and")) {
      alts.add("\\s+" + Pattern.quote(w) + "\\s+");
    }
    for (String p : lang.pack().words("list-and-prefixes")) {
      alts.add("\\s+" + Pattern.quote(p) + "[\\-־]?(?=\\p{L})");
    }
    return alts.isEmpty() ? null : Pattern.compile("(?iu)(?:" + String.join("|", alts) + ")");
  }
}
