package org.factdrill.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A context line (the topic shown above a prompt: a title, a heading, a file name) made as clean
 * as a prompt must be. Page layout glued to a topic is cut off it (an address, a picture's file
 * name, a template's fields, empty brackets); a line that is only layout (a site's tagline or
 * name, a breadcrumb, a site's section name, a category with a period) is no topic at all.
 */
public final class TopicLines {
  /** Files a page links to or shows: pictures, documents, sounds and films. */
  private static final String EXT = "(?:jpe?g|png|gif|svg|webp|tiff?|bmp|pdf|docx?|odt|rtf|txt"
      + "|html?|php|aspx?|mp3|mp4|ogg|ogv|oga|webm|wav|flac)";
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S*");
  /**
   * A file in a wiki's namespace ("File:Name of it.jpg"): the namespace (one word, or a capitalised
   * word and a lower-case one) and the whole name.
   */
  private static final Pattern NS_FILE = Pattern.compile(
      "(?u)(?<![\\p{L}\\p{M}])(?:\\p{Lu}[\\p{L}\\p{M}]* \\p{Ll}[\\p{L}\\p{M}]*|[\\p{L}\\p{M}]+)"
          + ":(?!\\s)[^:\\n|\\]]*?[.…](?i:" + EXT + ")(?![\\p{L}\\p{N}])");
  /** A file name, a path's tail or a cut address ending in an extension ("…/photo.jpg", "…jpg"). */
  private static final Pattern FILE = Pattern.compile(
      "(?iu)[^\\s\"“”(\\[]*[.…/]" + EXT + "(?![\\p{L}\\p{N}])");
  /** A path: a token with two slashes or more and no spaces ("/a/b/c"). */
  private static final Pattern PATH = Pattern.compile("(?<!\\S)\\S*/\\S*/\\S*");
  /** A site's address without its scheme ("example.com", "báo.vn"). */
  private static final Pattern DOMAIN = Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{N}.@])[\\p{L}\\p{N}-]{2,}(?:\\.[\\p{L}\\p{N}-]{2,})*"
          + "\\.(?:com|net|org|info|gov|edu|vn|il|ru|uk|us|io|tv|news)(?![\\p{L}\\p{N}])");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*\\}\\}");
  private static final Pattern TEMPLATE_OPEN = Pattern.compile("\\{\\{.*$|^.*\\}\\}");
  /** A bracket holding a template's field or a bar ("[|notes=]", "[date=1990]"). */
  private static final Pattern FIELD_BRACKET = Pattern.compile("\\[[^\\[\\]]*[=|][^\\[\\]]*\\]");
  /** A template's field: "|notes=", "| date = 1990", up to the next bar or the end. */
  private static final Pattern FIELD = Pattern.compile(
      "\\|\\s*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{N}_ -]{0,30}=[^|]*");
  /** "key=value" standing as a word of its own. */
  private static final Pattern KEY_VALUE = Pattern.compile(
      "(?<!\\S)[\\p{L}_][\\p{L}\\p{N}_-]*=(?!=)\\S*");
  /**
   * A wiki heading's markup, "==Name==" (one to six signs each side, spaces or none): the signs
   * go, the name stays; glued to the last word they are no "key=value".
   */
  private static final Pattern WIKI_HEADING = Pattern.compile("^\\s*(={1,6})\\s*(.*?)\\s*\\1\\s*$");
  private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)\\]\\]");
  private static final Pattern EMPTY_BRACKETS = Pattern.compile(
      "\\[[\\s\\p{P}&&[^\\[\\]]]*\\]|\\([\\s\\p{P}&&[^()]]*\\)|\\{[\\s\\p{P}&&[^{}]]*\\}"
          + "|«\\s*»|“\\s*”|\"\\s*\"");
  private static final Pattern STRAY = Pattern.compile("\\[\\[|\\]\\]|[{}]|'''|''");
  private static final Pattern EDGES = Pattern.compile(
      "^[\\p{Z}\\s\\-–—|:/,;·•»›>=_*#]+|[\\p{Z}\\s\\-–—|:/,;·•»›>=_*#(\\[]+$");
  /** The separators between a title and its site, section or tagline. */
  private static final Pattern PART_SEP = Pattern.compile("\\s+[-–—|/·•»›>]\\s+|\\s*[|»›]\\s*");
  /** A trail of links to a page ("Home » History » Title"). */
  private static final Pattern CRUMB = Pattern.compile("\\s*[»›>]\\s*|\\s+/\\s+");
  /** A series' name and a period, a site's archive section ("Archive: 1990–1999"). */
  private static final Pattern LABEL_PERIOD = Pattern.compile(
      "^([\\p{L}\\p{M}'’ ]{2,30}?)\\s*([:：])?\\s*\\d{3,4}(?:\\s*[-–—/]\\s*\\d{2,4})?$");
  /** A label before a colon that may be a site's section: "History: The life of X". */
  private static final Pattern SECTION_LEAD = Pattern.compile(
      "^([\\p{L}\\p{M}'’ ]{2,30}?)\\s*[:：]\\s+(\\S.*)$");
  private static final Pattern FILE_SEP = Pattern.compile("[-_.\\s+]+");
  /** Symbols a page shows after a heading (a link glyph "🔗", a pilcrow): no part of its words. */
  private static final Pattern TAIL_SYMBOLS = Pattern.compile("[\\s\\p{So}¶]+$");
  /**
   * A note's number glued to a heading's last word ("Judea2."): a word in lower case or in a
   * script without capitals never ends in digits; a model or code in capitals ("B52") keeps them.
   */
  private static final Pattern TAIL_NOTE = Pattern.compile("(?<=[\\p{Ll}\\p{Lo}\\p{M}])\\d{1,3}\\.?$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

  private TopicLines() {}

  /**
   * The line with the layout glued to it cut off (addresses, file names, template fields, empty
   * brackets, stray markup); null when nothing is left that names a topic, or when the line is a
   * site's chrome, tagline, breadcrumb or section name.
   */
  public static String clean(String line, Language lang) {
    String t = strip(line);
    if (t == null) {
      return null;
    }
    LayoutWords w = LayoutWords.of(lang);
    // A text-size control or page buttons ending the line ("… Text size A- A+", "… Share") are
    // the page's, in any language: cut off.
    t = w.withoutButtons(ChromeLines.withoutSizeControl(t)).strip();
    if (t.isEmpty()) {
      return null;
    }
    if (w.opensTagline(t) && (w.hasChrome(t) || w.hasChromeStem(t) || DOMAIN.matcher(t).find())) {
      return null; // "From <site>, the free …": the site's tagline
    }
    String[] crumbs = CRUMB.split(t);
    if (crumbs.length >= 3) {
      return null; // a trail of links: where the page is, not what it says
    }
    Matcher lead = SECTION_LEAD.matcher(t);
    if (lead.matches() && w.isCategory(lead.group(1)) && topic(lead.group(2).strip(), w)) {
      t = lead.group(2).strip(); // "History: The life of X": the site's section, then the article
    }
    String[] parts = PART_SEP.split(t);
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      String part = p.strip();
      boolean chrome = part.isEmpty() || w.hasChrome(part) || w.hasChromeStem(part)
          || DOMAIN.matcher(part).find() || w.isCategory(part)
          || parts.length > 1 && (w.opensSiteType(part) || w.opensTagline(part));
      if (!chrome) {
        kept.add(part);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    if (kept.size() < parts.length) {
      t = String.join(" - ", kept);
    }
    t = EDGES.matcher(t).replaceAll("").strip();
    if (!topic(t, w)) {
      return null;
    }
    return t;
  }

  /**
   * The line without addresses, file names, template residue, empty brackets and stray markup,
   * its white space folded; null when nothing is left.
   */
  static String strip(String line) {
    if (line == null) {
      return null;
    }
    // Each expression runs only on a line holding a sign it needs ("://", "{{", "[[", "=", a
    // bracket): most lines hold none of them, and every replaceAll tried every position.
    String t = line.replace('\u00a0', ' ');
    if (t.contains("://") || hasWww(t)) {
      t = URL.matcher(t).replaceAll(" ");
    }
    if (t.indexOf(':') >= 0) {
      t = NS_FILE.matcher(t).replaceAll(" ");
    }
    if (extensionMayFollow(t)) {
      t = FILE.matcher(t).replaceAll(" ");
    }
    int slash = t.indexOf('/');
    if (slash >= 0 && t.indexOf('/', slash + 1) >= 0) {
      t = PATH.matcher(t).replaceAll(" ");
    }
    String before;
    if (t.contains("{{")) {
      do {
        before = t;
        t = TEMPLATE.matcher(t).replaceAll(" ");
      } while (!t.equals(before));
    }
    if (t.contains("{{") || t.contains("}}")) {
      t = TEMPLATE_OPEN.matcher(t).replaceAll(" ");
    }
    if (t.contains("[[")) {
      t = WIKI_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
    if (t.indexOf('=') >= 0) {
      t = WIKI_HEADING.matcher(t).replaceAll("$2");
    }
    if (t.indexOf('[') >= 0) {
      t = FIELD_BRACKET.matcher(t).replaceAll(" ");
    }
    if (t.indexOf('|') >= 0) {
      t = FIELD.matcher(t).replaceAll(" ");
    }
    if (t.indexOf('=') >= 0) {
      t = KEY_VALUE.matcher(t).replaceAll(" ");
    }
    if (Signs.holdsAny(t, "[({«“\"")) {
      do {
        before = t;
        t = EMPTY_BRACKETS.matcher(t).replaceAll(" ");
      } while (!t.equals(before));
    }
    if (Signs.holdsAny(t, "[]{}'")) {
      t = STRAY.matcher(t).replaceAll(" ");
    }
    t = SPACE_BEFORE_MARK.matcher(SPACES.matcher(t).replaceAll(" ")).replaceAll("$1").strip();
    t = TAIL_NOTE.matcher(TAIL_SYMBOLS.matcher(t).replaceAll("")).replaceAll("");
    t = EDGES.matcher(t).replaceAll("").strip();
    return t.isEmpty() ? null : t;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,.;:!?)\\]])");

  /** True when "www." stands in {@code s} in any case of its ASCII letters, as {@link #URL} reads. */
  private static boolean hasWww(String s) {
    for (int i = s.indexOf('.', 3); i >= 0; i = s.indexOf('.', i + 1)) {
      if (s.regionMatches(true, i - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a dot, ellipsis or slash is followed by a letter: {@link #FILE} needs one before
   * its extension, which opens with a letter.
   */
  private static boolean extensionMayFollow(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '…' || c == '/') && Character.isLetter(s.codePointAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the line holds layout: an address, a file name, template residue ("|x=", "{{",
   * "}}", "[]"), or it is a site's chrome, tagline, breadcrumb or section name.
   */
  public static boolean isLayout(String line, Language lang) {
    if (line == null) {
      return false;
    }
    if (URL.matcher(line).find() || FILE.matcher(line).find() || line.contains("{{")
        || line.contains("}}") || line.matches("(?s).*\\|\\s*[\\p{L}_][\\p{L}\\p{N}_ -]*=.*")
        || EMPTY_BRACKETS.matcher(line).find() || KEY_VALUE.matcher(line).find()) {
      return true;
    }
    String c = clean(line, lang);
    return c == null || !c.equals(line.replaceAll("\\s+", " ").strip());
  }

  /** Some letters, not only a site's section name or a name of a series with its period. */
  private static boolean topic(String t, LayoutWords w) {
    if (t.isEmpty() || w.isCategory(t)) {
      return false;
    }
    Matcher p = LABEL_PERIOD.matcher(t);
    if (p.matches() && (p.group(2) != null && !p.group(1).strip().contains(" ")
        || w.isCategory(p.group(1)))) {
      return false; // "Archive: 1990–1999", "News 2008": a section of a site by period
    }
    for (String x : t.split("\\s+")) {
      if (x.codePoints().filter(Character::isLetter).count() >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * A readable title from a file's name ("…-pearl-harbor.txt"): the longest run of the name's
   * words that the text says together (side by side in the name's order, or in a window one word
   * longer than the run in any order: "x-purchase" gives "Purchase of X"),
   * written as the text writes it; letters compared without their marks, as a name written for a
   * file drops them. Null when no run of two words or more is found in the text: a code, a hash,
   * or a name in another script names nothing the student reads.
   */
  public static String fromFileName(String source, String text, Language lang) {
    if (source == null || text == null) {
      return null;
    }
    String name = LayoutClassifier.fileTitle(source);
    List<String> tokens = new ArrayList<>();
    for (String x : FILE_SEP.split(name)) {
      if (!x.isEmpty()) {
        tokens.add(fold(x));
      }
    }
    if (tokens.size() < 2 || tokens.size() > 16) {
      return null;
    }
    String body = text.length() > 200_000 ? text.substring(0, 200_000) : text;
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(body);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      words.add(fold(m.group()));
    }
    for (int len = tokens.size(); len >= 2; len--) {
      for (int start = tokens.size() - len; start >= 0; start--) {
        List<String> run = tokens.subList(start, start + len);
        if (run.stream().noneMatch(x -> x.codePoints().filter(Character::isLetter).count() >= 3)) {
          continue;
        }
        for (int window = len; window <= len + 1; window++) {
          String found = phrase(body, words, spans, run, window);
          if (found != null) {
            String c = clean(found, lang);
            if (c != null) {
              return c.substring(0, 1).toUpperCase(Locale.ROOT).equals(c.substring(0, 1))
                  ? c : c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1);
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The text's words [i, i+window) holding every word of {@code run}, opening and closing on one
   * of them, within one clause.
   */
  private static String phrase(String text, List<String> words, List<int[]> spans,
      List<String> run, int window) {
    for (int i = 0; i + window <= words.size(); i++) {
      if (!run.contains(words.get(i))) {
        continue;
      }
      List<String> left = new ArrayList<>(run);
      for (int k = i; k < i + window; k++) {
        left.remove(words.get(k));
      }
      if (!left.isEmpty() || window == run.size() && !words.subList(i, i + window).equals(run)) {
        continue; // side by side only in the name's order ("to purchase X" is no "X purchase")
      }
      // The window must open and close on a word of the run (no stray word at its edge).
      int last = i + window - 1;
      if (!run.contains(words.get(last))) {
        continue; // a word between two of the name's ("X of Y"), not one after them
      }
      String s = text.substring(spans.get(i)[0], spans.get(last)[1]);
      if (!s.matches("(?s).*[.!?;:\\n\\[\\]()].*")) {
        return s.replaceAll("\\s+", " ");
      }
    }
    return null;
  }

  /** Lower case without marks: how a file's name writes a word of the text. */
  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
  }
}
