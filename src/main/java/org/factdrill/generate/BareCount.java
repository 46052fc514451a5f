package org.factdrill.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A clause whose subject is a bare number or quantifier: a numeral (in words from the pack's
 * {@code number-words}, or in one to three digits) or one of the pack's {@code bare-quantifiers}
 * opening it, directly followed by a verb that takes a counted subject (the pack's
 * {@code count-subject-verbs}, {@code copulas} and {@code bare-subject-verbs}): "Six were framers
 * of …", "Four died …", "Most had served …". With no noun after it, the word counts members of a
 * group that the text named before (six of whom?), so the clause points back as a pronoun does.
 * A number with its noun ("Six ships were sunk") names what it counts and stands on its own.
 */
final class BareCount {
  /** The first two words of a clause, after opening marks: "Six were", "שישה היו". */
  private static final Pattern OPENING = Pattern.compile(
      "^[\\s…\"'“‘«(\\-–—]*([\\p{L}\\p{M}\\p{N}]+)\\s+([\\p{L}\\p{M}'’]+)");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

  /** Every pack's number words and verbs after a counted subject, lower case, read once. */
  private static final Map<Language, Words> WORDS = LangWords.perLanguage(l -> {
    Set<String> numbers = new HashSet<>();
    for (String line : LangWords.lines(l, "number-words")) {
      String[] p = line.split("\t");
      if (p.length == 3) {
        numbers.add(p[2].strip().toLowerCase(Locale.ROOT));
      }
    }
    l.pack().words("bare-quantifiers").forEach(w -> numbers.add(w.toLowerCase(Locale.ROOT)));
    Set<String> verbs = new HashSet<>();
    for (String list : new String[] {"count-subject-verbs", "copulas", "bare-subject-verbs"}) {
      l.pack().words(list).forEach(w -> verbs.add(w.toLowerCase(Locale.ROOT)));
    }
    return verbs.isEmpty() ? null : new Words(Set.copyOf(numbers), Set.copyOf(verbs));
  });

  private record Words(Set<String> numbers, Set<String> verbs) {}

  private BareCount() {}

  /** True when {@code text} opens with a bare number or quantifier as its subject ("Six were …"). */
  static boolean opens(Language lang, String text) {
    Words w = WORDS.get(lang);
    if (w == null) {
      return false;
    }
    Matcher m = OPENING.matcher(text);
    if (!m.find()) {
      return false;
    }
    String first = m.group(1).toLowerCase(Locale.ROOT);
    return (DIGITS.matcher(first).matches() || w.numbers().contains(first))
        && w.verbs().contains(m.group(2).toLowerCase(Locale.ROOT));
  }
}
