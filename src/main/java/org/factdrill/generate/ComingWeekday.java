package org.factdrill.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.LayoutWords;
import org.factdrill.text.Span;

/**
 * A sentence about something still to come whose only time is a day of the week ("lễ hội sẽ kéo
 * dài ba ngày và kết thúc vào thứ Năm", "the fair will last three days and end on Thursday"): the
 * article's own coming week, no absolute time, nothing a student needs to know. Its verb is marked
 * future by one of the pack's {@code future-markers}, it names a weekday, and no date of it writes
 * a year (a day-month the extractor dated by the page's own date writes none); none of its
 * figures is asked. A weekday counts when written as a day's name, or in any case when its name
 * holds no numeral (Sunday in each of its spellings, the pack's {@code weekdays}).
 */
final class ComingWeekday {
  /** Per language: the words that mark a verb future, lower-case. */
  private static final Map<Language, Set<String>> MARKERS = markers();

  private ComingWeekday() {}

  private static Map<Language, Set<String>> markers() {
    Map<Language, Set<String>> m = new HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, l.pack().words("future-markers"));
    }
    return Map.copyOf(m);
  }

  /** True when sentence {@code s} of {@code text} tells of a coming weekday and no dated time. */
  static boolean holds(Language lang, String text, Span s, List<Fact> facts) {
    Set<String> markers = MARKERS.get(lang);
    if (markers.isEmpty()) {
      return false;
    }
    String sentence = s.of(text);
    if (!future(sentence, markers) || LayoutWords.of(lang).weekdays(sentence).stream()
        .noneMatch(w -> WeekdayDates.writtenAsName(w) || !numbered(lang, w))) {
      return false;
    }
    for (Fact f : facts) {
      if (f.kind() == FactKind.DATE && f.start() >= s.start() && f.end() <= s.end()
          && f.value() instanceof Value.Date d && d.year() > 0
          && FactExtractor.statesYear(f.text(), lang)) {
        return false; // a dated time of its own: the weekday is that date's
      }
    }
    return true; // (a day-month given the page's year by the extractor writes none)
  }

  /**
   * Whether a weekday's name holds a numeral ("thứ năm", "thứ 5"), so that in lower case it may be
   * an ordinal ("lần thứ năm"); a name without one ("chủ nhật", "chúa nhật") is a day whatever
   * its case.
   */
  private static boolean numbered(Language lang, String weekday) {
    for (String w : weekday.toLowerCase(lang.pack().locale()).split("\\s+")) {
      if (lang.pack().numerals().containsKey(w) || !w.isEmpty() && Character.isDigit(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean future(String sentence, Set<String> markers) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < lower.length() && Character.isLetter(lower.charAt(j))) {
        j++;
      }
      if (j > i && markers.contains(lower.substring(i, j))) {
        return true;
      }
      i = j;
    }
    return false;
  }
}
