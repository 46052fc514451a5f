package org.factdrill.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * Numerals inside names that state a count: a period, state or region named by its number in
 * another register of the language (Sino-Vietnamese "Thập quốc", the ten states; "Thập nhị sứ
 * quân", the twelve lords). A student reading such a name in the prompt or the context line
 * knows the count, so a number of that value is not asked. The words are the pack's
 * {@code name-numerals.txt}; a pack without it names no count this way.
 */
final class NameNumerals {
  private record Word(long value, boolean times) {}

  /** Every pack's words, built once (immutable after construction). */
  private static final Map<Language, Map<String, Word>> ALL = all();

  private NameNumerals() {}

  private static Map<Language, Map<String, Word>> all() {
    Map<Language, Map<String, Word>> m = new HashMap<>();
    for (Language l : Language.values()) {
      Map<String, Word> words = new HashMap<>();
      for (String line : LangWords.lines(l, "name-numerals")) {
        String[] p = line.split("\t");
        if (p.length >= 3) {
          words.put(p[0].strip().toLowerCase(l.pack().locale()),
              new Word(Long.parseLong(p[1].strip()), "times".equals(p[2].strip())));
        }
      }
      m.put(l, Map.copyOf(words));
    }
    return Map.copyOf(m);
  }

  /**
   * What on the screen names the answer: a cycle year's name in the prompt or the context line
   * ({@link OtherCalendarGloss}: "Hòa ước Giáp Thân" above a question whose answer is 1884), or a
   * name stating the count; null when nothing does.
   */
  static String orCycle(Language lang, String template, String contextLine, Value value) {
    String cycle = OtherCalendarGloss.givesAway(lang, template, value);
    if (cycle == null && contextLine != null && value instanceof Value.Date) {
      cycle = OtherCalendarGloss.givesAway(lang, contextLine, value);
    }
    return cycle != null ? cycle : givesAway(lang, template, contextLine, value);
  }

  /** The name that states count {@code value} in {@code template} or the context line; or null. */
  static String givesAway(Language lang, String template, String contextLine, Value value) {
    Map<String, Word> words = ALL.getOrDefault(lang, Map.of());
    if (words.isEmpty() || !(value instanceof Value.Num n) || n.value().signum() <= 0
        || n.value().stripTrailingZeros().scale() > 0) {
      return null;
    }
    long answer = n.value().longValue();
    for (String shown : contextLine == null ? List.of(template) : List.of(template, contextLine)) {
      String named = named(shown, words, answer, lang.pack().locale());
      if (named != null) {
        return "'" + named + "' names the count";
      }
    }
    return null;
  }

  /** The run of name numerals in {@code text} whose value is {@code answer}, or null. */
  static String named(String text, Map<String, Word> words, long answer, Locale locale) {
    String[] toks = text.split("[\\s\\p{P}&&[^-]]+");
    for (int i = 0; i < toks.length; i++) {
      boolean inName = !toks[i].isEmpty() && (Character.isUpperCase(toks[i].codePointAt(0))
          || i > 0 && !toks[i - 1].isEmpty() && Character.isUpperCase(toks[i - 1].codePointAt(0)));
      if (!inName || !words.containsKey(toks[i].toLowerCase(locale))) {
        continue;
      }
      int j = i;
      long total = 0;
      long unit = 0;
      while (j < toks.length && words.containsKey(toks[j].toLowerCase(locale))) {
        Word w = words.get(toks[j].toLowerCase(locale));
        if (w.times()) {
          total += (unit == 0 ? 1 : unit) * w.value();
          unit = 0;
        } else {
          unit = w.value();
        }
        j++;
      }
      if (total + unit == answer) {
        return String.join(" ", java.util.Arrays.copyOfRange(toks, i, j));
      }
      i = j - 1;
    }
    return null;
  }
}
