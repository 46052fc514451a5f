package org.factdrill.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.factdrill.text.Language;
import org.factdrill.text.LayoutWords;

/**
 * A day and month said to be celebrated, honoured or commemorated, or kept every year ("từ lâu đã
 * kỷ niệm ngày 12 tháng 4 như …", "ngày 20 tháng 10 được tổ chức hằng năm", "agreed to honor July
 * 4 as the town's birthday"): the day of an observance, a day of every year, whatever holiday it
 * is (its name need not be one the pack knows, {@link ObservanceDays}). It takes neither the year
 * of the paragraph nor the page's own date's, and the generator does not ask it as the date of an
 * event. The day is observed when (1) its clause (to the nearest comma, semicolon or sentence end,
 * within a reach) holds one of the pack's {@code observance-verbs} or {@code yearly-words}, in
 * either order and whatever the verb's voice; (2) its sentence holds a yearly word anywhere
 * ("Hằng năm, vào ngày …, …": the word in its own clause); (3) its clause after it links it to a
 * kind of holiday ({@code observance-links} or {@code observance-likeness}, then up to three words,
 * then one of the {@code holiday-nouns}: "… được tổ chức như một ngày Tết", "as the town's
 * birthday"); or (4) it names a holiday: a holiday noun, or a run of capitalised words that
 * opens or ends with one, stands right before it (in a bracket or after a dash: "Ngày Hoa Đào
 * (9/10)", "Harvest Day, 2 October"), or a dash or colon and one right after it (a list row or a
 * heading "9/10 – Ngày Hoa Đào"). A weekday's name is no holiday's.
 */
public final class ObservedDays {
  /** How far around the day its clause is looked at (characters each side). */
  private static final int REACH = 100;
  /** How far around the day its sentence is looked at (characters each side). */
  private static final int SENTENCE_REACH = 200;
  private static final String BREAKS = ",;.!?\n";
  private static final String SENTENCE_BREAKS = ".!?\n";
  private static final String DASHES = "-–—:";
  /** What {@code split("\\s+")} compiled at every call: white space between words. */
  private static final java.util.regex.Pattern WHITE = java.util.regex.Pattern.compile("\\s+");

  private record Words(List<String> clause, List<String> yearly, List<String> links,
      List<String> nouns, java.util.Set<String> heads, java.util.Set<String> stops) {}

  /** Per language: its words, lower-case. */
  private static final Map<Language, Words> WORDS = words();

  private ObservedDays() {}

