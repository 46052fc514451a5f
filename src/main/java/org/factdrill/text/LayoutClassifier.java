package org.factdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies each line or paragraph of a text as prose or layout by its shape: length, terminal
 * punctuation, "Label: value" with a short verb-less value, cells, citation shape, footnote marks,
 * runs of short lines (menus), and position (after a "References" heading, first line). The few
 * words it needs per language come from {@link LayoutWords}. Readers that know the structure
 * (an HTML infobox) pass their blocks; their layout classes are kept, their prose is re-checked.
 */
public final class LayoutClassifier {
  /** A line at most this many words long, without final punctuation, may be a heading or menu item. */
  private static final int SHORT_WORDS = 14;
  /** Lines shorter than this do not wrap; a paragraph wraps only lines at least this long. */
  private static final int WRAP_MIN = 40;
  /** A wrapped line is longer than the line before it by at most about a word. */
  private static final int WRAP_SLACK = 20;
  private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+\\S");
  private static final Pattern RULE = Pattern.compile("^[=\\-_*~#·•]{3,}$");
  private static final Pattern FOOTNOTE_MARK =
      Pattern.compile("^(?:\\^|↑|\\[\\d{1,3}\\]|\\d{1,3}\\s*\\^|\\*{1,3}\\s|†|‡)");
  private static final Pattern NUMBERED = Pattern.compile("^\\(?\\d{1,3}[.)]?\\s");
  private static final Pattern BULLET = Pattern.compile("^[-*•·▪►◦–]\\s+");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("^([^:：\\t]{1,40}?)\\s*[:：]\\s+(\\S.*)$");
  private static final Pattern YEAR_IN_PARENS = Pattern.compile("\\((?:c\\.\\s*)?\\d{4}[a-z]?\\)");
  private static final Pattern QUOTED_TITLE = Pattern.compile("[\"“„«][^\"”“»]{3,}[\"”»]");
  private static final Pattern AUTHOR = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’-]+,\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}\\.)?[,.;(]");
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.\\S");
  private static final Pattern MENU_SEP = Pattern.compile("\\s+[|·•»›/]\\s+|\\s*[|·•]\\s*");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** A link to the previous or next page of a series: "→ 2021", "2026 ←", "« Previous". */
  private static final Pattern NAVIGATION = Pattern.compile(
      "^[←→«»‹›⟵⟶⇐⇒]\\s*\\S.{0,40}$|^.{1,40}\\S\\s*[←→«»‹›⟵⟶⇐⇒]$");

  private LayoutClassifier() {}

  /** Classifies a plain text; the title falls back to {@code source}'s file name. */
  public static Layout classify(String text, Language lang, String source) {
    return classify(text, lang, source, List.of(), null);
  }

  /**
   * Classifies {@code text}. {@code known} are the blocks a reader already found (empty: split
   * the text into lines and paragraphs here); {@code titleHint} is the title the reader found.
   */
  public static Layout classify(String text, Language lang, String source, List<Block> known,
      String titleHint) {
    return classify(text, lang, source, known, titleHint, List.of(), List.of());
  }

  /**
   * As above, for a listing ({@link LabelRows}): {@code headers} are its column header lines
   * (never a title or heading), {@code labels} its rows (each from its label to its end).
   */
  public static Layout classify(String text, Language lang, String source, List<Block> known,
      String titleHint, List<Span> headers, List<Span> labels) {
    LayoutWords w = LayoutWords.of(lang);
    List<Block> pieces = known.isEmpty() ? split(text, w) : known;
    List<Block> out = new ArrayList<>(pieces.size());
    String section = null; // "references" or "links" while inside such an end section
    for (int i = 0; i < pieces.size(); i++) {
      Block b = pieces.get(i);
      LineClass cls = b.cls();
      String s = b.of(text);
      if (cls == LineClass.PROSE) {
        cls = shape(text, pieces, i, w, section);
      }
      if (cls == LineClass.HEADING) {
        section = w.isReferenceSection(s) ? "references" : w.isLinkSection(s) ? "links" : null;
      }
      out.add(new Block(b.span(), cls, b.origin()));
    }
    UiLines.mark(text, out, w);
    bylineNames(text, out);
    headingRuns(text, out);
    ListRows.mark(text, out);
    RowShapes.mark(text, out);
    InlineLists.mark(text, out, lang);
    TableRuns.mark(text, out, lang);
    SaidTwice.mark(text, out, w);
    EntryTitles.mark(text, out, w);
    rowsAmongRows(text, out);
    DataBoxes.mark(text, out, lang);
    DatedRows.mark(text, out, pieces, w);
    PageFurniture.mark(text, out, w);
    PagerRows.mark(text, out);
    PublicationLines.mark(text, out, lang);
    MemberCards.mark(text, out);
    EbookHeaders.mark(text, out, lang);
    LabelRows.mark(text, out, headers, labels);
    Titles.Found found = LabelRows.notHeader(Titles.choose(text, out, w, titleHint), headers,
        labels);
    String title = found == null ? null : found.text();
    Span titleSpan = found == null ? null : found.span();
    boolean fromText = title != null && !title.isBlank();
    if (!fromText) {
      title = fileTitle(source);
    }
    Optional<DocDate> date = DocDates.find(text, out, lang, title,
        titleSpan != null ? titleSpan : new Span(0, 0));
    if (date.isPresent() && "title".equals(date.get().how())
        && (titleSpan == null || title.matches(".*\\d{4}\\s*[–—-]\\s*\\d{2,4}.*"))) {
      // A year in a file name is no statement of the text; a span of years is a period, not the
      // day the text was written.
      date = Optional.empty();
    }
    List<Span> marks = new ArrayList<>();
    for (Block b : out) {
      if (b.cls() == LineClass.PROSE) {
        Matcher m = w.inlineMark().matcher(text).region(b.span().start(), b.span().end());
        while (m.find()) {
          marks.add(new Span(m.start(), m.end()));
        }
      }
    }
    return new Layout(title, date, out, marks, Optional.ofNullable(titleSpan), fromText, labels);
  }

  /**
   * An author's name on its own line is a short line beside a dated byline; by shape alone it
   * would pass for a heading. It heads the page: below prose, a short line over a byline is the
   * title of a later post.
   */
  private static void bylineNames(String text, List<Block> blocks) {
    for (int i = 0; i < Math.min(blocks.size(), 6); i++) {
      if (blocks.get(i).cls() == LineClass.PROSE) {
        return;
      }
      if (blocks.get(i).cls() != LineClass.BYLINE) {
        continue;
      }
      for (int j : new int[] {i - 1, i + 1}) {
        if (j > 0 && j < blocks.size() && blocks.get(j).cls() == LineClass.HEADING
            && words(blocks.get(j).of(text)) <= 4
            && adjacent(text, blocks.get(Math.min(i, j)), blocks.get(Math.max(i, j)))) {
          Block b = blocks.get(j);
          blocks.set(j, new Block(b.span(), LineClass.BYLINE, b.origin()));
        }
      }
    }
  }

  /**
   * Three or more heading-shaped lines with no blank line between them are no headings but a
   * menu or a list of links (or, when a third of them hold figures, rows of a table or infobox).
   */
  private static void headingRuns(String text, List<Block> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      while (j < blocks.size() && blocks.get(j).cls() == LineClass.HEADING
          && (j == i || adjacent(text, blocks.get(j - 1), blocks.get(j)))) {
        j++;
      }
      if (j - i >= 3) {
        int digits = 0;
        for (int k = i; k < j; k++) {
          digits += DIGIT.matcher(blocks.get(k).of(text)).find() ? 1 : 0;
        }
        LineClass c = digits * 3 >= j - i ? LineClass.INFOBOX : LineClass.LINKS;
        for (int k = i; k < j; k++) {
          Block b = blocks.get(k);
          blocks.set(k, new Block(b.span(), c, b.origin()));
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * A long line without a sentence mark set between rows of an infobox or captions, with no
   * blank line on either side, is one more row ("Label a long value"), not a paragraph: prose
   * ends its sentences, and a paragraph stands apart from the rows around it.
   */
  private static void rowsAmongRows(String text, List<Block> blocks) {
    for (int i = 1; i + 1 < blocks.size(); i++) {
      Block b = blocks.get(i);
      Block prev = blocks.get(i - 1);
      Block next = blocks.get(i + 1);
      if (b.cls() == LineClass.PROSE && !terminal(b.of(text)) && b.of(text).indexOf('\n') < 0
          && row(prev.cls()) && row(next.cls()) && adjacent(text, prev, b)
          && adjacent(text, b, next)) {
        blocks.set(i, new Block(b.span(), LineClass.INFOBOX, b.origin()));
      }
    }
  }

  private static boolean row(LineClass c) {
    return c == LineClass.INFOBOX || c == LineClass.CAPTION || c == LineClass.LINKS
        || c == LineClass.BYLINE || c == LineClass.LIST;
  }

  /** A heading without Markdown marks and edit links. */
  public static String cleanHeading(String heading, LayoutWords w) {
    return w.withoutEdit(heading.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+\\s*$", ""))
        .strip();
  }

  /** The title a file name gives ("Battle of Hastings.txt" gives "Battle of Hastings"). */
  public static String fileTitle(String source) {
    if (source == null || source.isBlank()) {
      return "";
    }
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ');
  }

  /**
   * Splits a plain text into blocks: each non-blank line, except that hard-wrapped lines of one
   * paragraph (a long line without final punctuation, then a line going on with it) join.
   */
  static List<Block> split(String text) {
    return split(text, null);
  }

  /** As {@link #split(String)}; with {@code w}, a line of page chrome never joins a paragraph. */
  static List<Block> split(String text, LayoutWords w) {
    List<Block> out = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    int curStart = -1;
    int curEnd = -1;
    String prevLine = null;
    String prevPrevLine = null;
    boolean wrapped = false; // a line of this paragraph (no blank line since) went on
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? n : nl;
      int s = pos;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        if (curStart >= 0) {
          out.add(new Block(new Span(curStart, curEnd), LineClass.PROSE, curStart));
          curStart = -1;
        }
        prevLine = null;
        prevPrevLine = null;
        wrapped = false;
      } else {
        String line = text.substring(s, e);
        if (curStart >= 0 && continues(prevLine, line, w, wrapped)
            && (prevPrevLine == null || !prevPrevLine.equals(prevLine))) {
          // (A line said twice is a picture's text and its caption: what follows starts anew.)
          curEnd = e;
          wrapped = true;
        } else {
          if (curStart >= 0) {
            out.add(new Block(new Span(curStart, curEnd), LineClass.PROSE, curStart));
          }
          curStart = s;
          curEnd = e;
        }
        prevPrevLine = prevLine;
        prevLine = line;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (curStart >= 0) {
      out.add(new Block(new Span(curStart, curEnd), LineClass.PROSE, curStart));
    }
    return out;
  }

  /**
   * True when {@code line} goes on with the paragraph that {@code prev} was wrapped from;
   * {@code wrapped} when a line of the paragraph (no blank line since) went on from the one before.
   */
  private static boolean continues(String prev, String line, LayoutWords w, boolean wrapped) {
    if (prev == null || prev.length() < WRAP_MIN || terminal(prev) || prev.indexOf('\t') >= 0
        || BULLET.matcher(line).find() || MD_HEADING.matcher(line).find()) {
      return false;
    }
    if (line.equals(prev)) {
      return false; // a line said twice is a picture's text and its caption, not a wrap
    }
    if (w != null && (chromeLine(prev, w) || chromeLine(line, w) || DatedRows.body(line, w) >= 0
        || DataRows.glued(prev, w) || DataRows.glued(line, w))) {
      return false; // page furniture, a dated row or a data box's rows is never a wrap
    }
    int cp = line.codePointAt(0);
    char last = prev.charAt(prev.length() - 1);
    // A caseless script (Hebrew) cannot show a sentence going on by a small letter; a wrapped
    // paragraph's next line is long or ends the sentence, a short open line is a row of its own
    // ("Label value" of an infobox). A wrap fills lines to one width, so the next line is no
    // longer than this one by more than a word: a much longer line after an open one is a
    // paragraph of its own after a caption or an infobox row.
    boolean caseless = Character.isLetter(cp) && !Character.isUpperCase(cp)
        && !Character.isTitleCase(cp) && !Character.isLowerCase(cp);
    // Inside a paragraph already wrapped, a line may open with a name or a figure: only a
    // sentence mark ends it ("… defeated the⏎Hutu regime …").
    boolean opensName = wrapped && (Character.isUpperCase(cp) || Character.isDigit(cp));
    return Character.isLowerCase(cp) || last == ',' || last == '-' || last == '\u00AD'
        || (caseless || opensName) && (line.length() >= WRAP_MIN || terminal(line))
        && line.length() <= prev.length() + WRAP_SLACK;
  }

  /**
   * True when a line without a sentence mark names a site or its furniture: "Title / Site
   * slogan", "From Wikipedia, the free encyclopedia", "edit this value on Wikidata".
   */
  static boolean chromeLine(String s, LayoutWords w) {
    return !terminal(s) && w.hasChrome(s);
  }

  /** The class of prose-candidate block {@code i} by its shape and neighbours. */
  private static LineClass shape(String text, List<Block> blocks, int i, LayoutWords w,
      String section) {
    String s = blocks.get(i).of(text).strip();
    int words = words(s);
    boolean terminal = terminal(s);
    boolean hasNext = i + 1 < blocks.size();
    if (MD_HEADING.matcher(s).find()) {
      return LineClass.HEADING;
    }
    if (RULE.matcher(s).matches() || NAVIGATION.matcher(s).find()) {
      return LineClass.LINKS;
    }
    int strong = citationScore(s, w);
    int cited = strong == 0 ? 0 : strong + w.citedWeakWords(s);
    if (FOOTNOTE_MARK.matcher(s).find()
        || section != null && NUMBERED.matcher(s).find() && cited >= 1) {
      return LineClass.FOOTNOTE;
    }
    boolean shortLine = words <= SHORT_WORDS && s.length() <= 100 && !terminal;
    if (!shortLine && chromeLine(s, w) && !EndedSentences.hasOneInside(s)) {
      return LineClass.LINKS; // a site's tagline or edit links, however long: never prose
    }
    if (section != null) {
      if (shortLine && hasNext && words <= 5 && !DIGIT.matcher(s).find()
          && (w.isReferenceSection(s) || w.isLinkSection(s))) {
        return LineClass.HEADING;
      }
      // The end section is over at a heading: one with an edit link, or one that prose follows
      // (a table of contents lists "See also" long before the section itself).
      if (shortLine && hasNext && (w.hasEditSuffix(s) || proseShaped(blocks.get(i + 1).of(text)))) {
        return LineClass.HEADING;
      }
      return section.equals("links") ? LineClass.LINKS : LineClass.REFERENCE;
    }
    if (cited >= 2 && !CitedProse.mostlyProse(s, x -> citationScore(x, w) + w.citedWeakWords(x))) {
      return LineClass.REFERENCE; // a paragraph citing its source in one sentence stays prose
    }
    String[] tabCells = s.split("\t");
    if (cells(tabCells) >= 2 || shortLine && s.endsWith("|") && cells(MENU_SEP.split(s)) <= 2) {
      return LineClass.INFOBOX; // (a row "Label | value |", its value maybe wrapped: no heading)
    }
    if (words <= 12 && (w.opensPublished(s) || w.opensByline(s) && !terminal)) {
      return LineClass.BYLINE;
    }
    if (words <= 8 && !terminal && DocDates.isDateLine(s, w)) {
      return LineClass.BYLINE;
    }
    if (words <= 8 && w.opensMore(s) && !terminal) {
      return LineClass.LINKS;
    }
    String[] menu = MENU_SEP.split(s);
    if (cells(menu) >= 3 && maxWords(menu) <= 5 && !SpacedDates.in(s)) { // not "5 / 3 / 1946"
      return LineClass.LINKS;
    }
    Matcher lv = LABEL_VALUE.matcher(s);
    if (lv.matches()) {
      String label = lv.group(1);
      String value = lv.group(2);
      if (words(label) <= 4 && !terminal(label) && words(value) <= 8
          && (!terminal(value) || words(value) <= 3)) {
        return LineClass.INFOBOX;
      }
    }
    if (BULLET.matcher(s).find()) {
      return shortLine ? LineClass.LINKS : LineClass.PROSE;
    }
    if (CapsLine.is(s)) {
      return LineClass.HEADING; // prose in a cased script has small letters; a shouted line heads
    }
    if (!shortLine) {
      return LineClass.PROSE;
    }
    if (!hasNext) {
      return LineClass.PROSE; // a last short line: nothing follows that it could head
    }
    if (Character.isLowerCase(s.codePointAt(0)) || s.endsWith(",")) {
      return LineClass.PROSE;
    }
    if (words >= 6 && i > 0 && (DIGIT.matcher(s).find() || s.indexOf(',') >= 0)) {
      return LineClass.CAPTION;
    }
    return LineClass.HEADING;
  }

  /** True when only a single line break separates the two blocks (no blank line). */
  static boolean adjacent(String text, Block a, Block b) {
    int nl = 0;
    for (int k = a.span().end(); k < b.span().start(); k++) {
      if (text.charAt(k) == '\n') {
        nl++;
      }
    }
    return nl <= 1;
  }

  private static int citationScore(String line, LayoutWords w) {
    String s = WordMarks.forCitation(line); // "תרנ"ד (1864)" is a date and its gloss
    int score = w.citedWords(s);
    score += YEAR_IN_PARENS.matcher(s).find() ? 1 : 0;
    score += AUTHOR.matcher(s).find() ? 1 : 0;
    score += URL.matcher(s).find() ? 1 : 0;
    // A quoted title counts only beside a strong sign: prose quotes people too.
    return score == 0 ? 0 : score + (QUOTED_TITLE.matcher(s).find() && words(s) > 4 ? 1 : 0);
  }

  private static int cells(String[] parts) {
    int n = 0;
    for (String p : parts) {
      if (!p.isBlank()) {
        n++;
      }
    }
    return n;
  }

  private static int maxWords(String[] parts) {
    int m = 0;
    for (String p : parts) {
      m = Math.max(m, words(p));
    }
    return m;
  }

  private static boolean proseShaped(String s) {
    return words(s) >= 15 && terminal(s);
  }

  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int k = 0; k < s.length(); k++) {
      boolean ws = Character.isWhitespace(s.charAt(k));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }

  /** True when the line ends a sentence ({@link LineEnds#terminal}). */
  static boolean terminal(String s) {
    return LineEnds.terminal(s);
  }
}
