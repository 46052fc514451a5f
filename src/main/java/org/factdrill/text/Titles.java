package org.factdrill.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a document's title among the heading-shaped lines at its top. A pasted web page opens
 * with page chrome (a site name and its tagline, "Breaking News", a revision-comparison page's
 * name, a picture caption, a date line); the title is the line that names what the prose is
 * about, so the candidate whose words recur most in the prose wins, after chrome parts are cut
 * off it ("X - Site name", "Difference between revisions of “X”" gives X).
 */
final class Titles {
  /** Headings further down than this many blocks are section headings, never the title. */
  private static final int TOP_BLOCKS = 24;
  /** A candidate must score at least this (about a third of its words recur in the prose). */
  private static final double MIN_RECUR = 0.25;
  private static final Pattern PART_SEP = Pattern.compile("\\s+[-–—|/·•»]\\s+|\\s*\\|\\s*");
  /**
   * A quoted name. A quote mark between two letters is no quotation mark: Hebrew writes its
   * abbreviations and numerals with one ("י“ב", "תש\"ח").
   */
  private static final Pattern QUOTED = Pattern.compile(
      "(?<![\\p{L}\\p{M}])[\"“„«]([^\"“”„«»]{2,80})[\"”“»](?![\\p{L}\\p{M}])");
  /** A line opening with an item or section number and its mark: "1. ", "2◦ ", "(3) ", "iv) ". */
  private static final Pattern ENUMERATED = Pattern.compile(
      "^\\s*(?:\\(?\\d{1,3}\\s*[.)\u25e6\u00b0\u00ba]{1,2}|\\(\\d{1,3}\\)|[ivxIVX]{1,4}[.)])\\s");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1\\d{3}|20\\d{2})(?!\\d)");
  /** Words joined by underscores, as a wiki writes a page's name in its address. */
  private static final Pattern SLUG = Pattern.compile("(?<![\\p{L}_])\\p{L}[\\p{L}\\p{M}'\"׳״-]*"
      + "(?:_[\\p{L}\\p{M}'\"׳״-]+)+(?![\\p{L}_])");
  /** A page's name in a namespace, then a path: "Portal:History/Featured article". */
  private static final Pattern PORTAL = Pattern.compile("([^:/\\n]{2,40}):(?=\\S)[^/]*/");
  private static final Pattern DAY = Pattern.compile("(?<![\\d.,])\\d{1,2}(?![\\d.,]\\d)");
  /**
   * Markup, never a title: a template's field ("|name = X", "key=value"), a template or table
   * delimiter ("{{", "}}", "{|", "|-"), a link into a namespace ("[[File:…", "[[Tập tin:…"), a tag.
   */
  private static final Pattern MARKUP = Pattern.compile(
      "^\\s*[|!{}]|\\{\\{|\\}\\}|\\[\\[[^\\]|\\[]*:|</?\\p{Alpha}[^>]*>"
          + "|^\\s*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{N}_ ]{0,30}\\s*=(?!=)");
  /** Markup that makes the whole line no title: a template or table row, a namespace link. */
  private static final Pattern MARKUP_LINE = Pattern.compile(
      "^\\s*[|!{}]|\\[\\[[^\\]|\\[]*:|^\\s*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{N}_ ]{0,30}\\s*=(?!=)");
  /** A wiki article's first paragraph opening with its name in bold: "'''X''' là …". */
  private static final Pattern LEAD_BOLD = Pattern.compile("^\\s*'''([^'\\n]{2,80})'''");
  /** A wiki link, its label kept: "[[Target|label]]" gives "label". */
  private static final Pattern LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)\\]\\]");
  /** A headline in prose's clothing: this many words at most, and no sentence mark at its end. */
  private static final int MAX_HEADLINE_WORDS = 30;
  /** Short lines (a byline, "Share", a date) that may stand between a headline and its article. */
  private static final int BETWEEN_LINES = 4;

  /** The title found: its text and where its line is (null for a cleaned reader hint). */
  record Found(String text, Span span) {}

  private Titles() {}

  /**
   * The title among {@code blocks}: the best heading near the top, else {@code hint} (a reader's
   * title) cleaned of chrome, else null.
   */
  static Found choose(String text, List<Block> blocks, LayoutWords w, String hint) {
    TitleWords.Prose proseKeys = TitleWords.prose(text, blocks, w.language());
    Set<String> prose = proseKeys.words();
    Found best = null;
    double bestScore = 0;
    int seen = 0;
    // Picture credits of a page copied from a wiki: several lines end in the same site's name
    // ("caption - Wikipedia"); a title line names its site once.
    int credited = 0;
    for (int i = 0; i < Math.min(blocks.size(), TOP_BLOCKS); i++) {
      credited += siteSuffix(blocks.get(i).of(text), w) ? 1 : 0;
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (seen++ >= TOP_BLOCKS) {
        break;
      }
      if (articleBegins(text, b)) {
        break; // the article has begun: what follows are section headings
      }
      Found slug = wikiSlug(text, b, w);
      if (slug != null) {
        // "copied from Wikipedia, Page_name": the name of the page the text was taken from.
        double score = TitleWords.recurrence(slug.text(), prose, w.language());
        if (score >= MIN_RECUR && score > bestScore + 0.15) {
          best = slug;
          bestScore = score;
        }
        continue;
      }
      if (credited >= 2 && siteSuffix(b.of(text), w) || ENUMERATED.matcher(b.of(text)).find()
          || UiLines.besideImage(text, blocks, i, w) || saidTwice(text, blocks, i)
          || PagerRows.labelsPager(text, blocks, i) || boxRow(text, blocks, i)
          || SiteNames.names(text, blocks, i, w)) {
        continue; // the site's own name (SiteNames); a data box's row; a site's label above its pager heads no prose; a numbered line ("1. …", "2◦ …") is an entry of a list or a section; a
        // line beside a picture's marker, or said twice in a row (its text, then its caption),
        // is a picture's caption
      }
      // A headline is often taken for a caption or a "Label: value" row by its shape, or for
      // prose when it is long (a news headline above its byline).
      boolean headlineProse = b.cls() == LineClass.PROSE
          && LayoutClassifier.words(b.of(text)) >= 4
          && LayoutClassifier.words(b.of(text)) <= MAX_HEADLINE_WORDS
          && !opensLowerCase(b.of(text))
          && best == null; // a standfirst under the headline is no rival to it
      if (b.cls() != LineClass.HEADING && b.cls() != LineClass.CAPTION
          && b.cls() != LineClass.INFOBOX && !headlineProse
          || LayoutClassifier.terminal(b.of(text)) && !askingHeadline(text, blocks, i, w)) {
        continue;
      }
      String t = clean(LayoutClassifier.cleanHeading(b.of(text), w), prose, w);
      if (t == null) {
        continue;
      }
      // A line taken for prose is in the prose's words itself: match it against the rest.
      double score = headlineProse
          ? TitleWords.recurrence(t, proseKeys.without(text, b), w.language())
          : TitleWords.recurrence(t, prose, w.language());
      if (quotedName(b.of(text), t)) {
        score = Math.max(score, MIN_RECUR); // "Revisions of “X”" is about X
      }
      if (score == 0 && shouted(t)) {
        continue; // a line in capitals none of whose words the prose uses: a notice, a label
      }
      if (headsArticle(text, blocks, i, w)) {
        score += 0.25; // a headline stands right above the article (or its byline and date)
      }
      if (i == 0 && repeatedApart(text, blocks, i)) {
        score += 0.25; // the page's name at its top, said again above its infobox
      }
      if (System.getenv("FD_TITLE_DEBUG") != null) {
        System.err.printf("  cand %.2f [%s] <- %s%n", score, t, b.of(text).strip());
      }
      // The first good line wins a tie: a title comes before the section headings.
      if (score >= MIN_RECUR && score > bestScore + 0.15) {
        best = new Found(t, b.span());
        bestScore = score;
      }
    }
    Found top = HeaderStack.title(text, blocks, prose, w);
    if (top != null && !boxRowAt(text, blocks, top.span())) {
      best = top; // site, author, title above the text: lines below are its subtitle or sections
    }
    // A listing of teasers opens with its first teaser: that one's name is no title of the page.
    boolean teasers = best == null && Teasers.page(text, w);
    if (best == null && !teasers) {
      best = leadName(text, blocks, prose, w);
    }
    // Nothing at the top is spoken of by the prose (a short text), or the page's only title is
    // in another script ("Declaration of Independence" above Hebrew prose): its first heading
    // in the text's own script above the article.
    for (int i = 0; best == null && i < Math.min(blocks.size(), TOP_BLOCKS); i++) {
      Block b = blocks.get(i);
      if (articleBegins(text, b)) {
        break;
      }
      if (b.cls() == LineClass.HEADING && !ENUMERATED.matcher(b.of(text)).find()
          && !PagerRows.labelsPager(text, blocks, i) && !SiteNames.names(text, blocks, i, w)) {
        String t = clean(LayoutClassifier.cleanHeading(b.of(text), w), prose, w);
        // (A line in capitals none of whose words the prose uses is a notice or a site's label.)
        if (t != null && !(shouted(t) && TitleWords.recurrence(t, prose, w.language()) == 0)) {
          best = new Found(t, b.span());
        }
      }
    }
    if (!teasers && (best == null || portal(best.text(), w))) {
      // A portal's own page name ("Portal:History/Featured article") yields to the name its
      // article opens with: the page shows that one article.
      Found named = best == null ? null : leadName(text, blocks, prose, w);
      named = named != null ? named : definedName(text, blocks, prose, w);
      best = named != null ? named : best;
    }
    if (hint != null && !hint.isBlank()) {
      String h = clean(hint.strip(), prose, w);
      if (h != null) { // a reader's title (HTML, EPUB metadata) names the document
        return new Found(h, best != null && h.equals(best.text()) ? best.span() : null);
      }
    }
    // A legal text's heading stack: the line naming the document's kind, not the state's line.
    Found kind = KindTitles.title(text, blocks, best, w);
    return kind != null ? kind : HeadingRuns.joined(text, blocks, best, w); // (broken capitals lines)
  }

  /**
   * True when block {@code i} is a row of a data box written without table bars ("Type passenger
   * liner", "סוג: ספינת נוסעים" above "Speed 17 knots"): an infobox row with another infobox row
   * right above or below it (a blank line between or not), or a "Label: value" row beside another
   * "Label: value" line. A box's type row names a kind, not the page; a table's header row ("Name
   * | |", its cells barred) may name it and stays a candidate.
   */
  private static boolean boxRow(String text, List<Block> blocks, int i) {
    Block b = blocks.get(i);
    if (b.cls() != LineClass.INFOBOX || b.of(text).indexOf('|') >= 0) {
      return false;
    }
    boolean labelled = LABELLED.matcher(b.of(text)).lookingAt();
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= blocks.size() || blocks.get(j).of(text).indexOf('|') >= 0) {
        continue;
      }
      LineClass c = blocks.get(j).cls();
      if (c == LineClass.INFOBOX || labelled && c != LineClass.PROSE && c != LineClass.HEADING
          && LABELLED.matcher(blocks.get(j).of(text)).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code span} lies in a data box's row ({@link #boxRow}). */
  private static boolean boxRowAt(String text, List<Block> blocks, Span span) {
    for (int i = 0; span != null && i < blocks.size(); i++) {
      Span b = blocks.get(i).span();
      if (b.start() <= span.start() && span.start() < b.end()) {
        return boxRow(text, blocks, i);
      }
    }
    return false;
  }

  /** A row's label of one to four words and its colon: "Speed: …", "מהירות מרבית: …". */
  private static final Pattern LABELLED = Pattern.compile(
      "\\s*[\\p{L}][\\p{L}\\p{M}'’\"״־-]*(?:\\s+[\\p{L}\\p{M}'’\"״־-]+){0,3}\\s*:\\s+\\S");

  /** True when the line ends in a part that names a site ("… - Wikipedia"). */
  static boolean siteSuffix(String line, LayoutWords w) {
    String[] parts = PART_SEP.split(line.strip());
    return parts.length > 1 && w.hasChrome(parts[parts.length - 1])
        && !w.hasChrome(parts[0]);
  }

  /** A wiki page's name written as in its address ("Page_name"), on a line naming the wiki. */
  private static Found wikiSlug(String text, Block b, LayoutWords w) {
    String line = b.of(text);
    if (!w.hasChrome(line)) {
      return null;
    }
    Matcher m = SLUG.matcher(line);
    if (!m.find() || !ownScript(m.group(), w.language())) {
      return null;
    }
    return new Found(m.group().replace('_', ' '), new Span(b.span().start() + m.start(),
        b.span().start() + m.end()));
  }

  /** True when block {@code i}'s line appears again among the top blocks, not right beside it. */
  private static boolean repeatedApart(String text, List<Block> blocks, int i) {
    String line = blocks.get(i).of(text).strip();
    for (int j = 0; j < Math.min(blocks.size(), TOP_BLOCKS); j++) {
      if (Math.abs(j - i) > 1 && blocks.get(j).of(text).strip().equals(line)
          && (j + 1 >= blocks.size() || !blocks.get(j + 1).of(text).strip().equals(line))
          && (j == 0 || !blocks.get(j - 1).of(text).strip().equals(line))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name a wiki article's first paragraph opens with in bold ("'''X''' is …"): pasted
   * wikitext names its topic so when no line above the article is a title.
   */
  private static Found leadName(String text, List<Block> blocks, Set<String> prose,
      LayoutWords w) {
    for (int i = 0; i < blocks.size() && i < TOP_BLOCKS * 2; i++) {
      Block b = blocks.get(i);
      if (!articleBegins(text, b)) {
        continue;
      }
      Matcher m = LEAD_BOLD.matcher(b.of(text));
      if (m.find()) {
        String t = clean(LINK.matcher(m.group(1)).replaceAll("$1"), prose, w);
        if (t != null) {
          return new Found(t, null);
        }
      }
      return null; // only the article's first paragraph names its topic so
    }
    return null;
  }

  /**
   * The name an encyclopedia's first sentence defines ("X (in English: …) is a document …"): a
   * few words in the text's own script, an optional bracket, then one of the pack's copulas
   * (words.tsv copulas). Only the article's first paragraph names its topic so, however short
   * (a one-sentence lead of eight words or more).
   */
  private static Found definedName(String text, List<Block> blocks, Set<String> prose,
      LayoutWords w) {
    for (int i = 0; i < blocks.size() && i < TOP_BLOCKS * 2; i++) {
      Block b = blocks.get(i);
      if (!articleBegins(text, b) && !(b.cls() == LineClass.PROSE
          && LayoutClassifier.terminal(b.of(text)) && LayoutClassifier.words(b.of(text)) >= 8)) {
        continue;
      }
      String name = Teasers.definedName(b.of(text), text, w.language());
      String t = name == null ? null : clean(name, prose, w);
      return t == null ? null : new Found(t, null);
    }
    return null;
  }

  /**
   * True when the article's first paragraph follows block {@code i}, directly or after a few
   * short lines (a byline, a date line, "Share").
   */
  private static boolean headsArticle(String text, List<Block> blocks, int i, LayoutWords w) {
    for (int k = i + 1; k < blocks.size() && k <= i + 1 + BETWEEN_LINES; k++) {
      Block n = blocks.get(k);
      if (articleBegins(text, n)) {
        return true;
      }
      String line = n.of(text).strip();
      if (UiLines.besideImage(text, blocks, k, w) || w.isImageMarker(line)
          || saidTwice(text, blocks, k)) {
        continue; // a picture and its caption between a headline and its article
      }
      boolean shortLine = LayoutClassifier.words(line) <= 4 || dateLine(line, w)
          || w.opensByline(line) || w.opensPublished(line) || w.opensMore(line);
      if (!shortLine) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when block {@code i} is a headline that asks ("Who built the bridge?"): a line ending
   * in a question mark, of a headline's length, right above the article.
   */
  private static boolean askingHeadline(String text, List<Block> blocks, int i, LayoutWords w) {
    String line = blocks.get(i).of(text).strip();
    int words = LayoutClassifier.words(line);
    return line.endsWith("?") && words >= 4 && words <= MAX_HEADLINE_WORDS
        && line.indexOf('\n') < 0 && headsArticle(text, blocks, i, w);
  }

  /** True when the title is a page of a portal ("Portal:History/…"): its namespace names a kind of site. */
  private static boolean portal(String title, LayoutWords w) {
    Matcher m = PORTAL.matcher(title);
    return m.lookingAt() && w.opensSiteType(m.group(1));
  }

  /** True when block {@code i}'s line is said again right before or after it. */
  static boolean saidTwice(String text, List<Block> blocks, int i) {
    String line = blocks.get(i).of(text).strip();
    return i > 0 && blocks.get(i - 1).of(text).strip().equals(line)
        || i + 1 < blocks.size() && blocks.get(i + 1).of(text).strip().equals(line);
  }

  static boolean articleBegins(String text, Block b) {
    // A long run of words, or a paragraph of whole sentences (a short lead of two sentences).
    int words = LayoutClassifier.words(b.of(text));
    return b.cls() == LineClass.PROSE && (words >= 25 || words >= 15
        && LayoutClassifier.terminal(b.of(text)) && b.of(text).strip().matches("(?s).*[.!?…]\\S*\\s+\\S.*"));
  }

  /** True when every cased letter of the line is a capital (and it has some). */
  private static boolean shouted(String line) {
    return CapsLine.capitals(line) >= 1;
  }

  /** True when the line's first letter is a lower-case one: the rest of a sentence, no headline. */
  private static boolean opensLowerCase(String line) {
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  /** True when the title is the quoted name of a longer line. */
  private static boolean quotedName(String line, String title) {
    Matcher q = QUOTED.matcher(line);
    return q.find() && q.group(1).strip().equals(title) && line.strip().length() > title.length() + 2;
  }

  /**
   * The line as a title, its chrome cut off; null when it can be no title (a date line, a
   * picture credit, a line in another script than the document's).
   */
  static String clean(String line, Set<String> prose, LayoutWords w) {
    if (MARKUP_LINE.matcher(line).find() || ChromeLines.isChrome(line, w)) {
      return null;
    }
    // An address, a picture's file name or a template's fields glued to a headline are cut off.
    String stripped = TopicLines.strip(PagePaths.withoutDownloadLabel(line));
    if (stripped == null || MARKUP.matcher(stripped).find()) {
      return null;
    }
    String t = stripped.replace('_', ' ').replaceAll("\\s+", " ").strip();
    // Page buttons after a headline ("PDF Print E-mail"), in the page's language or English;
    // a symbol before it ("✨", "►").
    t = LayoutWords.of(Language.DEFAULT).withoutButtons(w.withoutButtons(t));
    t = t.replaceAll("^[\\p{So}\\p{Sk}\\p{Co}\\s]+", "").strip();
    if (t.isEmpty() || w.uiPhrases(t) > 0 || w.hasCredit(t) || w.opensByline(t) || w.opensPublished(t)
        || w.opensMore(t) || dateLine(t, w) || !ownScript(t, w.language())) {
      return null;
    }
    Language lang = w.language();
    // A page about a quoted name ("Difference between revisions of “X”") is about the name.
    Matcher q = QUOTED.matcher(t);
    if (q.find()) {
      String outside = (t.substring(0, q.start()) + " " + t.substring(q.end())).strip();
      if (!outside.isEmpty() && TitleWords.recurrence(outside, prose, lang) < 0.5) {
        t = q.group(1).strip();
      }
    }
    // Cut a site's name: the last part after a dash or bar ("Title - Site"), or the first
    // part before a bar ("Site | Title"), when the prose never speaks of it.
    // A part naming a site or a wiki ("- Wikipedia", "Family Wiki") is chrome.
    StringBuilder kept = new StringBuilder();
    Matcher sep = PART_SEP.matcher(t);
    int from = 0;
    boolean cut = false;
    while (from <= t.length()) {
      boolean found = sep.find();
      int to = found ? sep.start() : t.length();
      String raw = t.substring(from, to);
      String part = PagePaths.unlessChrome(raw, w); // ("Wiki:Page/July": the page, not the site)
      cut |= part != raw; // (the same string when it names no site)
      if (part != null) {
        kept.append(kept.length() > 0 ? " - " : "").append(part.strip());
      }
      if (!found) {
        break;
      }
      from = sep.end();
    }
    if (cut) {
      t = kept.toString().strip();
      if (t.isEmpty()) {
        return null;
      }
    }
    String[] parts = PART_SEP.split(t);
    if (parts.length > 1) {
      String last = parts[parts.length - 1];
      String first = parts[0];
      if (TitleWords.recurrence(last, prose, lang) == 0 && !TitleWords.joined(t, last, prose, lang)
          && TitleWords.recurrence(t.substring(0, t.lastIndexOf(last)), prose, lang) > 0) {
        t = t.substring(0, t.lastIndexOf(last));
      } else if (t.contains("|") && TitleWords.recurrence(first, prose, lang) == 0
          && TitleWords.recurrence(t.substring(first.length()), prose, lang) > 0) {
        t = t.substring(t.indexOf('|') + 1);
      }
    }
    // A namespace or path ("Project:Newsletter/2008/Board elections"): its page.
    if (!portal(t, w)) { // (a portal's page keeps its name: its article names the topic)
      t = PagePaths.pageName(t, w);
    }
    t = t.replaceAll("^[\\p{Z}\\s\\-–—|:]+|[\\p{Z}\\s\\-–—|:]+$", "");
    if (t.isEmpty() || dateLine(t, w) || w.isGenericSection(t)) {
      return null; // ("Background": a section of some article, not the name of this one)
    }
    return TopicLines.clean(t, lang); // a tagline, a site's section name: no title
  }

  /** A date line ("Saturday, 30 March 2013", "24.05.2013"): a date and hardly any words. */
  private static boolean dateLine(String t, LayoutWords w) {
    if (!YEAR.matcher(t).find() && !t.matches(".*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}.*")) {
      return false;
    }
    String rest = w.months().matcher(t).replaceAll(" ");
    if (!w.yearWord().isEmpty()) { // "Năm 2010"
      rest = rest.replaceAll("(?iu)(?<!\\p{L})" + Pattern.quote(w.yearWord()) + "(?!\\p{L})", " ");
    }
    boolean day = DAY.matcher(rest).find() || t.matches(".*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}.*");
    String words = rest.replaceAll("[\\d\\p{P}\\p{S}\\s]+", " ").strip();
    int n = words.isEmpty() ? 0 : words.split(" ").length;
    // A day and a year with at most two words (a weekday, a month of another language).
    return day && n <= 2;
  }

  /** True when most letters of the line are of the document's script (Hebrew in Hebrew). */
  private static boolean ownScript(String t, Language lang) {
    Character.UnicodeScript want;
    try {
      want = Character.UnicodeScript.forName(lang.pack().script());
    } catch (IllegalArgumentException | NullPointerException e) {
      return true;
    }
    long letters = t.codePoints().filter(Character::isLetter).count();
    long own = t.codePoints().filter(c -> Character.isLetter(c)
        && Character.UnicodeScript.of(c) == want).count();
    return letters == 0 || own * 2 >= letters;
  }
}