  private static Map<Language, Words> words() {
    Map<Language, Words> m = new HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, new Words(Stream.concat(l.pack().words("observance-verbs").stream(),
          l.pack().words("yearly-words").stream()).toList(),
          List.copyOf(l.pack().words("yearly-words")),
          Stream.concat(l.pack().words("observance-links").stream(),
              l.pack().words("observance-likeness").stream()).toList(),
          List.copyOf(l.pack().words("holiday-nouns")),
          java.util.Set.copyOf(l.pack().words("holiday-name-heads")),
          java.util.Set.copyOf(l.pack().words("unit-stops"))));
    }
    return Map.copyOf(m);
  }

  /** True when the yearless day-month at {@code start}–{@code end} of {@code text} is observed. */
  public static boolean yearly(Language lang, String text, int start, int end) {
    Words w = WORDS.get(lang);
    if (w.clause().isEmpty()) {
      return false;
    }
    Locale loc = lang.pack().locale();
    if (bracketed(text, start, end)) {
      // "the fall of Lin (8 May)", "trận Lin (ngày 8 tháng 5)": a day-month in brackets after a
      // noun phrase says when that thing happened; it is a holiday's day only when the words
      // before the bracket are the holiday's name ("Harvest Day (2 October)").
      return named(lang, text, start, end, w);
    }
    int from = ClauseReach.back(text, start, REACH, BREAKS);
    int to = ClauseReach.ahead(text, end, REACH, BREAKS);
    String before = text.substring(from, start).toLowerCase(loc);
    String after = text.substring(end, to).toLowerCase(loc);
    if (ClauseReach.holdsAny(before + " | " + after, w.clause())) {
      return true;
    }
    String sentence = text.substring(ClauseReach.back(text, start, SENTENCE_REACH, SENTENCE_BREAKS),
        ClauseReach.ahead(text, end, SENTENCE_REACH, SENTENCE_BREAKS)).toLowerCase(loc);
    // "Năm 1910, ngày 8 tháng 3 là ngày …": a year the sentence gives before the day dates it;
    // a link to a kind of day then says what that day was that year, not that it recurs.
    boolean dated = holdsYear(text, ClauseReach.back(text, start, SENTENCE_REACH, SENTENCE_BREAKS), start);
    return ClauseReach.holdsAny(sentence, w.yearly()) || !dated && linked(after, w)
        || named(lang, text, start, end, w);
  }

  /** A link word, then up to three words, then a holiday noun, in the clause after the day. */
  private static boolean linked(String after, Words w) {
    String[] t = WHITE.split(after.trim());
    for (int i = 0; i < t.length; i++) {
      for (String link : w.links()) {
        if (!matchesAt(t, i, link)) {
          continue;
        }
        int next = i + link.split(" ").length;
        for (int k = next; k < Math.min(t.length, next + 4); k++) {
          for (String n : w.nouns()) {
            if (matchesAt(t, k, n)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether text[from, to) holds a run of four figures with no figure or number mark beside it. */
  private static boolean holdsYear(String text, int from, int to) {
    int i = from;
    while (i < to) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && Character.isDigit(text.charAt(j))) {
        j++;
      }
      boolean alone = (i == from || ".,/-".indexOf(text.charAt(i - 1)) < 0)
          && (j == text.length() || ".,/-".indexOf(text.charAt(j)) < 0
          || j + 1 >= text.length() || !Character.isDigit(text.charAt(j + 1)));
      if (j - i == 4 && alone) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /** The day-month stands alone in brackets: "(" before it, ")" after it, spaces aside. */
  private static boolean bracketed(String text, int start, int end) {
    int b = start;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    int a = end;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    return b > 0 && text.charAt(b - 1) == '(' && a < text.length() && text.charAt(a) == ')';
  }

  /** Whether the words of {@code phrase} stand at word {@code i} of {@code t}. */
  private static boolean matchesAt(String[] t, int i, String phrase) {
    String[] p = phrase.split(" ");
    if (i + p.length > t.length) {
      return false;
    }
    for (int k = 0; k < p.length; k++) {
      if (!t[i + k].equals(p[k])) {
        return false;
      }
    }
    return true;
  }

  /** A holiday noun or a holiday's capitalised name right before the day, or a dash and one after. */
  private static boolean named(Language lang, String text, int start, int end, Words w) {
    if (w.nouns().isEmpty()) {
      return false;
    }
    int b = start;
    while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '('
        || text.charAt(b - 1) == ',' || DASHES.indexOf(text.charAt(b - 1)) >= 0)) {
      b--;
    }
    int from = ClauseReach.back(text, b, REACH, BREAKS + ":()");
    String[] before = WHITE.split(text.substring(from, b).trim());
    Locale loc = lang.pack().locale();
    // A holiday's name: a head word then capitalised words ("Ngày Hoa Đào", "ngày Nhà giáo"), or
    // capitalised words closed by a capitalised head ("Harvest Day"); not a weekday's name.
    int n = before.length;
    for (int k = Math.max(0, n - 6); k < n; k++) {
      String word = before[k].toLowerCase(loc);
      if (!w.heads().contains(word)) {
        continue;
      }
      boolean opens = k + 1 < n && capital(before[k + 1]) && nameOnly(before, k + 1, w, loc);
      boolean closes = k == n - 1 && k > 0 && capital(before[k]) && capital(before[k - 1]);
      String name = String.join(" ", java.util.Arrays.copyOfRange(before, Math.max(0, k - 1), n));
      if ((opens || closes) && LayoutWords.of(lang).weekdays(name).isEmpty()
          && !movable(lang, String.join(" ", java.util.Arrays.copyOfRange(before, k, n)).toLowerCase(loc))) {
        return true;
      }
    }
    String tail = " " + String.join(" ", before).toLowerCase(loc);
    for (String noun : w.nouns()) {
      if (tail.endsWith(" " + noun)) {
        return true; // "ngày lễ 2/9", "dịp lễ 1/5"
      }
    }
    int a = end;
    while (a < text.length() && (text.charAt(a) == ' ' || text.charAt(a) == ')')) {
      a++;
    }
    if (a < text.length() && DASHES.indexOf(text.charAt(a)) >= 0) {
      String[] row = WHITE.split(text.substring(a + 1,
          ClauseReach.ahead(text, a + 1, REACH, SENTENCE_BREAKS)).trim());
      String first = row[0].toLowerCase(loc);
      String[] low = String.join(" ", row).toLowerCase(loc).split(" ");
      for (String noun : w.nouns()) {
        if (matchesAt(low, 0, noun)) {
          return true;
        }
      }
      return w.heads().contains(first) && row.length > 1 && capital(row[1])
          && LayoutWords.of(lang).weekdays(row[0] + " " + row[1]).isEmpty();
    }
    return false;
  }

  /**
   * Whether words {@code from}.. of {@code t} are a name's and no function word stands among them
   * ("Tết Nguyên đán sẽ đến vào ngày 10/2": a verb's clause between the name and the day, the day
   * is when this year's holiday falls, not the name's).
   */
  private static boolean nameOnly(String[] t, int from, Words w, Locale loc) {
    for (int k = from; k < t.length; k++) {
      if (w.stops().contains(t[k].toLowerCase(loc))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} opens with a holiday the pack knows whose day moves from year to year. */
  private static boolean movable(Language lang, String name) {
    for (Map.Entry<String, String> h : lang.pack().holidays().entrySet()) {
      if (!h.getKey().isBlank() && (name.equals(h.getKey()) || name.startsWith(h.getKey() + " "))
          && org.factdrill.lang.Holidays.fixedDay(h.getValue()) <= 0) {
        return true; // "Tết Nguyên đán 10/2": this year's day of a lunar or movable feast
      }
    }
    return false;
  }

  private static boolean capital(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
