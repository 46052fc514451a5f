package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * The numbers of years an anniversary states ("the 60th anniversary", "the sixtieth
 * anniversary", "יום השנה ה-60", "kỷ niệm lần thứ 60"): the event it marks lies that many years
 * before the anniversary's own year, so the two on one screen give that event's year away. The
 * words are the pack's {@code anniversary-words} (words.tsv); the number is written before them
 * as an ordinal (digits with an {@code ordinal-endings} ending, or an ordinal word) or after them
 * in digits, a prefix letter and hyphen allowed ("ה-60").
 */
final class Anniversaries {
  private record Patterns(Pattern before, Pattern after) {}

  private static final Map<Language, Patterns> PATTERNS =
      LangWords.perLanguage(Anniversaries::compile);

  private Anniversaries() {}

  /** The numbers of years the anniversaries written in {@code shown} state. */
  static List<Integer> in(Language lang, String shown) {
    List<Integer> out = new ArrayList<>();
    Patterns p = PATTERNS.get(lang);
    if (p == null) {
      return out;
    }
    Matcher m = p.before().matcher(shown);
    while (m.find()) {
      Integer n = m.group("d") != null ? Integer.valueOf(m.group("d"))
          : lang.pack().ordinals().get(m.group("w").toLowerCase(Locale.ROOT));
      if (n != null && n > 0) {
        out.add(n);
      }
    }
    Matcher a = p.after().matcher(shown);
    while (a.find()) {
      out.add(Integer.parseInt(a.group(1)));
    }
    return out;
  }

  private static Patterns compile(Language lang) {
    List<String> words = new ArrayList<>();
    for (String w : new java.util.TreeSet<>(lang.pack().words("anniversary-words"))) {
      words.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
    }
    if (words.isEmpty()) {
      return null;
    }
    String word = "(?:" + String.join("|", words) + ")";
    List<String> ordinals = new ArrayList<>();
    for (String o : new java.util.TreeSet<>(lang.pack().ordinals().keySet())) {
      ordinals.add(Pattern.quote(o));
    }
    List<String> endings = new ArrayList<>();
    for (String e : new java.util.TreeSet<>(lang.pack().words("ordinal-endings"))) {
      endings.add(Pattern.quote(e));
    }
    // Both groups are always there, one never matching when the pack has no such words.
    String digits = "(?<d>\\d{1,3})" + (endings.isEmpty() ? "(?!)" : "(?:" + String.join("|", endings)
        + ")");
    String named = "(?<w>" + (ordinals.isEmpty() ? "(?!)" : String.join("|", ordinals)) + ")";
    String prefixes = lang.pack().prefixes();
    String pre = prefixes.isEmpty() ? "" : "(?:[" + Pattern.quote(prefixes) + "][־-]?)?";
    return new Patterns(
        Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + digits + "|" + named + ")\\s+" + word
            + "(?![\\p{L}])"),
        Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + word + "\\s+" + pre + "(\\d{1,3})(?!\\d)"));
  }
}
