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
  /** The longest list counted when only commas and a conjunction mark it. */
  private static final int MAX_ITEMS = 12;
  /** The longest list counted when a colon, bracket or dash announces it. */
  private static final int MAX_ANNOUNCED = 20;
  /** A clause ends at a sentence mark, not at an initial's point ("A. B. Carr"). */
  private static final Pattern CLAUSE_END = Pattern.compile("(?<!(?:^|[\\s(])\\p{Lu})\\.|[;!?]");
  /** The counted noun, then a mark opening the list. */
  private static final Pattern OPENS = Pattern.compile(
      "^\\s*[\\p{L}\\p{M}\"'׳״\\s-]{0,30}?\\s*([:(–—,]|\\s-\\s)\\s*");
  /**
   * The rest of the clause in words (its verb and object, "towns joined the league", maybe its
   * year: "astronauts died in 1986"), then a colon, bracket or dash opening the list: a mark that
   * announces a list may stand farther from the count than a bare comma.
   */
  private static final Pattern OPENS_FAR = Pattern.compile(
      "^\\s*[\\p{L}\\p{M}\\p{N}\"'׳״’\\s-]{0,80}?\\s*([:(–—]|\\s-\\s)\\s*");
  /** A mark closing a list before its count. */
  private static final Pattern CLOSES = Pattern.compile("\\s*(?:[:–—,(]|\\s-)\\s*$");

  private CountedSeries() {}

  /** True when the count {@code count} (the fact) stands beside a list of that many items. */
  static boolean counts(Language lang, String text, Fact f, Span sentence, BigDecimal count) {
    if (count.scale() > 0 || count.compareTo(BigDecimal.valueOf(2)) < 0
        || count.compareTo(BigDecimal.valueOf(MAX_ANNOUNCED)) > 0) {
      return false;
    }
    Pattern join = conjunction(lang);
    if (join == null) {
      return false;
    }
    int n = count.intValue();
    // The list after the count: "four states: A, B, C and D".
    String rest = text.substring(f.end(), sentence.end());
    // A list a colon, bracket or dash announces is counted up to MAX_ANNOUNCED items ("13
    // provinces: A, B, …"); one after a bare comma, or before the count, up to MAX_ITEMS, as two
    // figures that merely meet are likelier the longer the run of names.
    if (n <= MAX_ITEMS && listAfter(OPENS.matcher(rest), rest, join, n)
        || listAfter(OPENS_FAR.matcher(rest), rest, join, n)) {
      return true;
    }
    return n <= MAX_ITEMS && listBefore(text, f, sentence, join, n);
  }

  /** True when {@code m} finds a mark opening a list of {@code n} items in {@code rest}. */
  private static boolean listAfter(Matcher m, String rest, Pattern join, int n) {
    if (m.find()) {
      String body = rest.substring(m.end());
      String mark = m.group(1).strip();
      // A bracket or dash opening the list closes it too: "– A, B and C – after a debate".
      int stop = "(".equals(mark) ? body.indexOf(')')
          : mark.matches("[–—-]") ? body.indexOf(mark) : -1;
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
    return false;
  }

  /** The list before the count: "A, B, C and D – four states", its first item ending a clause. */
  private static boolean listBefore(String text, Fact f, Span sentence, Pattern join, int n) {
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
