package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * A decade as the only fact of a clause about the world at large ("Trade was growing quickly
 * during the early 1920s", "Life in the villages changed slowly in the 1890s"): its subject is one
 * of the pack's general-subjects (trade, life, prices, the economy …), and the sentence names no
 * one (no capitalised word after its first) and states no other figure. Such a clause tells of no
 * event, and its decade is not worth a blank (rubric line 3). A named subject ("The Orvik guild
 * grew …", "Trade with Varn …") is asked as before.
 */
final class GeneralDecade {
  private static final Pattern DECADE = Pattern.compile("\\d{3}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");

  private GeneralDecade() {}

  /** True when {@code f} is a decade and its sentence in {@code text} is such a clause. */
  static boolean only(Language lang, String text, Fact f) {
    if (f.kind() != FactKind.DATE || !(f.value() instanceof Value.Date d)
        || !DECADE.matcher(d.iso()).matches() || f.sentence() == null
        || f.sentence().end() > text.length()) {
      return false;
    }
    Set<String> general = lang.pack().words("general-subjects");
    if (general.isEmpty()) {
      return false;
    }
    String s = f.sentence().of(text);
    int at = f.start() - f.sentence().start();
    String rest = s.substring(0, Math.max(0, at)) + s.substring(Math.min(s.length(),
        at + f.end() - f.start()));
    if (rest.chars().anyMatch(Character::isDigit)) {
      return false; // another figure or date of its own
    }
    int comma = s.indexOf(',');
    var m = WORD.matcher(rest);
    if (comma > at && comma < s.length()) {
      // A fronted time phrase holding the decade ("In the 1930s, prices rose …"): the subject
      // comes after its comma.
      m.region(Math.max(0, comma - (f.end() - f.start())), rest.length());
    }
    Set<String> articles = lang.pack().words("definite-articles");
    String first = null;
    boolean firstWord = true;
    while (m.find()) {
      String w = m.group();
      if (!firstWord && Character.isUpperCase(w.charAt(0))) {
        return false; // a name: the clause is about someone
      }
      String low = w.toLowerCase(Locale.ROOT);
      if (first == null && !(firstWord && articles.contains(low))) {
        first = low;
      }
      firstWord = false;
    }
    return first != null && general.contains(first);
  }
}
