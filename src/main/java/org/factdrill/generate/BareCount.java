package org.factdrill.generate;

import java.util.HashSet;
import java.util.List;
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
      "^[\\s…\"'“‘«(\\-–—]*([\\p{L}\\p{M}\\p{N}]+)\\s+([\\p{L}\\p{M}'’]+)"
      + "(?:\\s+([\\p{L}\\p{M}'’]+))?");
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
    Set<String> quantifiers = new HashSet<>();
    l.pack().words("bare-quantifiers").forEach(w -> quantifiers.add(w.toLowerCase(Locale.ROOT)));
    Set<String> objects = new HashSet<>();
    for (String list : new String[] {"sentence-openers", "bare-object-openers"}) {
      l.pack().words(list).forEach(w -> objects.add(w.toLowerCase(Locale.ROOT)));
    }
    List<String> endings = List.copyOf(l.pack().words("past-verb-endings"));
    return verbs.isEmpty() ? null : new Words(Set.copyOf(numbers), Set.copyOf(verbs),
        Set.copyOf(quantifiers), Set.copyOf(objects), endings);
  });

  /**
   * {@code quantifiers}, {@code objects}, {@code endings}: a quantifier is also a bare subject
   * before any verb in a past form (a word with one of the pack's {@code past-verb-endings}) when
   * an object's first word follows it (an article, a pronoun, a preposition, a capitalised
   * name): "Some petitioned the mayor", "Many urged Quell". An adjective in that form stands
   * before its noun instead ("Some wounded soldiers"), so the quantifier is a determiner there.
   */
  private record Words(Set<String> numbers, Set<String> verbs, Set<String> quantifiers,
      Set<String> objects, List<String> endings) {}

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
    String second = m.group(2).toLowerCase(Locale.ROOT);
    if ((DIGITS.matcher(first).matches() || w.numbers().contains(first))
        && w.verbs().contains(second)) {
      return true;
    }
    String third = m.group(3);
    return third != null && w.quantifiers().contains(first) && pastForm(second, w.endings())
        && (w.objects().contains(third.toLowerCase(Locale.ROOT))
        || Character.isUpperCase(third.codePointAt(0)));
  }

  private static boolean pastForm(String word, List<String> endings) {
    for (String e : endings) {
      if (word.length() > e.length() + 2 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
