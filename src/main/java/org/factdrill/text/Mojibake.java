package org.factdrill.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lines that an earlier program decoded with the wrong code page and repairs them when the
 * mapping back is certain: UTF-8 read as Latin-1/windows-1252 ("Viá»‡t" for "Việt", "Ã©" for
 * "é"), Vietnamese VNI and TCVN3 read so ({@link VietMojibake}), and Hebrew windows-1255 read
 * as Latin-1 ("ùìåí" for "שלום"). A line that looks broken but
 * does not map back cleanly is blanked (kept as spaces, so offsets stay) and reported.
 */
final class Mojibake {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Charset CP1255 = Charset.forName("windows-1255");
  /** A UTF-8 lead byte shown as Latin-1 (Ã Â Ä Å Æ á etc.), then a continuation byte shown so. */
  private static final Pattern UTF8_AS_LATIN = Pattern.compile(
      "[\\u00C2-\\u00DF][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192"
          + "\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A"
          + "\\u20AC\\u2122]"
          + "|[\\u00E0-\\u00EF][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E"
          + "\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039"
          + "\\u203A\\u20AC\\u2122]{2}");
  /** A word made only of the Latin-1 letters that windows-1255 uses for Hebrew (0xE0-0xFA). */
  private static final Pattern HEBREW_AS_LATIN = Pattern.compile("(?<![\\p{L}])[\\u00E0-\\u00FA]{2,}"
      + "(?![\\p{L}])");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private Mojibake() {}

  /** The text with broken lines repaired or blanked; one note per kind of change. */
  static String repair(String text, List<String> notes) {
    if (!maybe(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int repairedUtf8 = 0;
    int repairedHebrew = 0;
    int blanked = 0;
    int lineNo = 0;
    StringBuilder blankedLines = new StringBuilder();
    VietMojibake viet = new VietMojibake();
    for (String line : text.split("(?<=\n)", -1)) {
      lineNo++;
      String fixed = line;
      if (UTF8_AS_LATIN.matcher(line).find()) {
        String r = reencode(line, null, StandardCharsets.UTF_8);
        if (r != null) {
          fixed = r;
          repairedUtf8++;
        } else if (viet.claims(line)) {
          fixed = viet.repair(line, lineNo);
        } else {
          fixed = line.replaceAll("[^\n]", " ");
          blanked++;
          blankedLines.append(blankedLines.length() == 0 ? "" : ", ").append(lineNo);
        }
      } else if (viet.claims(line)) {
        fixed = viet.repair(line, lineNo);
      } else if (hebrewAsLatin(line)) {
        String r = reencode(line, StandardCharsets.ISO_8859_1, CP1255);
        if (r != null) {
          fixed = r;
          repairedHebrew++;
        }
      }
      out.append(fixed);
    }
    if (repairedUtf8 > 0) {
      notes.add(repairedUtf8 + " line(s) of UTF-8 that had been read as windows-1252 repaired");
    }
    if (repairedHebrew > 0) {
      notes.add(repairedHebrew + " line(s) of windows-1255 Hebrew that had been read as Latin-1 "
          + "repaired");
    }
    viet.notes(notes);
    if (blanked > 0) {
      notes.add(blanked + " line(s) mis-decoded beyond certain repair skipped (line "
          + blankedLines + ")");
    }
    return out.toString();
  }

  /**
   * Which mis-decoding the line shows, by the same signatures {@link #repair} acts on (UTF-8 read
   * as windows-1252, VNI/TCVN3 read so, windows-1255 read as Latin-1), or null when none: what an
   * audit of finished questions reports.
   */
  static String kind(String line, VietMojibake viet) {
    if (!maybe(line)) {
      return null;
    }
    if (UTF8_AS_LATIN.matcher(line).find()) {
      return "UTF-8 read as windows-1252";
    }
    if (viet.claims(line)) {
      return "VNI or TCVN3 read as windows-1252";
    }
    return hebrewAsLatin(line) ? "windows-1255 read as Latin-1" : null;
  }

  private static boolean maybe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00A1' && c <= '\u00FF') {
        return true;
      }
    }
    return false;
  }

  /** Most words of the line are made only of windows-1255's Hebrew letters seen as Latin-1. */
  private static boolean hebrewAsLatin(String line) {
    int words = 0;
    int hebrew = 0;
    Matcher w = WORD.matcher(line);
    while (w.find()) {
      words++;
    }
    Matcher h = HEBREW_AS_LATIN.matcher(line);
    while (h.find()) {
      hebrew++;
    }
    return hebrew >= 2 && hebrew * 10 >= words * 6;
  }

  /**
   * The line's characters turned back into the bytes {@code wrong} made of them, decoded with
   * {@code right}; null when any character has no byte or the bytes do not decode cleanly.
   */
  private static String reencode(String line, Charset wrong, Charset right) {
    try {
      ByteBuffer bytes = wrong == null ? latin1Or1252(line) : wrong.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
          .onMalformedInput(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(line));
      String r = right.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
      return com.ibm.icu.text.Normalizer2.getNFCInstance().normalize(r);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Bytes of text shown in Latin-1 or windows-1252 (programs differ in which they used; both
   * agree from 0xA0 up, and each of 0x80-0x9F is either a control code or a 1252 sign).
   */
  private static ByteBuffer latin1Or1252(String line) throws CharacterCodingException {
    ByteBuffer b = ByteBuffer.allocate(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x100) {
        b.put((byte) c);
      } else {
        ByteBuffer one = CP1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(java.nio.CharBuffer.wrap(String.valueOf(c)));
        b.put(one.get());
      }
    }
    b.flip();
    return b;
  }
}
