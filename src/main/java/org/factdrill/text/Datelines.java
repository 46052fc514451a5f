package org.factdrill.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A news dateline: a paragraph that opens with a place in capitals, then a comma or a dash. */
public final class Datelines {
  /** A place in capitals, maybe an agency in brackets ("PARIS (AP)"), then a comma or dash. */
  private static final Pattern OPENING = Pattern.compile(
      "^[\\p{Lu}][\\p{Lu}\\p{M} .,'-]{2,40}(?:\\([^)]{1,20}\\))?\\s*[,—–-]");

  /**
   * A whole dateline before the story: a place in capitals, maybe the filing date after a comma
   * ("CITY, Month D, YYYY", "CITY, D.M.YYYY": words and figures ending in a figure) and an agency
   * in brackets, then a dash (a hyphen only with a space on both sides) before a capital or a
   * digit ("NATO, founded in …" opens no dateline: no dash).
   */
  private static final Pattern LEAD = Pattern.compile(
      "^[\\p{Lu}][\\p{Lu}\\p{M} .,'’-]{2,40}?(?:,\\s*[\\p{L}\\p{M}\\p{N} .,/]{0,30}?\\p{N})?"
          + "\\s*(?:\\([^)]{1,20}\\))?\\s*(?:--|—|–|(?<=\\s)-(?=\\s))\\s*(?=[\\p{Lu}\\p{N}])");

  private Datelines() {}

  /** Where the story starts after the dateline opening {@code line}, or -1 when none opens it. */
  public static int leadEnd(CharSequence line) {
    Matcher m = LEAD.matcher(line);
    return m.find() ? m.end() : -1;
  }

  /** Whether {@code line} opens with a dateline's place. */
  public static boolean opens(CharSequence line) {
    return OPENING.matcher(line).find();
  }

  /**
   * Whether the date at {@code at} in {@code line} is its dateline's date: the line opens with a
   * dateline's place and nothing but spaces stands between it and the date. That date is the day
   * the report was filed, which "today" in it means, not an event of the story.
   */
  public static boolean dateAt(String line, int at) {
    Matcher m = OPENING.matcher(line);
    return at >= 0 && at <= line.length() && m.find() && m.end() <= at
        && line.substring(m.end(), at).isBlank();
  }
}
