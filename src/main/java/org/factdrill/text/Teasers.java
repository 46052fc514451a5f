package org.factdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listing page of teasers: several short articles one after another, each a paragraph of
 * prose followed by its "read more" link line. Each teaser is its own section about its own
 * subject; the page's first sentence is the first teaser's, never the page's title. Also the
 * name an article's first sentence defines ("X is …"), which names a teaser or a whole article.
 */
public final class Teasers {
  /** A page is a listing of teasers from this many paragraphs each followed by a link line. */
  private static final int MIN_TEASERS = 2;
  /** A link line is short: a "read more" word and a few words after it. */
  private static final int MAX_LINK_WORDS = 6;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*(?:\\s|$)");

  private Teasers() {}

  /**
   * The teasers of {@code text}, each from its paragraph's first line to the end of its link
   * line; empty when fewer than {@link #MIN_TEASERS} paragraphs of prose are each followed by a
   * link line (only blank lines between).
   */
  public static List<Span> sections(String text, LayoutWords w) {
    List<Span> out = new ArrayList<>();
    int paraStart = -1; // the first line of the paragraph above, or -1
    int paraEnd = -1;
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      eol = eol < 0 ? text.length() : eol;
      String line = text.substring(pos, eol).strip();
      if (line.isEmpty()) {
        pos = eol + 1;
        continue;
      }
      boolean link = LayoutClassifier.words(line) <= MAX_LINK_WORDS && w.opensMore(line);
      if (link) {
        if (paraStart >= 0 && SENTENCE_END.matcher(text.substring(paraStart, paraEnd)).find()) {
          out.add(new Span(paraStart, eol));
        }
        paraStart = -1;
      } else {
        boolean joined = paraStart >= 0 && !text.substring(paraEnd, pos).contains("\n\n");
        paraStart = joined ? paraStart : pos; // a blank line opens a new paragraph
        paraEnd = eol;
      }
      pos = eol + 1;
    }
    return out.size() >= MIN_TEASERS ? out : List.of();
  }

  /** True when {@code text} is a listing page of teasers ({@link #sections}). */
  static boolean page(String text, LayoutWords w) {
    return !sections(text, w).isEmpty();
  }

  /**
   * The name {@code paragraph}'s first sentence defines: a few words in the text's own script,
   * an optional bracket, then one of the pack's copulas (words.tsv copulas), as in "X (…) is a
   * battle …". A name, not a cut phrase: glossed in a bracket, or every word after its first
   * is capitalised, or the {@code text} says it again elsewhere ("X also called" before a
   * copula is none of these). Null when there is none.
   */
  public static String definedName(String paragraph, String text, Language lang) {
    Set<String> copulas = lang.pack().words("copulas");
    if (copulas.isEmpty()) {
      return null;
    }
    String alt = String.join("|", copulas.stream().map(Pattern::quote).toList());
    Matcher m = Pattern.compile("(?iu)^\\s*([\\p{L}\\p{M}\"'׳״-]+(?:\\s+[\\p{L}\\p{M}\"'׳״-]+){0,7})"
        + "(\\s*\\([^()]{0,120}\\))?(?:,|\\s+[-–—])?\\s+(?:" + alt + ")\\s").matcher(paragraph);
    if (!m.find() || LayoutClassifier.words(m.group(1)) < 2) {
      return null;
    }
    String name = m.group(1);
    return m.group(2) != null || capitalised(name) || saidAgain(text, name) ? name : null;
  }

  /**
   * True when every word of {@code name} after its first opens with a capital, or with a letter
   * of a script without letter case (Hebrew): there capitals cannot tell a name from a phrase, so
   * they do not refuse one.
   */
  private static boolean capitalised(String name) {
    String[] words = name.strip().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      int c = words[i].codePointAt(0);
      boolean caseless = Character.isLetter(c) && !Character.isUpperCase(c)
          && !Character.isLowerCase(c) && !Character.isTitleCase(c);
      if (!Character.isUpperCase(c) && !caseless) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code name} stands in {@code text} twice at least (as a whole run of words). */
  private static boolean saidAgain(String text, String name) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(name.strip())
        + "(?![\\p{L}\\p{M}])").matcher(text);
    return m.find() && m.find();
  }
}
