package org.factdrill.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Words whose referent is named before them, so that a prompt holding them must show that name
 * (or that date), or not be asked. Three classes, all pack data ({@code lang/<code>/referents.txt}):
 * a clause opening where its subject should be with a word that only ever follows a subject
 * (Vietnamese aspect and manner words, "đã", "vẫn": the subject was dropped because the sentence
 * before gave it); a pronoun or quantifier anywhere in the clause ("cả hai bên", "both sides",
 * "họ") with no name before it in the prompt; a day counted from another ("cùng ngày", "the
 * next day", "на следующий день") with no date of a day before it in the prompt, and a month
 * counted from another ("a month later", "một tháng sau") with no date of a month; a free relative
 * standing for a thing by what someone called it ("what the press called …") without the sentence
 * before that names the thing; a weekday ("on
 * Sunday") with no date of a day in the prompt (the blank's own counts); a group word opening the
 * clause as its subject ("These were …", "họ", "השניים") with nothing shown that names someone;
 * a given name alone of a family named before ({@link GivenNames}). The sentence
 * before is shown when it gives what is missing; otherwise the fact is not asked. A pack without
 * the list gets no such rule.
 */
final class Referents {
  /** A fronted participial phrase set off by a comma has at most this many words. */
  private static final int FRONTED_WORDS = 12;
  /** A date this close after a day phrase restates it ("hôm sau, ngày 5 tháng 3"). */
  private static final int RESTATED = 25;
  /** A number in a day phrase: digits or one or two number words. */
  private static final String N = "(?:\\d+|[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)?)";
  /** Every pack's first-person endings, read once (immutable). */
  private static final TimePhrasePronoun FIRST_PERSON = new TimePhrasePronoun();
  /** Every pack's lists, built once (immutable). */
  private static final Map<Language, Referents> ALL = all();

  /** Where the prompt starts (after the sentence before it is added), or why it is not asked. */
  record Start(int from, boolean prepended, SkipReason skip, String detail) {}

  private final List<String> openers = new ArrayList<>();
  private final List<String> participles = new ArrayList<>();
  private final List<String> notOpeners = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();
  private final List<String> notGroups = new ArrayList<>();
  private final Pattern needs;
  private final Pattern notNeeds;
  private final Pattern days;
  private final Pattern months;
  private final Pattern calledBy;
  private final Pattern weekdays;
  private final boolean titles;

  Referents(List<String> lines, boolean pronounAsTitle) {
    List<String> need = new ArrayList<>();
    List<String> notNeed = new ArrayList<>();
    List<String> day = new ArrayList<>();
    List<String> month = new ArrayList<>();
    List<String> called = new ArrayList<>();
    List<String> weekday = new ArrayList<>();
    for (String line : lines) {
      String[] p = line.split("\t");
      if (p.length != 2) {
        continue;
      }
      String w = p[1].strip().toLowerCase(Locale.ROOT);
      switch (p[0].strip()) {
        case "opener" -> openers.add(w);
        case "participle" -> participles.add(w);
        case "not-opener" -> notOpeners.add(w);
        case "group" -> groups.add(w);
        case "not-group" -> notGroups.add(w);
        case "needs" -> need.add(Pattern.quote(w));
        case "not-needs" -> notNeed.add(Pattern.quote(w));
        case "day" -> day.add(w.replace("{N}", N).replace("{n}", N));
        case "month" -> month.add(w.replace("{N}", N).replace("{n}", N));
        case "called" -> called.add(w);
        case "weekday" -> weekday.add(p[1].strip()); // matched ignoring case; (?-i:…) keeps it
        default -> { }
      }
    }
    needs = words(need);
    notNeeds = words(notNeed);
    days = words(day);
    months = words(month);
    calledBy = words(called);
    weekdays = words(weekday);
    titles = pronounAsTitle;
  }

  /** The lists of {@code lang}'s pack. */
  static Referents of(Language lang) {
    return ALL.get(lang);
  }

  private static Map<Language, Referents> all() {
    Map<Language, Referents> m = new HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, new Referents(LangWords.lines(l, "referents"),
          "yes".equals(l.pack().setting("pronoun-as-title", ""))));
    }
    return Map.copyOf(m);
  }

  private static Pattern words(List<String> alternatives) {
    if (alternatives.isEmpty()) {
      return null;
    }
    alternatives.sort(Comparator.comparingInt(String::length).reversed());
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}\\p{N}])(?:" + String.join("|", alternatives)
        + ")(?![\\p{L}\\p{M}\\p{N}])");
  }

  /**
   * True when the clause {@code opening} starts where its subject should be with a word that only
   * follows a subject ("Đã ký …", "Was appointed …"): its subject is in the sentence before. A
   * participle word opening a short phrase set off by a comma, whose main clause opens otherwise,
   * is a fronted phrase with the subject after it ("Được thành lập năm 1945, đảng …").
   */
  boolean dropsSubject(String opening) {
    String t = opening.replaceFirst("^[\\s…\"'“‘«(\\-–—]+", "").strip().toLowerCase(Locale.ROOT);
    if (t.matches("(?s).*\\?[\\s\"'”’»)]*$")) {
      return false; // a question: "Was it …?"
    }
    if (opensWith(t, notOpeners) != null) {
      return false;
    }
    if (opensWith(t, openers) != null) {
      return true;
    }
    if (opensWith(t, participles) == null) {
      return false;
    }
    int comma = t.indexOf(',');
    if (comma < 0 || t.substring(0, comma).strip().split("\\s+").length > FRONTED_WORDS) {
      return true;
    }
    String main = t.substring(comma + 1).strip();
    return opensWith(main, openers) != null || opensWith(main, participles) != null;
  }

  /**
   * The group word that is the subject of {@code clause} (lower case): opening it, after a prefix
   * letter the pack glues onto a clause's first word ("ואלה", "והשניים"), after a fronted phrase
   * set off by a comma ("In 1786, they …", "Năm 1786, họ …") or after an opening time phrase
   * ("ב-1786 הם …"); null when there is none or an exception covers it ("those who").
   */
  private String group(Stem.DocState st, Context context, String clause) {
    Language lang = st.doc().lang();
    String g = opensGroup(lang, clause);
    if (g != null || groups.isEmpty()) {
      return g;
    }
    Set<String> words = Set.copyOf(groups);
    if (FrontedPronoun.find(clause, context.subordinators(lang), words,
        Set.copyOf(notGroups), FrontedPronoun.closers(lang), titles)) {
      return "after a fronted phrase";
    }
    return FIRST_PERSON.find(lang, clause, w -> opensGroup(lang, w) != null) ? "after a time phrase"
        : null;
  }

  /** The group word opening {@code t}, also after one of the pack's clause prefix letters. */
  private String opensGroup(Language lang, String t) {
    String prefixes = lang.pack().setting("clause-prefixes", "");
    if (opensWith(t, notGroups) != null) {
      return null; // "those who"
    }
    for (String u : t.length() > 1 && prefixes.indexOf(t.charAt(0)) >= 0
        ? List.of(t, t.substring(1)) : List.of(t)) {
      if (opensWith(u, notGroups) == null && opensWith(u, groups) != null) {
        return opensWith(u, groups);
      }
    }
    return null;
  }

  private static String opensWith(String t, List<String> words) {
    for (String w : words) {
      if (t.startsWith(w) && (t.length() == w.length()
          || !Character.isLetterOrDigit(t.charAt(w.length())))) {
        return w;
      }
    }
    return null;
  }

  /**
   * Where a prompt over sentence {@code s} must start for its referring words to be understood:
   * {@code from} as it is when the prompt names what they refer to; the start of the sentence
   * before when that one names it; else a skip. {@code prepended} says whether {@code from}
   * already holds the sentence before.
   */
  Start start(Stem.DocState st, Context context, Fact f, int from, Span s, boolean prepended) {
    String text = st.doc().text();
    Language lang = st.doc().lang();
    int at = from;
    boolean added = prepended;
    if (FIRST_PERSON.firstPerson(lang, PromptBuilder.clean(s.of(text)))) {
      // "בשנת 1890 עליתי": the writer, whom no sentence before names.
      return new Start(from, prepended, SkipReason.DANGLING_START, "first person: the writer");
    }
    String now = OpenNow.unstated(lang, f.kind(), PromptBuilder.clean(s.of(text)),
        statesYear(st.facts(), f, s.start(), s.end()));
    if (now != null && !(added && statesYear(st.facts(), f, at, s.start()))) {
      // "Henceforth ___ villages paid …": its present is the time the sentence before states
      // (a decree's date), shown with it; else the text's own date; else it is not asked.
      Span prev = added ? null : usablePrevious(st, context, s);
      if (prev != null && statesYear(st.facts(), f, prev.start(), prev.end())
          && PromptBuilder.clean(text.substring(prev.start(), s.end())).length() <= Stem.LONG_WHOLE) {
        at = prev.start();
        added = true;
      } else if (st.anchors().docDate() == null) { // "so far ___ people", in an undated text
        return new Start(from, prepended, SkipReason.RELATIVE_TIME, now + " (the text has no date)");
      }
    }
    java.util.function.Predicate<String> asName = w -> context.writesAsName(st.doc(), w);
    String given = GivenNames.alone(text, s.start(), text.substring(at, s.end()),
        st.context().line(s.start()), asName, context.connectives(lang));
    boolean family = given != null;
    if (!family && FirstNameAlone.applies(lang)) { // "Mara" of "Mara Quell" named before
      given = FirstNameAlone.alone(text, s.start(), text.substring(at, s.end()),
          st.context().line(s.start()), asName, articles(lang));
    }
    if (given != null) { // "Piet" of "Anna, Piet and Mara Verlo": one of the full names is shown
      Span prev = added ? null : usablePrevious(st, context, s);
      if (prev == null || !(family ? GivenNames.showsFullName(text, s.start(), prev.of(text),
          given, asName, context.connectives(lang))
          : FirstNameAlone.showsFullName(text, s.start(), prev.of(text), given, asName,
              articles(lang)))) {
        return new Start(from, prepended, SkipReason.DANGLING_START, "'" + given + "' alone, "
            + (family ? "a given name of a family" : "the first word of a full name")
            + " named before");
      }
      at = prev.start();
      added = true;
    }
    String opening = PromptBuilder.clean(s.of(text)).replaceFirst("^[\\s…\"'“‘«(\\-–—]+", "");
    String clause = opening.substring(context.connectiveLength(lang, opening)).toLowerCase(Locale.ROOT);
    String group = group(st, context, clause);
    // After a fronted phrase the group may be the people that phrase names ("After Anna and
    // Piet met, they …"): it is shown with it.
    String fronted = group != null && group.startsWith("after ") && clause.indexOf(',') > 0
        ? opening.substring(opening.length() - clause.length()).substring(0, clause.indexOf(','))
        : "";
    if (group != null && !context.namesSubject(st.doc(), PromptBuilder.clean(text.substring(
        Math.min(at, s.start()), s.start()))) && !(!fronted.isEmpty()
        && context.namesSubject(st.doc(), fronted))) { // "These were …": the sentence shown with it names the group
      Span prev = added ? null : usablePrevious(st, context, s);
      if (prev == null || !context.namesSubject(st.doc(), PromptBuilder.clean(prev.of(text)))) {
        return new Start(from, prepended, SkipReason.DANGLING_START,
            "'" + group + "' stands for a group that nothing shown names");
      }
      at = prev.start();
      added = true;
    }
    Matcher need = find(needs, text, at, s.end());
    if (need != null && !context.namesSubject(st.doc(),
        PromptBuilder.clean(text.substring(at, need.start())))) {
      Span prev = added ? null : usablePrevious(st, context, s);
      if (prev == null || !context.namesSubject(st.doc(), PromptBuilder.clean(prev.of(text)))) {
        return new Start(from, prepended, SkipReason.DANGLING_START,
            "'" + need.group() + "' refers to no one named before it");
      }
      at = prev.start();
      added = true;
    }
    Matcher called = added ? null : find(calledBy, text, at, s.end());
    if (called != null) {
      // "… attacked what the press called the iron wall": the thing is the one the sentence
      // before names; shown with it, or asked alone only when the clause names it itself.
      Span prev = usablePrevious(st, context, s);
      if (prev != null && PromptBuilder.clean(text.substring(prev.start(), s.end())).length()
          <= Stem.LONG_WHOLE) {
        at = prev.start();
        added = true;
      } else if (!context.namesSubject(st.doc(), PromptBuilder.clean(
          text.substring(at, called.start())))) {
        return new Start(from, prepended, SkipReason.DANGLING_START,
            "'" + called.group() + "' stands for a thing named before");
      }
    }
    Matcher weekday = find(weekdays, text, at, s.end());
    if (weekday != null && !hasDay(st.facts(), f, at, s.end(), s.end(), s.end())) {
      // "on Sunday": which Sunday only a date with a day says, here or in the sentence before.
      Span prev = added ? null : usablePrevious(st, context, s);
      if (prev == null || !hasDay(st.facts(), null, prev.start(), prev.end(), prev.end(),
          prev.end())) {
        return new Start(from, prepended, SkipReason.RELATIVE_TIME, weekday.group());
      }
      at = prev.start();
      added = true;
    }
    // "a month later" needs the month it counts from, as "the next day" needs the day.
    Start month = countedFrom(months, Referents::monthDate, st, context, f, from, prepended, at,
        added, s);
    if (month.skip() != null) {
      return month;
    }
    return countedFrom(days, Referents::dayDate, st, context, f, from, prepended, month.from(),
        month.prepended(), s);
  }

  /**
   * Where a prompt holding a time counted from another ({@code phrases}: a day from a day, a
   * month from a month) must start: {@code at} when a date precise enough ({@code dated}) stands
   * before the phrase in the prompt or restates it right after; the sentence before when it holds
   * one; else a skip (reason {@code relative_time}).
   */
  private Start countedFrom(Pattern phrases, java.util.function.Predicate<Fact> dated,
      Stem.DocState st, Context context, Fact f, int from, boolean prepended, int at,
      boolean added, Span s) {
    Matcher day = find(phrases, st.doc().text(), at, s.end());
    if (day != null && f.start() < day.end() && day.start() < f.end()) {
      // "___ ngày sau (24/3/1945)": the count of days needs the day it counts from, and with
      // both days shown it is a subtraction.
      return new Start(from, prepended, SkipReason.RELATIVE_TIME, day.group());
    }
    if (day == null || hasDate(dated, st.facts(), f, at, day.start(), day.end(), s.end())) {
      return new Start(at, added, null, null);
    }
    if (dated.test(f) && f.start() >= day.end() && f.start() - day.end() <= RESTATED) {
      // "Hôm sau, ngày ___": the blank is the day counted from one the prompt does not show;
      // "Đêm hôm trước, ___" of "19 tháng 3" writes its day and month: only its year is open.
      return WrittenMonth.in(st.doc().lang(), f.text()) ? new Start(at, added, null, null)
          : new Start(from, prepended, SkipReason.RELATIVE_TIME, day.group());
    }
    Span prev = added ? null : usablePrevious(st, context, s);
    if (prev != null && hasDate(dated, st.facts(), null, prev.start(), prev.end(), prev.end(),
        prev.end())) {
      return new Start(prev.start(), true, null, null);
    }
    return new Start(from, prepended, SkipReason.RELATIVE_TIME, day.group());
  }

  /**
   * True when the blank {@code f} restates a day phrase ("Hôm sau, ___", "The night before, ___")
   * and the prompt from {@code from} shows a date with a day before that phrase: the day counted
   * from is on screen, so the blank is a subtraction ("Ngày 20/3/1931 … Hôm sau, ___").
   */
  boolean restatedFromShown(Stem.DocState st, Fact f, int from) {
    if (days == null || !dayDate(f) || from >= f.start()) {
      return false;
    }
    Matcher day = days.matcher(st.doc().text()).region(Math.max(from, f.start() - 80), f.start());
    int start = -1;
    while (day.find()) {
      start = f.start() - day.end() <= RESTATED ? day.start() : start; // the phrase it restates
    }
    return start >= 0 && hasDate(Referents::dayDate, st.facts(), null, from, start, start, start);
  }

  /** Which of the pack's time referents {@link #counted} finds. */
  enum Counted { DAY, MONTH, WEEKDAY }

  /**
   * The pack's phrases of kind {@code k} in text[from, to), in order, as [start, end) pairs: a
   * day counted from another ("the next day", "hôm sau", "למחרת"), a month counted from another
   * ("a month later"), a weekday ("on Sunday").
   */
  List<int[]> counted(String text, int from, int to, Counted k) {
    Pattern p = k == Counted.DAY ? days : k == Counted.MONTH ? months : weekdays;
    List<int[]> out = new ArrayList<>();
    Matcher m = find(p, text, from, to);
    while (m != null) {
      out.add(new int[] {m.start(), m.end()});
      m = find(p, text, m.end(), to);
    }
    return out;
  }

  /** The language's articles ("the", "a"): a person's name follows none. */
  private static Set<String> articles(Language lang) {
    Set<String> out = new java.util.HashSet<>(lang.pack().words("definite-articles"));
    out.addAll(lang.pack().words("indefinite-articles"));
    return out;
  }

  /**
   * The sentence before {@code s} when it can be shown with it: prose that points back to none
   * and has its own verb (a list's verbless continuation names no group: {@link ListFragment}).
   */
  static Span usablePrevious(Stem.DocState st, Context context, Span s) {
    Span prev = st.context().previous(s);
    if (prev == null || st.context().isLayout(prev) || context.opensWithPronoun(st.doc().lang(),
        PromptBuilder.clean(prev.of(st.doc().text())))
        || ListFragment.is(st.doc().lang(), PromptBuilder.clean(prev.of(st.doc().text())))) {
      return null;
    }
    return prev;
  }

  /** The first match in text[from, to) that an exception does not cover, or null. */
  private Matcher find(Pattern p, String text, int from, int to) {
    if (p == null || from >= to) {
      return null;
    }
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      if (!excepted(text, m.start(), m.end(), from, to) && !(p == needs && titled(text, m.end(), to))) {
        return m;
      }
    }
    return null;
  }

  private boolean excepted(String text, int start, int end, int from, int to) {
    if (notNeeds == null) {
      return false;
    }
    Matcher x = notNeeds.matcher(text).region(Math.max(from, start - 20), Math.min(to, end + 20));
    while (x.find()) {
      if (x.start() <= start && x.end() >= end) {
        return true;
      }
    }
    return false;
  }

  /** A kin word before a capitalized name is a title ("ông Diệm"), where the pack says so. */
  private boolean titled(String text, int end, int to) {
    if (!titles) {
      return false;
    }
    int i = end;
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i > end && i < to && Character.isUpperCase(text.charAt(i));
  }

  /**
   * True when a date with a day stands in text[from, before) (the blank's own date included:
   * "ngày 5 tháng 3 … cùng ngày"), or right after the phrase, restating it (not the blank).
   */
  private static boolean hasDay(List<Fact> facts, Fact blank, int from, int before, int phraseEnd,
      int to) {
    return hasDate(Referents::dayDate, facts, blank, from, before, phraseEnd, to);
  }

  /** As {@link #hasDay}, for a date that {@code dated} accepts (one with a day, with a month). */
  private static boolean hasDate(java.util.function.Predicate<Fact> dated, List<Fact> facts,
      Fact blank, int from, int before, int phraseEnd, int to) {
    for (Fact g : facts) {
      if (!dated.test(g)) {
        continue;
      }
      if (g.start() >= from && g.end() <= before) {
        return true;
      }
      boolean isBlank = blank != null && g.start() == blank.start() && g.end() == blank.end();
      if (!isBlank && g.start() >= phraseEnd && g.start() - phraseEnd <= RESTATED && g.end() <= to) {
        return true;
      }
    }
    return blank != null && dated.test(blank) && blank.end() <= before && blank.start() >= from;
  }

  /** True when a date other than the blank {@code f}, with its year, stands in text[from, to). */
  private static boolean statesYear(List<Fact> facts, Fact f, int from, int to) {
    return facts.stream().anyMatch(g -> g != f && g.start() >= from && g.end() <= to
        && g.value() instanceof Value.Date d && d.iso().matches("-?\\d{3,4}.*"));
  }

  /** A date that states its month ("March 1950", "8/3/1942"; a day's date too). */
  private static boolean monthDate(Fact f) {
    return f.value() instanceof Value.Date d && d.iso().matches("(?:-?\\d{4}|-)-\\d\\d.*");
  }

  private static boolean dayDate(Fact f) {
    return f.value() instanceof Value.Date d && d.iso().matches("(?:-?\\d{4}|-)-\\d\\d-\\d\\d.*");
  }
}
