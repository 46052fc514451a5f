package org.factdrill.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Where a demonstrative follows its noun (pack setting demonstrative-after-noun) it stands in the
 * slot of the noun's modifiers and name ("bản tuyên cáo này" / "bản tuyên cáo kháng thuế", "vùng này"
 * / "vùng Karst"), so the name the sentence before gives can be written in its place, and the
 * prompt shows that name instead of the whole sentence before. Two shapes: (1) the sentence
 * before opens with the same noun (in a syllable language the compound of two or more syllables
 * before the demonstrative, not its last syllable alone) followed by its modifiers, which end
 * where the predicate begins (an auxiliary, the passive marker or the copula: backrefs "=" lines)
 * or, for a name in capitals, at the first lower-case word; (2) a place noun ("@" lines) whose
 * sentence before names exactly one place, a name in capitals after a preposition of place
 * (pack {@code place-prepositions}). Modifiers holding a figure are not written (a date beside
 * the blank could answer it); then the sentence before is shown as before, or the fact is not
 * asked.
 */
final class DemonstrativeName {
  /** The most syllables of a compound noun before its demonstrative. */
  private static final int NOUN = 4;
  /** The most words of the modifiers written in the demonstrative's place. */
  private static final int MODIFIERS = 10;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*|\\d+"
      + "|[^\\s\\p{L}\\p{M}\\d]");

  /** A language's words: predicate openers, other phrase stops, place nouns, place prepositions. */
  private record Words(Set<String> openers, Set<String> stops, Set<String> places,
      Set<String> placePrepositions) {}

  private static final Map<Language, Words> WORDS = LangWords.perLanguage(DemonstrativeName::load);

  private DemonstrativeName() {}

  private static Words load(Language l) {
    Set<String> openers = new TreeSet<>();
    Set<String> stops = new TreeSet<>();
    Set<String> places = new TreeSet<>();
    for (String x : LangWords.lines(l, "backrefs")) {
      String w = x.length() > 1 ? x.substring(1).strip().toLowerCase(Locale.ROOT) : "";
      switch (x.isEmpty() ? ' ' : x.charAt(0)) {
        case '=' -> openers.add(w);
        case '+' -> stops.add(w);
        case '@' -> places.add(w);
        default -> { }
      }
    }
    return new Words(openers, stops, places, l.pack().words("place-prepositions"));
  }

  /**
   * The words to write in place of the demonstrative text[{@code ref}] (after its noun, in the
   * prompt from {@code from}), taken from the sentence {@code prev}; null when it gives none.
   */
  static String of(Language lang, String text, Span ref, int from, Span prev) {
    if (!"yes".equals(lang.pack().setting("demonstrative-after-noun", "")) || prev == null
        || from > ref.start()) {
      return null;
    }
    Words w = WORDS.get(lang);
    List<String> before = tokens(text.substring(from, ref.start()));
    List<String> sentence = tokens(prev.of(text));
    String named = modifiers(w, before, sentence);
    if (named != null || before.isEmpty()
        || !w.places().contains(lower(before.get(before.size() - 1)))) {
      return named;
    }
    return onePlace(w, sentence);
  }

  /** Shape (1): the sentence before opens with the compound before the demonstrative. */
  private static String modifiers(Words w, List<String> before, List<String> sentence) {
    int n = 0;
    while (n < before.size() && n < NOUN && isWord(before.get(before.size() - 1 - n))) {
      n++;
    }
    for (int k = n; k >= 2; k--) {
      List<String> noun = before.subList(before.size() - k, before.size());
      if (sentence.size() <= k || !lower(String.join(" ", sentence.subList(0, k)))
          .equals(lower(String.join(" ", noun)))) {
        continue;
      }
      List<String> mods = new ArrayList<>();
      boolean capitals = true;
      for (int i = k; i < sentence.size() && mods.size() <= MODIFIERS; i++) {
        String t = sentence.get(i);
        if (capitals && !mods.isEmpty() && "-–".contains(t) && i + 1 < sentence.size()
            && isWord(sentence.get(i + 1))
            && Character.isUpperCase(sentence.get(i + 1).codePointAt(0))) {
          mods.add(t); // "Orim – Velmora": two names joined by a dash are one
          continue;
        }
        if (!isWord(t) || w.openers().contains(lower(t)) || w.stops().contains(lower(t))) {
          boolean predicate = isWord(t) && w.openers().contains(lower(t));
          return mods.isEmpty() || mods.size() > MODIFIERS || Character.isDigit(t.charAt(0))
              || !predicate && !capitals ? null : String.join(" ", mods);
        }
        if (capitals && !mods.isEmpty() && !Character.isUpperCase(t.codePointAt(0))) {
          return String.join(" ", mods); // a name in capitals ends at its first lower-case word
        }
        capitals &= Character.isUpperCase(t.codePointAt(0));
        mods.add(t);
      }
      return null;
    }
    return null;
  }

  /** Shape (2): the one place the sentence names after a preposition of place, or null. */
  private static String onePlace(Words w, List<String> sentence) {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i + 1 < sentence.size(); i++) {
      if (!w.placePrepositions().contains(lower(sentence.get(i)))) {
        continue;
      }
      List<String> name = new ArrayList<>();
      for (int j = i + 1; j < sentence.size() && isWord(sentence.get(j))
          && Character.isUpperCase(sentence.get(j).codePointAt(0)); j++) {
        name.add(sentence.get(j));
      }
      if (!name.isEmpty()) {
        names.add(String.join(" ", name));
      }
    }
    return names.size() == 1 ? names.iterator().next() : null;
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static boolean isWord(String t) {
    return Character.isLetter(t.codePointAt(0));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
