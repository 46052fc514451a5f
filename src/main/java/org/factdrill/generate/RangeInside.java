package org.factdrill.generate;

import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A period "from A through B" whose clause also dates an event inside it ("…, including the
 * reopening in C") has a false start only before A or after C (a start between them keeps the
 * clause partly true: the period did go on from there, and C still falls in it), and a false
 * end only after B or before the earliest such event. Years the clause writes between the two
 * ends bound the wrong values of the end that is blanked. Connectors: the pack's
 * {@code range-connectors} and {@code date-range-connectors} (words; a dash joins a life span or
 * a term).
 */
final class RangeInside {
  private static final String HOLE = String.valueOf(PromptBuilder.HOLE);
  private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}.,])(\\d{4})(?![\\p{N}]|[.,]\\d)");
  private static final Map<Language, Pattern[]> SIDES = LangWords.perLanguage(RangeInside::sides);

  private RangeInside() {}

  private static Pattern[] sides(Language lang) {
    String words = LangWords.alternation(lang, "range-connectors", "date-range-connectors");
    if (words == null) {
      return null;
    }
    // Words only: "from A through B" tells a stretch of an activity, of which a later start is
    // still partly true; a dash joins a life span or a term ("(1240–1291)"), whose ends are
    // events of their own, and a false end of one is plainly false.
    String join = "\\s+(?:" + words + ")\\s+";
    return new Pattern[] {
      Pattern.compile("(?iu)^" + join + "(\\d{4})(?![\\p{N}])"),
      Pattern.compile("(?iu)(?<![\\p{N}])(\\d{4})" + join + "$")};
  }

  /** Wrong years of the blanked end {@code answerYear} of a period {@code template} writes. */
  static IntPredicate bound(Language lang, String template, int answerYear) {
    Pattern[] p = lang == null ? null : SIDES.get(lang);
    int hole = template == null ? -1 : template.indexOf(HOLE);
    if (p == null || hole < 0 || answerYear <= 0) {
      return y -> true;
    }
    Matcher after = p[0].matcher(template).region(hole + 1, template.length());
    if (after.lookingAt()) { // the start is blanked: "from _ through B"
      int end = Integer.parseInt(after.group(1));
      int inner = inner(template, after.end(1), answerYear, end, true);
      return inner < 0 ? y -> true : y -> y <= answerYear || y > inner;
    }
    Matcher before = p[1].matcher(template).region(0, hole);
    if (before.find()) { // the end is blanked: "from A through _"
      int start = Integer.parseInt(before.group(1));
      int inner = inner(template, before.end(1), start, answerYear, false);
      return inner < 0 ? y -> true : y -> y >= answerYear || y < inner;
    }
    return y -> true;
  }

  /**
   * The latest (for a blanked start) or earliest (for a blanked end) year the template writes,
   * other than the other end at {@code otherEnd}, inside the period [from, to]; -1 when none.
   */
  private static int inner(String template, int otherEnd, int from, int to, boolean latest) {
    if (from >= to) {
      return -1;
    }
    int best = -1;
    Matcher m = YEAR.matcher(template);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (m.end(1) == otherEnd || y <= from && latest || y >= to && !latest || y < from || y > to) {
        continue;
      }
      best = best < 0 ? y : latest ? Math.max(best, y) : Math.min(best, y);
    }
    return best;
  }
}
