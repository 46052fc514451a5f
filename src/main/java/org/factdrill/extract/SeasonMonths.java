package org.factdrill.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.factdrill.text.Language;

/**
 * A month or a range of months written without a year in a habitual clause is a season of every
 * year, not a time of one year ("the squill usually flowers from September to November", "every
 * year in April the storks cross the valley", "hoa ban thường nở từ tháng 2 đến tháng 4"): like
 * the day of a yearly observance ({@link ObservedDays}) it takes neither the paragraph's year nor
 * the page's own date's, and it is not asked as the time of an event. The clause is habitual when
 * it (to the nearest comma, semicolon or sentence end, within a reach, on either side of the
 * month) holds one of the pack's {@code habitual-words} (adverbs of "usually", "as a rule") or
 * {@code yearly-words} ("every year"), or its sentence holds a yearly word anywhere; a compound
 * that holds such a word and says no habit ({@code habitual-not}: "thường vụ") does not count.
 * Where the pack can tell the present tense by its words' forms ({@link PresentClauses}: Hebrew),
 * a clause told in the present is habitual without an adverb, unless the month opens its line (a
 * chronology row's label, whose row may tell its year's events in the present).
 */
public final class SeasonMonths {
  /** How far around the month its clause is looked at (characters each side). */
  private static final int REACH = 100;
  /** How far around the month its sentence is looked at (characters each side). */
  private static final int SENTENCE_REACH = 200;
  private static final String BREAKS = ",;.!?\n";
  private static final String SENTENCE_BREAKS = ".!?\n";

  private record Words(List<String> clause, List<String> yearly, List<String> not) {}

  /** Per language: its words, lower-case. */
  private static final Map<Language, Words> WORDS = words();

  private SeasonMonths() {}

  private static Map<Language, Words> words() {
    Map<Language, Words> m = new HashMap<>();
    for (Language l : Language.values()) {
      List<String> yearly = List.copyOf(l.pack().words("yearly-words"));
      m.put(l, new Words(Stream.concat(l.pack().words("habitual-words").stream(),
          yearly.stream()).toList(), yearly, List.copyOf(l.pack().words("habitual-not"))));
    }
    return Map.copyOf(m);
  }

  /** True when {@code iso} is a month or a range of months, with no day and no year. */
  public static boolean monthsOnly(String iso) {
    for (String part : iso.split("/")) {
      if (part.length() != 4 || !part.startsWith("--")) {
        return false;
      }
    }
    return !iso.isEmpty();
  }

  /** True when {@code iso} is a month or a range of months, with no day (a year or none). */
  public static boolean months(String iso) {
    for (String part : iso.split("/")) {
      if (!(part.length() == 4 && part.startsWith("--")
          || part.length() == 7 && part.charAt(4) == '-' && part.charAt(0) != '-')) {
        return false;
      }
    }
    return !iso.isEmpty();
  }

  /** True when the yearless month (or months) at {@code start}–{@code end} is a yearly season. */
  public static boolean habitual(Language lang, String text, int start, int end) {
    Words w = WORDS.get(lang);
    if (w.clause().isEmpty()) {
      return false;
    }
    Locale loc = lang.pack().locale();
    String clause = text.substring(ClauseReach.back(text, start, REACH, BREAKS), start) + " | "
        + text.substring(end, ClauseReach.ahead(text, end, REACH, BREAKS));
    clause = clause.toLowerCase(loc);
    for (String no : w.not()) { // "Ban Thường vụ": a compound holding the adverb, no habit
      clause = clause.replace(no, " ");
    }
    if (ClauseReach.holdsAny(clause, w.clause())) {
      return true;
    }
    if (PresentClauses.holds(lang, clause) && !opensLine(text, start)) {
      return true; // "העגורים נודדים … בין אוקטובר לדצמבר": told in the present, a season
    }
    int from = ClauseReach.back(text, start, REACH, BREAKS);
    if (from > 0 && text.charAt(from - 1) == ',') {
      // "Usually, from May to July, …": the adverb fronted alone, set off by its comma
      String lead = text.substring(ClauseReach.back(text, from - 1, REACH, BREAKS), from - 1).strip()
          .toLowerCase(loc);
      if (w.clause().contains(lead)) {
        return true;
      }
    }
    String sentence = text.substring(ClauseReach.back(text, start, SENTENCE_REACH, SENTENCE_BREAKS),
        ClauseReach.ahead(text, end, SENTENCE_REACH, SENTENCE_BREAKS)).toLowerCase(loc);
    return ClauseReach.holdsAny(sentence, w.yearly());
  }

  /** True when only a list mark or spaces stand before {@code start} on its line (a row's label). */
  private static boolean opensLine(String text, int start) {
    for (int k = start - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
      if (!Character.isWhitespace(text.charAt(k)) && "-*•–".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }
}
