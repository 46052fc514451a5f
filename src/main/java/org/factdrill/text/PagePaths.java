package org.factdrill.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's name written as a wiki writes its address, a path of parts ("Book/Volume I/Chapter",
 * "Project:Newsletter/2008/Story"): the page is its last part, the parts before it are the shelf
 * it stands on. A last part that is a generic section or a month ("Introduction", "July") names no
 * topic alone, so the first part (the work) stays before it. Also a site's download label in brackets after a book's
 * name ("(reader phone .txt)"): a bracket naming a file format is the site's, never the title's.
 */
final class PagePaths {
  /** A namespace before the path: "Wikipedia:", "Trang:". */
  private static final Pattern NAMESPACE = Pattern.compile("^[^\\s:/]+:(?=\\S)");
  /**
   * A path without a namespace: parts joined by slashes with no space about them, each part after
   * a slash opening with a letter that is not lower case (a name: not "and/or").
   */
  private static final Pattern PATH = Pattern.compile(
      "[^/\\s](?:[^/]*[^/\\s])?(?:/(?=[\\p{Lu}\\p{Lt}\\p{Lo}])[^/\\s](?:[^/]*[^/\\s])?)+");
  /** A bracket naming a file format: a download label. */
  private static final Pattern DOWNLOAD = Pattern.compile(
      "\\s*[(\\[][^()\\[\\]\\n]{0,40}?\\.?\\b(?i:txt|pdf|epub|mobi|fb2|azw3?|docx?|rtf|djvu)\\b"
          + "[^()\\[\\]\\n]{0,20}[)\\]]");
  /** A part has at least this many letters (so "AC/DC" is a name, not a path). */
  private static final int PART_LETTERS = 3;

  private PagePaths() {}

  /**
   * A part of a title line as it stands when it names no site; the path of pages in it without
   * the namespace when only the namespace names the site ("Wikipedia:Page/July" gives
   * "Page — July", {@link #pageName}: where the page is kept is no part of what it is); null when
   * it is the site's.
   */
  static String unlessChrome(String part, LayoutWords w) {
    if (!w.hasChrome(part)) {
      return part;
    }
    String p = part.strip();
    Matcher m = NAMESPACE.matcher(p);
    String page = p.indexOf('/') > 0 && m.find() ? p.substring(m.end()) : null;
    String name = page != null && !w.hasChrome(page) ? pageName(p, w) : null;
    // (a scan's page or an issue by its number alone, "Page:Book.djvu/212", names nothing)
    return name != null && name.codePoints().anyMatch(Character::isLetter) ? name : null;
  }

  /** {@code line} without a bracketed download label ("Title (reader .txt)" gives "Title"). */
  static String withoutDownloadLabel(String line) {
    return line.indexOf('(') < 0 && line.indexOf('[') < 0 ? line : DOWNLOAD.matcher(line).replaceAll("");
  }

  /**
   * The page's own name when {@code t} is a path of pages ({@code t} unchanged otherwise): its last
   * part, or its first part and last part when the last is a generic section.
   */
  static String pageName(String t, LayoutWords w) {
    if (t.indexOf('/') < 0 || t.contains(" / ")) {
      return t;
    }
    boolean namespaced = NAMESPACE.matcher(t).find();
    if (!namespaced && !PATH.matcher(t).matches()) {
      return t;
    }
    String[] parts = NAMESPACE.matcher(t).replaceFirst("").split("/");
    for (String p : parts) {
      if (!namespaced && p.codePoints().filter(Character::isLetter).count() < PART_LETTERS) {
        return t;
      }
    }
    String last = parts[parts.length - 1].strip();
    String first = parts[0].strip();
    // ("Introduction", "July": a part of some work, which the first part names)
    boolean partOnly = w.isGenericSection(last) || w.months().matcher(last).replaceAll("").isBlank();
    return parts.length > 1 && partOnly ? first + " — " + last : last;
  }
}
