package org.factdrill.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown: headings (# and underlined), paragraphs, list items, tables as rows of cells,
 * footnote definitions as footnotes, image alt texts as captions, and inline marks (links,
 * emphasis, code, footnote references) removed so that prompts read as prose. Code blocks are
 * left out.
 */
final class MarkdownReader {
  private static final Pattern ATX = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SETEXT = Pattern.compile("^(?:=+|-+)\\s*$");
  private static final Pattern FENCE = Pattern.compile("^(```|~~~)");
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
  private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");
  private static final Pattern TABLE_SEP = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
  private static final Pattern FOOTNOTE_DEF = Pattern.compile("^\\[\\^[^\\]]+\\]:\\s*(.*)$");
  private static final Pattern IMAGE_LINE = Pattern.compile("^!\\[([^\\]]*)\\]\\([^)]*\\)\\s*$");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
  private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]+\\]");
  private static final Pattern EMPHASIS = Pattern.compile(
      "(?<![\\p{L}\\p{N}*_`])(\\*\\*|__|\\*|_|`)(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}])");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");

  private MarkdownReader() {}

  static Parsed read(Path path, byte[] bytes, Optional<String> encoding, boolean lenient)
      throws TextReadException {
    Encodings.Decoded d = Encodings.decode(path, bytes, encoding, lenient);
    String src = d.text();
    TextAssembler out = new TextAssembler();
    StringBuilder para = new StringBuilder();
    int paraStart = -1;
    boolean code = false;
    int marks = 0;
    String[] lines = src.split("\n", -1);
    int offset = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replace("\r", "");
      int at = offset;
      offset += lines[i].length() + 1;
      if (FENCE.matcher(line.strip()).find()) {
        code = !code;
        continue;
      }
      if (code) {
        continue;
      }
      String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
      Matcher m;
      LineClass cls = null;
      String piece = null;
      if ((m = ATX.matcher(line)).matches()) {
        cls = LineClass.HEADING;
        piece = m.group(1);
      } else if (!line.isBlank() && SETEXT.matcher(next).matches() && para.length() == 0
          && !ITEM.matcher(line).matches()) {
        cls = LineClass.HEADING;
        piece = line;
        i++;
        offset += lines[i].length() + 1;
      } else if (TABLE_SEP.matcher(line).matches()) {
        continue;
      } else if (line.strip().startsWith("|")) {
        cls = LineClass.INFOBOX;
        piece = String.join("\t", line.strip().replaceAll("^\\||\\|$", "").split("\\|"));
      } else if ((m = FOOTNOTE_DEF.matcher(line)).matches()) {
        cls = LineClass.FOOTNOTE;
        piece = m.group(1);
      } else if ((m = IMAGE_LINE.matcher(line.strip())).matches()) {
        cls = LineClass.CAPTION;
        piece = m.group(1);
      } else if ((m = ITEM.matcher(line)).matches()) {
        cls = LineClass.PROSE; // re-checked by shape: short items are links or menus
        piece = m.group(1);
      }
      if (cls != null || line.isBlank()) {
        out.add(inline(para.toString()), LineClass.PROSE, paraStart);
        para.setLength(0);
        paraStart = -1;
        if (piece != null) {
          marks += count(FOOTNOTE_REF, piece);
          out.add(inline(piece), cls, at);
        }
        continue;
      }
      String body = QUOTE.matcher(line).replaceFirst("");
      marks += count(FOOTNOTE_REF, body);
      if (paraStart < 0) {
        paraStart = at;
      }
      para.append(para.length() == 0 ? "" : " ").append(body.strip());
    }
    out.add(inline(para.toString()), LineClass.PROSE, paraStart);
    List<String> notes = new ArrayList<>(d.notes());
    if (marks > 0) {
      notes.add(marks + " footnote mark(s) kept apart from the sentences");
    }
    return new Parsed(out.text(), out.blocks(), null, d.encoding(), notes);
  }

  /** The text without inline marks: links become their text, emphasis and code marks go. */
  static String inline(String s) {
    String t = COMMENT.matcher(s).replaceAll("");
    t = IMAGE.matcher(t).replaceAll("");
    t = FOOTNOTE_REF.matcher(t).replaceAll("");
    t = LINK.matcher(t).replaceAll("$1");
    String before;
    do {
      before = t;
      t = EMPHASIS.matcher(t).replaceAll("$2");
    } while (!t.equals(before));
    return t;
  }

  private static int count(Pattern p, String s) {
    return (int) p.matcher(s).results().count();
  }
}
