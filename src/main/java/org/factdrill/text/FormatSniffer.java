package org.factdrill.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells what a file is from its first bytes (magic numbers, markup), not only its name: a PDF
 * saved as ".txt" is still read as PDF, a web page saved without extension as HTML.
 */
public final class FormatSniffer {
  private static final Pattern HTML_START = Pattern.compile(
      "(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body"
          + "|meta|title)\\b");
  private static final Pattern HTML_TAGS = Pattern.compile("(?i)<(?:p|div|h[1-6]|br|span|a)\\b[^>]*>");
  private static final Pattern MD_SIGNS = Pattern.compile(
      "(?m)^(?:#{1,6}\\s+\\S|```|\\[[^\\]]+\\]:\\s)|\\]\\([^)\\s]+\\)|\\*\\*\\S");

  private FormatSniffer() {}

  /**
   * The format of a file whose first bytes are {@code head} (at least the first 8 KB when the
   * file is that long). Zip files are told apart later by their entries: this says EPUB for
   * "application/epub+zip" in the first entry, and DOCX for any other zip.
   */
  public static DocumentFormat sniff(Path path, byte[] head) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    if (startsWith(head, "%PDF-") || indexOf(head, "%PDF-", 1024) >= 0) {
      return DocumentFormat.PDF;
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return indexOf(head, "application/epub+zip", 200) >= 0 || name.endsWith(".epub")
          ? DocumentFormat.EPUB : DocumentFormat.DOCX;
    }
    String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1)
        .replace("\uFEFF", "").replace("ï»¿", "");
    if (HTML_START.matcher(start).find() || name.matches(".*\\.(x?html?|mhtml?)$")
        && HTML_TAGS.matcher(start).find()) {
      return DocumentFormat.HTML;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return DocumentFormat.MARKDOWN;
    }
    if (!name.endsWith(".txt") && MD_SIGNS.matcher(start).results().count() >= 2) {
      return DocumentFormat.MARKDOWN;
    }
    return DocumentFormat.TEXT;
  }

  /** True for the file names a directory is searched for. */
  public static boolean supportedName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.matches(".*\\.(txt|text|md|markdown|html?|xhtml|pdf|epub|docx)$");
  }

  private static boolean startsWith(byte[] b, String magic) {
    return indexOf(b, magic, magic.length()) == 0;
  }

  /** Where {@code s} (ASCII) starts in the first {@code within} bytes of {@code b}, or -1. */
  static int indexOf(byte[] b, String s, int within) {
    byte[] n = s.getBytes(StandardCharsets.US_ASCII);
    int last = Math.min(b.length, within) - n.length;
    outer:
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j < n.length; j++) {
        if (b[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
