package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Whether a text names the thing a demonstrative noun phrase points back to ("tỉnh này", "con
 * sông ấy"): where the demonstrative follows its noun (pack setting demonstrative-after-noun), the
 * noun is the head of a name and a name is written after it ("tỉnh Lamor", "sông Varn"), so in a
 * script with capitals the text names it only where the noun stands as a word right before a
 * capitalised word. The noun's word alone ("các tỉnh miền núi": the mountain provinces, which
 * one?) or the page's state in a fragment of a title ("Cộng hòa …" for "vùng này") names no
 * instance. Elsewhere (a demonstrative before its noun, a script without capitals) the noun's
 * stem anywhere in the text counts, as {@link Context#mentions} says.
 */
final class NounNamed {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  private NounNamed() {}

  /** True when {@code text} names the instance of {@code noun} a demonstrative points back to. */
  static boolean in(Language lang, String text, String noun) {
    if (!Context.mentions(lang, text, noun)) {
      return false;
    }
    if (!"yes".equals(lang.pack().setting("demonstrative-after-noun", ""))
        || text.codePoints().noneMatch(Character::isLowerCase)) {
      return true; // (no capitals to tell a name by)
    }
    String n = noun.toLowerCase(Locale.ROOT);
    boolean syllables = "syllable".equals(lang.pack().setting("word-unit", ""));
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      boolean isNoun = syllables ? w.equals(n) : w.startsWith(n) || n.startsWith(w) && w.length() >= 4;
      if (isNoun && Character.isUpperCase(words.get(i + 1).codePointAt(0))) {
        return true;
      }
    }
    return false;
  }
}
