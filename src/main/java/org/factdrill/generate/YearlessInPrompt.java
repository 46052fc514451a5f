package org.factdrill.generate;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A day or month shown in a prompt that no year can be given (the page states none for it, as the
 * date's own fact was found: {@link TimeAnchors#yearForMonth}) leaves the prompt's time open, so
 * the verdict for the date holds for every other fact asked in its sentence too. When the date
 * opens the prompt as a fronted time adverbial (a few time words: a preposition, the day word, a
 * time of day, a weekday; the date; a comma: "Hôm 15 tháng 4, …", "On May 5, …") and the blank is
 * after it, the adverbial is left out; elsewhere in the prompt the fact is not asked.
 */
final class YearlessInPrompt {
  /** The prompt's start, and the date that keeps the fact from being asked (or null). */
  record Verdict(int from, Fact yearless) {}

  private static final Map<Language, Set<String>> LEADS = new ConcurrentHashMap<>();

  private YearlessInPrompt() {}

  /**
   * The verdict for fact {@code f} (found as {@code f0}) asked in text[from, s.end()): each other
   * day or month there without a year of its own, unless it recurs every year or a year resolves
   * it, is cut when it is the prompt's fronted adverbial, else makes the fact unasked.
   */
  static Verdict of(Stem.DocState st, Fact f0, Fact f, int from, Span s) {
    String text = st.doc().text();
    int start = from;
    for (Fact o : st.facts()) {
      // A period ("20 đến 25/12") is looked at by its last end, which carries its month.
      String iso = o.value() instanceof Value.Date dd
          ? dd.iso().substring(dd.iso().lastIndexOf('/') + 1) : "";
      if (o == f0 || !(o.value() instanceof Value.Date d) || o.start() < start
          || o.end() > s.end() || o.start() < f.end() && f.start() < o.end()
          || !iso.matches("(?:--|\\d{4}-)\\d\\d(?:-\\d\\d)?")
          || d.year() > 0 && o.text().contains(String.valueOf(d.year()))
          || RecurringDays.recurs(st.doc().lang(), text, o)) {
        continue;
      }
      int month = Integer.parseInt(iso.startsWith("--") ? iso.substring(2, 4)
          : iso.substring(5, 7));
      TimeAnchors.Anchor a = st.anchors().yearForMonth(o.start(), month,
          TimeAnchors.dayOf(iso), o.sentence());
      if (a != null && a.doubt() == null) {
        continue; // shown with its year ({@link OtherDateYears})
      }
      int cut = frontedEnd(st.doc().lang(), text, start, dateEnd(st, o), o.start(), f.start());
      if (cut < 0) {
        return new Verdict(from, o);
      }
      start = cut;
    }
    return new Verdict(start, null);
  }

  /** The end of the longest date found at {@code o}'s start (a period "20 đến 25/12"). */
  private static int dateEnd(Stem.DocState st, Fact o) {
    int end = o.end();
    for (Fact g : st.facts()) {
      if (g.start() == o.start() && g.value() instanceof Value.Date && g.end() > end) {
        end = g.end();
      }
    }
    return end;
  }

  /**
   * Where the prompt goes on after a fronted adverbial at {@code from} holding the date
   * [{@code at}, {@code end}) and closed by a comma before {@code blank}, or -1 when the date is
   * no such adverbial.
   */
  static int frontedEnd(Language lang, String text, int from, int end, int at, int blank) {
    Set<String> leads = leadWords(lang);
    int words = 0;
    for (String w : text.substring(from, at).split("[\\s,]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (++words > 4 || !leads.contains(w.toLowerCase(Locale.ROOT))) {
        return -1; // "Ông Phúc, ngày 15/4, …": a subject before the date
      }
    }
    int i = end;
    while (i < blank && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= blank || text.charAt(i) != ',') {
      return -1;
    }
    i++;
    while (i < blank && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < blank ? i : -1;
  }

  /** The words that may lead a date in a fronted time adverbial, lower case (built once). */
  static Set<String> leadWords(Language lang) {
    return LEADS.computeIfAbsent(lang, YearlessInPrompt::leads);
  }

  private static Set<String> leads(Language lang) {
    Set<String> out = new TreeSet<>();
    for (String cat : new String[] {"day-prepositions", "date-lead-words", "date-fillers",
        "day-particles", "time-prepositions", "weekdays"}) {
      for (String w : lang.pack().words(cat)) {
        for (String part : w.toLowerCase(Locale.ROOT).split("\\s+")) {
          out.add(part);
        }
      }
    }
    for (String n : com.ibm.icu.text.DateFormatSymbols.getInstance(lang.pack().locale())
        .getWeekdays()) { // "Chủ nhật, 14/3, …", "Monday, May 5, …"
      if (n != null) {
        for (String part : n.toLowerCase(Locale.ROOT).split("\\s+")) {
          out.add(part);
        }
      }
    }
    return out;
  }
}
