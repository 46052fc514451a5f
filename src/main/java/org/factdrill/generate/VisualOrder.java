package org.factdrill.generate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Document;
import org.factdrill.text.Span;

/**
 * Right-to-left text copied out of a PDF in visual order: the reader put the characters in the
 * order they stand on the page, so brackets come out mirrored (")word ... word("), a sentence's
 * full stop lands before the figure that ended it (" .1900"), a word breaks before its final
 * letter ("במהל ך": a final form such as ך ם ן ף ץ never stands alone), a one-letter prefix is
 * left alone before punctuation ("מ ."), and a thousands group is torn from its number
 * (" 000 "). Figures in such a paragraph may sit next to the wrong words: none is asked. Two
 * signs in the paragraph decide it; one in the sentence itself is enough for that sentence.
 */
final class VisualOrder {
  private static final List<Pattern> SIGNS = List.of(
      // a closing bracket glued to the next word, an opening one glued to the word before
      Pattern.compile("(?:^|\\s)\\)\\p{IsHebrew}|\\p{IsHebrew}\\((?:\\s|$|[.,:;])"),
      Pattern.compile("(?:^|\\s)\\.\\d"),
      Pattern.compile("(?<![\\p{L}\\p{M}'\"׳״])[ךםןףץ](?![\\p{L}\\p{M}'\"׳״])"),
      Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}\\-־])[ובלמהכש]\\s+[.,;:]"),
      Pattern.compile("(?<![\\d,.])\\s000(?![\\d,.]\\d|\\d)"));
  /** A closing bracket with no opening one before it, later closed by an opening one. */
  private static final Pattern MIRRORED_PAIR = Pattern.compile("^[^()]*\\)[^()]{1,80}\\(");

  private VisualOrder() {}

  /** True when the fact's sentence, or the paragraph around it, reads in visual order. */
  static boolean garbled(Document doc, Span sentence) {
    if (!"rtl".equals(doc.lang().pack().setting("direction", ""))) {
      return false;
    }
    return CopyDamage.marked(doc, sentence, VisualOrder::signs, 1, 2);
  }

  /** How many signs of visual order {@code s} shows. */
  static int signs(String s) {
    int n = MIRRORED_PAIR.matcher(s).find() ? 1 : 0;
    for (Pattern p : SIGNS) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        n++;
      }
    }
    return n;
  }
}
