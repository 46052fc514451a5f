package org.factdrill.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bibliographic line: a line whose only words are labels of a publication's parts (volume,
 * number, issue, serial, part, edition, page, and their abbreviations "Vol.", "No.") with their
 * figures, and maybe a date ("Vol. 4, No. 9; May 2, 1911."). No verb, no event: it says where a
 * text was printed, so it is a reference line, recorded but never asked. The labels and the
 * words a date is written with are the pack's ({@code publication.parts}, {@code
 * publication.datewords} in {@code lang/<code>/layout.properties}).
 */
public final class PublicationLines {
  /** A bibliographic line is short: longer lines are prose that happens to name a volume. */
  private static final int MAX_WORDS = 24;
  /** Separators between the parts: spaces, commas, semicolons, stops, brackets, dashes. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:.()\\[\\]/–—\\-]+");
  /** The number signs of every script, a label of their own ("#12", "№ 5"). */
  private static final Pattern NUMBER_SIGN = Pattern.compile("[#№]");
  /** A figure: digits (an ordinal's ending allowed: "2nd"), or a Roman numeral. */
  private static final Pattern FIGURE = Pattern.compile(
      "(?:\\d{1,5}(?:st|nd|rd|th|e|er)?|[IVXLCDM]{1,7}|[ivxlcdm]{1,7})(?![\\p{L}\\p{M}\\d])");
  private static final Pattern YEAR = Pattern.compile("\\d{3,4}(?!\\d)");
  private static final Map<Language, PublicationLines> ALL =
      LayoutProperties.each((l, p) -> new PublicationLines(p));

  /** A periodical's name is short: the words before its citation's first comma. */
  private static final int NAME_WORDS = 6;
  /** A blank of a prompt stands where a figure was. */
  private static final Pattern BLANK = Pattern.compile("_{2,}");

  private final Pattern label;
  /** The words naming a kind of periodical ("Gazette", "Báo", "עיתון"). */
  private final Pattern periodical;
  private final Pattern dateWord;
  /** The language's letter numerals ("ד'"), a figure too; never matches if it has none. */
  private final Pattern letterFigure;

  private PublicationLines(Properties p) {
    label = words(p.getProperty("publication.parts", ""));
    dateWord = words(p.getProperty("publication.datewords", ""));
    periodical = words(p.getProperty("publication.names", ""));
    String letters = p.getProperty("publication.numerals", "").strip();
    letterFigure = Pattern.compile(letters.isEmpty() ? "(?!)" : "(?:" + letters + ")");
  }

  /** Reclassifies bibliographic lines among {@code blocks} (prose, rows, datelines, headings) as references. */
  static void mark(String text, List<Block> blocks, Language lang) {
    PublicationLines p = ALL.get(lang);
    if (p == null) {
      return;
    }
    LayoutWords w = LayoutWords.of(lang);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      LineClass c = b.cls();
      if ((c == LineClass.PROSE || c == LineClass.INFOBOX || c == LineClass.LIST
          || c == LineClass.BYLINE || c == LineClass.HEADING)
          && p.isBibliographic(b.of(text), w)) {
        blocks.set(i, new Block(b.span(), LineClass.REFERENCE, b.origin()));
      }
    }
  }

  /**
   * True when every word of {@code line} is a part label, a figure, a month or a date word, and
   * it holds two labelled figures, or one and a date.
   */
  boolean isBibliographic(String line, LayoutWords w) {
    String s = line.strip();
    if (s.isEmpty() || LayoutClassifier.words(s) > MAX_WORDS) {
      return false;
    }
    Matcher sep = SEPARATORS.matcher(s);
    Matcher lab = label.matcher(s);
    Matcher sign = NUMBER_SIGN.matcher(s);
    Matcher fig = FIGURE.matcher(s);
    Matcher letterFig = letterFigure.matcher(s);
    Matcher month = w == null ? null : w.months().matcher(s);
    Matcher dw = dateWord.matcher(s);
    Matcher year = YEAR.matcher(s);
    int pairs = 0;
    boolean dated = false;
    boolean pendingLabel = false; // a label waiting for its figure
    boolean lastFigure = false; // the token before was a figure ("2nd edition")
    int pos = 0;
    while (pos < s.length()) {
      if (sep.region(pos, s.length()).lookingAt()) {
        pos = sep.end();
        continue;
      }
      boolean isLabel = lab.region(pos, s.length()).lookingAt();
      if (isLabel || sign.region(pos, s.length()).lookingAt()) {
        pos = isLabel ? lab.end() : sign.end();
        if (lastFigure && !pendingLabel) {
          pairs++; // an ordinal before its label
          lastFigure = false;
        } else {
          pendingLabel = true;
        }
        continue;
      }
      if (letterFig.region(pos, s.length()).lookingAt()) {
        pairs += pendingLabel ? 1 : 0;
        pendingLabel = false;
        pos = letterFig.end();
        continue;
      }
      if (fig.region(pos, s.length()).lookingAt()) {
        if (pendingLabel) {
          pairs++;
          pendingLabel = false;
          lastFigure = false;
        } else {
          lastFigure = true;
        }
        dated |= year.region(pos, s.length()).lookingAt() && year.end() == fig.end();
        pos = fig.end();
        continue;
      }
      if (month != null && month.region(pos, s.length()).lookingAt()) {
        dated = true;
        pos = month.end();
        continue;
      }
      if (dw.region(pos, s.length()).lookingAt()) {
        pos = dw.end();
        continue;
      }
      return false; // a word that is none of these: a sentence or a title
    }
    return !pendingLabel && (pairs >= 2 || pairs == 1 && dated);
  }

  /**
   * True when {@code line} (a prompt, its blank read as a figure) is a periodical's citation line:
   * a short name holding one of the pack's periodical words before the first comma, then only an
   * issue number and a date ({@link #isBibliographic}): it says where a text was printed, no verb.
   */
  public static boolean isCitation(String line, Language lang) {
    PublicationLines p = ALL.get(lang);
    int comma = line == null ? -1 : line.indexOf(',');
    if (p == null || comma <= 0) {
      return false;
    }
    String name = line.substring(0, comma).strip();
    if (name.isEmpty() || LayoutClassifier.words(name) > NAME_WORDS
        || !p.periodical.matcher(name).find()) {
      return false;
    }
    String rest = BLANK.matcher(line.substring(comma + 1)).replaceAll("1000");
    return p.isBibliographic(rest, LayoutWords.of(lang));
  }

  /** The words as an alternation that matches a whole word at a position; never matches if none. */
  private static Pattern words(String alternatives) {
    List<String> parts = Arrays.stream(alternatives.split("\\|")).map(String::strip)
        .filter(a -> !a.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed())
        .map(a -> Pattern.quote(a) + (a.endsWith(".") || a.endsWith("'") ? "" : "(?![\\p{L}\\p{M}])"))
        .toList();
    return Pattern.compile(parts.isEmpty() ? "(?!)" : "(?iu)(?:" + String.join("|", parts) + ")");
  }
}
