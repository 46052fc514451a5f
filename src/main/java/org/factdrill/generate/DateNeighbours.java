package org.factdrill.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * Whether a bare number is the day or month of a date by its neighbours, from every language's
 * pack (pages mix languages: a Vietnamese date in a text read as English): a month form right before it ("May 5"), a word that marks a day or month before it
 * ({@code day-month-before}: vi "ngày 5", "tháng 5") or after it ({@code day-month-after}), a
 * month form after it with the pack's ordinal endings, linking words ({@code day-month-links}:
 * "5th of May") and prefix letters ("5 במאי"), or a numeric date's slash ("28/8").
 */
final class DateNeighbours {
  /** Built once: the union of every pack's words, immutable. */
  private static final DateNeighbours ALL = new DateNeighbours();
  /** A number right after "12/" is the month of a numeric date ("28/8"), not a count. */
  private static final Pattern NUMERIC_BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,2}\\s*/\\s*$");

  private final Pattern before;
  private final Pattern after;

  private DateNeighbours() {
    java.util.Set<String> monthForms = new java.util.HashSet<>();
    java.util.Set<String> before0 = new java.util.HashSet<>();
    java.util.Set<String> after0 = new java.util.HashSet<>();
    java.util.Set<String> endings0 = new java.util.HashSet<>();
    java.util.Set<String> links0 = new java.util.HashSet<>();
    StringBuilder prefixes = new StringBuilder();
    for (Language l : Language.values()) {
      LanguagePack pack = l.pack();
      monthForms.addAll(pack.monthForms().keySet());
      before0.addAll(pack.words("day-month-before"));
      after0.addAll(pack.words("day-month-after"));
      endings0.addAll(pack.words("ordinal-endings"));
      links0.addAll(pack.words("day-month-links"));
      prefixes.append(pack.prefixes());
    }
    String months = alt(new ArrayList<>(monthForms));
    String marksBefore = alt(new ArrayList<>(before0));
    String marksAfter = alt(new ArrayList<>(after0));
    String endings = alt(new ArrayList<>(endings0));
    String links = alt(new ArrayList<>(links0));
    String prefix = prefixes.length() == 0 ? ""
        : "[" + Pattern.quote(prefixes.toString()) + "]?";
    List<String> b = new ArrayList<>();
    if (!months.isEmpty()) {
      b.add("(?<!\\p{L})(?:" + months + ")");
    }
    if (!marksBefore.isEmpty()) {
      b.add("(?<![\\p{L}\\p{N}])(?:" + marksBefore + ")");
    }
    before = b.isEmpty() ? null
        : Pattern.compile("(?iu)(?:" + String.join("|", b) + ")\\.?\\s*$");
    List<String> a = new ArrayList<>();
    if (!months.isEmpty()) {
      a.add("\\s*" + (endings.isEmpty() ? "" : "(?:" + endings + ")?") + "\\s+"
          + (links.isEmpty() ? "" : "(?:(?:" + links + ")\\s+)?") + "(?:" + prefix + "(?:"
          + months + "))(?!\\p{L})");
    }
    if (!marksAfter.isEmpty()) {
      a.add("\\s+(?:" + marksAfter + ")(?![\\p{L}\\p{N}])");
    }
    a.add("\\s*/\\s*\\d{1,2}(?!\\d)");
    after = Pattern.compile("(?iu)^(?:" + String.join("|", a) + ")");
  }

  private static String alt(List<String> words) {
    words.removeIf(String::isBlank);
    words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    return String.join("|", words.stream().map(Pattern::quote).toList());
  }

  /**
   * True when a number with {@code near} (up to 16 characters) before it and {@code right} after
   * it is the day or month of a date.
   */
  static boolean partOfDate(String near, String right) {
    DateNeighbours d = ALL;
    return d.before != null && d.before.matcher(near).find() || d.after.matcher(right).find()
        || NUMERIC_BEFORE.matcher(near).find();
  }
}
