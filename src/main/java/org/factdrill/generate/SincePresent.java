package org.factdrill.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * The writer's present ("hiện nay", "today") in a sentence whose own clause says since when the
 * state holds ("Sau lần sáp nhập ngày 1 tháng 7 năm 2008, hiện nay huyện X có 18 xã", "Since the
 * merger of 2008 the district today has …"): the figures are true from that date on, and the date
 * is on screen, so the present is resolved by it. The clause holding the date opens with one of
 * the pack's {@code span-start-words} (since, from, after); a date written with its year, before
 * the present, in the present's own sentence. A present beside a plain date ("Năm 1990 … , hiện
 * nay …") tells of another time and stays unresolved.
 */
final class SincePresent {
  /** Every pack's since-words, lower-case, built once. */
  private static final Map<Language, List<String>> STARTS = starts();

  private SincePresent() {}

  private static Map<Language, List<String>> starts() {
    Map<Language, List<String>> m = new HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, l.pack().words("span-start-words").stream()
          .map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }
    return Map.copyOf(m);
  }

  /**
   * True when the present {@code r} is dated by a since-date of its own sentence, shown (at or
   * after {@code shown}).
   */
  static boolean anchored(Language lang, String text, RelativeTime.Found r, List<Fact> facts,
      int shown) {
    return date(lang, text, r, facts, shown) != null;
  }

  /**
   * The present {@code r} as the bank records it, dated by its since-date: the date's year, and
   * the date as evidence (the auditor then sees a resolved time, its year on screen or the
   * answer's own); null when no since-date of its sentence dates it.
   */
  static org.factdrill.bank.Question.Time time(Language lang, String text, RelativeTime.Found r,
      List<Fact> facts, int shown) {
    Fact d = date(lang, text, r, facts, shown);
    return d == null ? null : new org.factdrill.bank.Question.Time(r.text(),
        ((Value.Date) d.value()).year(), "'" + d.text() + "' at " + d.start());
  }

  /** The since-date of the present's own sentence, shown, that dates it; or null. */
  private static Fact date(Language lang, String text, RelativeTime.Found r, List<Fact> facts,
      int shown) {
    if (r.kind() != RelativeTime.Kind.DOC || r.unit() != 'd' || r.offset() != 0) {
      return null;
    }
    for (Fact d : facts) {
      if (d.kind() == FactKind.DATE && d.start() >= shown && d.end() <= r.start()
          && d.sentence() != null
          && d.sentence().start() <= d.start() && r.end() <= d.sentence().end()
          && d.value() instanceof Value.Date v && !v.isRange() && v.year() > 0
          && FactExtractor.statesYear(d.text(), lang)
          && opensWithSince(lang, text, d.sentence().start(), d.start())) {
        return d;
      }
    }
    return null;
  }

  /**
   * True when the clause holding the date at {@code at} (from the sentence's start or the last
   * comma, semicolon, colon or bracket before it) opens with a since-word.
   */
  private static boolean opensWithSince(Language lang, String text, int from, int at) {
    int i = at;
    while (i > from && ",;:(".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    String clause = text.substring(i, at).strip().toLowerCase(Locale.ROOT);
    for (String w : STARTS.getOrDefault(lang, List.of())) {
      if (clause.startsWith(w) && (clause.length() == w.length()
          || !Character.isLetterOrDigit(clause.codePointAt(w.length())))) {
        return true;
      }
    }
    return false;
  }
}
