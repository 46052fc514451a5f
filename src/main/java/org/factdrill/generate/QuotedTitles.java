package org.factdrill.generate;

import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;

/**
 * A figure inside quotation marks right after a noun naming a work (pack list {@code work-nouns}:
 * a film, a book, a song; up to two words between, "phim tài liệu “…”") is part of the work's
 * title, not a fact of the story: "the film “Forty Years On”" states no forty years.
 */
final class QuotedTitles {
  private static final Map<Language, Pattern> NOUNS = LangWords.perLanguage(QuotedTitles::compile);
  private static final String OPENING = "“«„\"";
  private static final String CLOSING = "”»\"";
  /** A title's quotation runs at most this far on either side of the figure. */
  private static final int REACH = 80;

  private QuotedTitles() {}

  private static Pattern compile(Language lang) {
    String words = LangWords.alternation(lang, "work-nouns");
    return words == null ? null : Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + words
        + ")(?:\\s+[\\p{L}\\p{M}]+){0,2}\\s*$");
  }

  /** True when fact {@code f} stands inside a quoted title that a work noun introduces. */
  static boolean inside(Language lang, String text, Fact f) {
    Pattern nouns = NOUNS.get(lang);
    if (nouns == null) {
      return false;
    }
    int open = -1;
    for (int i = f.start() - 1; i >= Math.max(0, f.start() - REACH); i--) {
      char c = text.charAt(i);
      boolean straightCloses = c == '"' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
      if (c == '\n' || CLOSING.indexOf(c) >= 0 && OPENING.indexOf(c) < 0 || straightCloses) {
        return false; // a quotation closed between: the figure is outside it
      }
      if (OPENING.indexOf(c) >= 0) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    boolean closed = false;
    for (int i = f.end(); i < Math.min(text.length(), f.end() + REACH) && !closed; i++) {
      char c = text.charAt(i);
      if (c == '\n' || OPENING.indexOf(c) >= 0 && CLOSING.indexOf(c) < 0) {
        return false;
      }
      closed = CLOSING.indexOf(c) >= 0;
    }
    return closed && nouns.matcher(text).region(Math.max(0, open - 40), open).find();
  }
}
