package org.factdrill.generate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;

/**
 * A figure inside quotation marks right after a noun naming a work (pack list {@code work-nouns}:
 * a film, a book, a song; up to two words between, "phim tài liệu “…”") is part of the work's
 * title, not a fact of the story: "the film “Forty Years On”" states no forty years. So is a
 * figure in a title written without quotation marks: a capitalised word right after the work noun
 * opens the title ("bộ phim Mùa hè 1975", "tiểu thuyết Ba mươi năm xa nhà"), and a figure within
 * its first words, before any function word or verb ("của", "với", "ra mắt"), is in it.
 */
final class QuotedTitles {
  private static final Map<Language, Pattern> NOUNS = LangWords.perLanguage(QuotedTitles::compile);
  private static final String OPENING = "“«„\"";
  private static final String CLOSING = "”»\"";
  /** A title's quotation runs at most this far on either side of the figure. */
  private static final int REACH = 80;

  private QuotedTitles() {}

  /** The unquoted title's figure stands at most this many words after its capitalised start. */
  private static final int TITLE_WORDS = 3;
  private static final Map<Language, Pattern> OPENS = LangWords.perLanguage(QuotedTitles::opens);
  private static final Map<Language, java.util.Set<String>> STOPS =
      LangWords.perLanguage(l -> java.util.Set.copyOf(l.pack().words("unit-stops")));

  /** A work noun, up to two lower-case words, then a capitalised word, ending at the text's end. */
  private static Pattern opens(Language lang) {
    String words = LangWords.alternation(lang, "work-nouns");
    return words == null ? null : Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + words
        + ")(?-i:(?:\\s+\\p{Ll}[\\p{L}\\p{M}]*){0,2}\\s+(\\p{Lu}[\\p{L}\\p{M}]*))"
        + "((?:\\s+[\\p{L}\\p{M}]+){0," + TITLE_WORDS + "})\\s+$");
  }

  /**
   * True when fact {@code f} stands in a title written without quotation marks: a work noun and
   * a capitalised word before it, and between that word and the figure only words that are no
   * function word and hold no verb. A fact that itself opens with the capital ("Mùa hè 1975")
   * right after the work noun is the title's start.
   */
  static boolean unquoted(Language lang, String text, Fact f) {
    Pattern p = OPENS.get(lang);
    if (p == null) {
      return false;
    }
    int from = Math.max(0, f.start() - REACH);
    String before = text.substring(from, f.start());
    Matcher m = p.matcher(before + " ");
    if (m.find()) {
      String between = m.group(2).strip();
      String[] words = between.isEmpty() ? new String[0] : between.split("\\s+");
      for (String w : words) {
        if (STOPS.getOrDefault(lang, java.util.Set.of()).contains(w.toLowerCase(java.util.Locale.ROOT))) {
          return false;
        }
      }
      return oneCase(words) && !org.factdrill.text.RowClause.mayHoldVerb(lang, m.group(1) + " " + between);
    }
    String fact = text.substring(f.start(), f.end());
    return !fact.isEmpty() && Character.isUpperCase(fact.codePointAt(0))
        && p.matcher(before + fact.split("\\s+")[0] + " ").find();
  }

  /**
   * True when a title's words after its first are all capitalised ("Hà Varn 12") or all in lower
   * case ("Hành trình 40"): a run of names then a lower-case word ("hiệu sách Trí Trung Đường in
   * năm …") is a name and what was done, not a title.
   */
  private static boolean oneCase(String[] words) {
    long caps = java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0)))
        .count();
    return caps == 0 || caps == words.length;
  }

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
