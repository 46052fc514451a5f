package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A list row that names a day and gives its date in brackets, "<the day of> <event> (<full
 * date>)", once or several times joined by a comma or the pack's "and" ({@code list-and}; in a
 * language that writes "and" as a prefix letter, that letter on the day word). It has no verb,
 * whatever the length of the name ("Ngày thành lập … (4-6-1936)" holds a nominalised verb), so
 * it is no sentence; but it states a fact, the event's date, which is asked as "<event>: _____",
 * one event per question: the other days of the row, and their dates, are not shown. The day
 * words are pack data ({@code day-row-heads}: the name's first word, its second after an
 * article, or its last written with a capital as a name's: "Day of the Republic", "Ngày …",
 * "יום …", "Victory Day").
 */
final class DayRows {
  /** One "<name> (<bracket>)" pair, then what may join it to the next. */
  private static final Pattern PAIR = Pattern.compile(
      "\\s*([^()\\d;:]+?)\\s*\\(([^()]*\\d[^()]*)\\)\\s*([,;]?)");
  /** A list number or bullet opening the row. */
  private static final Pattern NUMBER = Pattern.compile("^\\s*(?:\\d{1,3}[.)]|[-*•·–—])\\s+");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern END = Pattern.compile("[\\s.;,]*");

  /** One day of a row: its name and where its bracket's inside is, within the sentence. */
  record Day(String name, int from, int to) {}

  private DayRows() {}

  /**
   * The days of {@code sentence} when the whole of it is "<name> (<date>)" pairs, joined by a
   * comma, semicolon or the pack's "and"; null otherwise. Names as written (the joiner and a
   * list number left out); any bracket holding a figure.
   */
  static List<Day> pairs(Language lang, String sentence) {
    List<Day> days = new ArrayList<>();
    Matcher m = PAIR.matcher(sentence);
    int at = 0;
    Matcher num = NUMBER.matcher(sentence);
    if (num.lookingAt()) {
      at = num.end();
    }
    while (at < sentence.length()) {
      m.region(at, sentence.length());
      if (!m.lookingAt()) {
        break;
      }
      String name = days.isEmpty() ? m.group(1) : withoutJoiner(lang, m.group(1));
      if (name == null) {
        return null;
      }
      days.add(new Day(name.strip(), m.start(2), m.end(2)));
      at = m.end();
    }
    if (days.isEmpty() || !END.matcher(sentence.substring(at)).matches()) {
      return null;
    }
    return days;
  }

  /** True when {@code sentence} is a row of named days, each with a full date in brackets. */
  static boolean is(Language lang, String sentence) {
    List<Day> days = pairs(lang, sentence);
    if (days == null) {
      return false;
    }
    for (Day d : days) {
      if (!dayName(lang, d.name())
          || !YEAR.matcher(sentence.substring(d.from(), d.to())).find()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The template asking {@code f} when it is the whole date in a bracket of a day row in
   * sentence {@code s}: "<that day's name>: HOLE."; null when the sentence is no day row or the
   * fact is not such a date (a figure in a name is not asked from the row).
   */
  static String asked(Language lang, String text, Span s, Fact f) {
    String sentence = s.of(text);
    if (!(f.value() instanceof Value.Date d) || d.isRange() || d.year() <= 0
        || !d.iso().matches("\\d{4}-\\d\\d-\\d\\d") || !is(lang, sentence)) {
      return null;
    }
    int fs = f.start() - s.start();
    int fe = f.end() - s.start();
    for (Day day : pairs(lang, sentence)) {
      String inside = sentence.substring(day.from(), day.to());
      int lead = inside.length() - inside.stripLeading().length();
      if (fs == day.from() + lead && fe == day.from() + inside.stripTrailing().length()) {
        String name = PromptBuilder.clean(day.name()).strip();
        if (name.isEmpty()) {
          return null;
        }
        name = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        return name + ": " + PromptBuilder.HOLE + ".";
      }
    }
    return null;
  }

  /** The name after the word or prefix letter joining it to the day before; null if none. */
  private static String withoutJoiner(Language lang, String name) {
    String n = name.strip();
    for (String and : lang.pack().words("list-and")) {
      if (n.toLowerCase(Locale.ROOT).startsWith(and + " ")) {
        return n.substring(and.length() + 1);
      }
    }
    String prefixes = lang.pack().prefixes();
    if (!n.isEmpty() && prefixes.indexOf(n.charAt(0)) >= 0
        && dayName(lang, n.substring(1))) {
      return n.substring(1); // "ויום …": "and" written on the day word
    }
    return n; // joined by a comma alone
  }

  /** True when a day word of the pack opens the name (after an article) or ends it. */
  private static boolean dayName(Language lang, String name) {
    String[] as = name.strip().split("[\\s,]+");
    String[] w = name.strip().toLowerCase(Locale.ROOT).split("[\\s,]+");
    java.util.Set<String> heads = lang.pack().words("day-row-heads");
    java.util.Set<String> articles = lang.pack().words("day-row-articles");
    return w.length > 1 && (heads.contains(w[0])
        || articles.contains(w[0]) && heads.contains(w[1])
        || heads.contains(w[w.length - 1]) && Character.isUpperCase(as[as.length - 1].charAt(0)));
  }
}
