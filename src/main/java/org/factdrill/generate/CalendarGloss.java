package org.factdrill.generate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A date written in the language's own calendar beside the Gregorian one (Hebrew: "ה' באייר
 * ה'תש"ח, 14 במאי 1948", "בשנת תרנ"ז (1897)"). It states the blanked year a second time, so it
 * leaves the prompt together with the blank: the prompt stays whole ("ביום שישי, _____ ב…") and
 * gives nothing away. A year in letters is read by its letters' values (gematria), thousands
 * marked by "ה'" or left out, as Hebrew writes them; its Gregorian year is 3760 or 3761 less.
 */
final class CalendarGloss {
  private static final String HOLE = String.valueOf(PromptBuilder.HOLE);
  /** A Hebrew-calendar year in letters: ה'תש"ח, תשל"ד, תרנ"ז (hundreds, then gershayim). */
  static final Pattern YEAR = Pattern.compile(
      "(?<!\\p{L})(?:ה['׳]?)?[קרשת][קרשת]?[א-צ]?[\"״][א-ת](?![\\p{L}\"״'׳])");
  /** A day of a Hebrew month in letters: ה', ט"ו, כ"ט. */
  private static final String DAY = "(?:[א-ל][\"״][א-ט]|[א-ל]['׳])";
  /** Each language's gloss pattern, built once (absent for a language without own-calendar months). */
  private static final Map<Language, Pattern> GLOSS = LangWords.perLanguage(CalendarGloss::gloss);
  private static final String SEP = "[\\s,;–—-]*";

  private CalendarGloss() {}

  private static Pattern gloss(Language l) {
    List<String> months = LangWords.lines(l, "calendar-months");
    if (months.isEmpty()) {
      return null;
    }
    String alt = String.join("|", months.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).toList());
    // (day month)? year, or a year in parentheses; the month may carry the prefix letters a
    // month takes after its day (words.tsv day-month-prefixes: "ה' באייר").
    String prefix =
        org.factdrill.lang.WordPatterns.alternation(l.pack().words("day-month-prefixes"));
    return Pattern.compile("(?:" + DAY + "\\s+(?:" + prefix + ")?(?:" + alt + ")\\s+)?"
        + YEAR.pattern());
  }

  /** The Gregorian year a Hebrew year in letters falls in mostly (its spring), or -1. */
  static int gregorian(String letters) {
    String s = letters.strip();
    int thousands = 5;
    if (s.matches("ה['׳].*")) {
      s = s.substring(2);
    } else if (s.matches("ה[קרשת].*")) {
      s = s.substring(1); // the article, as laws are named: "התשי\"ח-1958" (hundreds open a year)
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      int x = value(s.charAt(i));
      if (x < 0) {
        continue; // geresh, gershayim
      }
      v += x;
    }
    return v == 0 ? -1 : thousands * 1000 + v - 3760;
  }

  /** True when a Hebrew year in letters covers (part of) Gregorian {@code year}. */
  static boolean sameYear(String letters, int year) {
    int g = gregorian(letters);
    return g > 0 && (g == year || g - 1 == year);
  }

  /**
   * {@code raw} (a prompt with its hole) without the own-calendar date that stands right beside
   * the hole and states {@code year}; unchanged when there is none.
   */
  static String without(Language lang, String raw, int year) {
    raw = OtherCalendarGloss.without(lang, raw, year); // a lunar date or cycle year in brackets
    Pattern p = lang == null ? null : GLOSS.get(lang);
    int hole = raw.indexOf(HOLE);
    if (p == null || hole < 0 || year <= 0) {
      return raw;
    }
    Matcher m = p.matcher(raw);
    while (m.find()) {
      Matcher y = YEAR.matcher(m.group());
      if (!y.find() || !sameYear(y.group(), year)) {
        continue;
      }
      int s = m.start();
      int e = m.end();
      // In parentheses of its own: "1897 (תרנ"ז)".
      int ps = s;
      while (ps > 0 && raw.charAt(ps - 1) == ' ') {
        ps--;
      }
      boolean own = ps > 0 && raw.charAt(ps - 1) == '(' && e < raw.length() && raw.charAt(e) == ')';
      if (own) {
        s = ps - 1;
        e = e + 1;
      }
      String between = s > hole ? raw.substring(hole + 1, s) : raw.substring(e, hole);
      if (!between.matches(SEP + "\\(?\\s*(?:(?:" + prefixes(lang) + "){1,3}[-־]?)?")
          || between.length() > 8) {
        continue; // not beside the blank: another date of the sentence
      }
      String before = raw.substring(0, s);
      String after = raw.substring(e);
      String out;
      if (s > hole) { // "_____, ז' בחשוון ה'תשפ"ג, ו…": what follows the gloss follows the blank
        String left = before.replaceAll("[\\s,;–—-]+$", "");
        out = left + (after.isEmpty() || after.matches("(?s)^[\\s,.;:!?)].*") ? "" : " ") + after;
      } else { // "ה' באייר ה'תש"ח, _____": the blank takes the gloss's place
        String left = before.replaceAll("\\s+$", "");
        String right = after.replaceAll("^[\\s,;–—-]+", "");
        // Prefix letters glued to the gloss ("בה' באייר …") join the blank as they join digits:
        // "ב-_____", "ב-14 במאי …".
        boolean glued = left.replaceAll("(?s).*\\s", "").matches("(?:" + prefixes(lang) + "){1,3}");
        String join = left.isEmpty() ? "" : glued ? "-" : left.endsWith(",")
            || !between.contains(",") ? " " : ", ";
        out = left + join + right;
      }
      // "בשנת (_____)", "(_____ למניינם)": the parentheses held the Gregorian year (and the
      // pack's word naming its era) beside the gloss; without the gloss the blank stands bare.
      String era = lang.pack().words("calendar-era-words").stream()
          .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
          .reduce((a, b) -> a + "|" + b).map(x -> "(?:\\s+(?:" + x + "))?").orElse("");
      out = out.replaceAll("\\(\\s*" + HOLE + era + "\\s*\\)", HOLE).replaceAll("  +", " ");
      return out;
    }
    return raw;
  }

  /** The pack's prefix letters as alternatives ("ו|ב|ל…"); matches nothing when it has none. */
  private static String prefixes(Language lang) {
    List<String> letters = new java.util.ArrayList<>();
    lang.pack().prefixes().codePoints().forEach(c -> letters.add(Character.toString(c)));
    return org.factdrill.lang.WordPatterns.alternation(letters);
  }

  private static int value(char c) {
    String letters = "אבגדהוזחטיכלמנסעפצקרשת";
    int[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300,
        400};
    String finals = "ךםןףץ";
    int[] finalValues = {20, 40, 50, 80, 90};
    int i = letters.indexOf(c);
    if (i >= 0) {
      return values[i];
    }
    i = finals.indexOf(c);
    return i >= 0 ? finalValues[i] : -1;
  }
}
