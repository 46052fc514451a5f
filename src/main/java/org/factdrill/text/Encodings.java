package org.factdrill.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdrill.lang.Phrase;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 by its BOM, a legacy code
 * page chosen by ICU's {@link CharsetDetector} or by a Vietnamese letter count (windows-1258,
 * which ICU does not detect), or the encoding the user named. Then {@link Mojibake} repairs lines
 * that an earlier program had decoded with the wrong code page.
 */
public final class Encodings {
  private static final Charset CP1258 = Charset.forName("windows-1258");
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private Encodings() {}

  /** Text decoded from bytes, the encoding used, and what was repaired or skipped. */
  public record Decoded(String text, String encoding, List<String> notes) {}

  /**
   * Decodes {@code bytes} of {@code path} (named in messages only).
   *
   * @param forced the encoding the user named (--encoding), if any
   * @param lenient replace undecodable bytes instead of failing
   */
  public static Decoded decode(Path path, byte[] bytes, Optional<String> forced, boolean lenient)
      throws TextReadException {
    List<String> notes = new ArrayList<>();
    if (forced.isPresent()) {
      Optional<VietLegacy> vl = VietLegacy.named(forced.get());
      if (vl.isPresent()) {
        return new Decoded(strip(vl.get().decode(bytes)), vl.get().name(), notes);
      }
      Charset cs = charset(path, forced.get());
      String t = strip(decodeWith(cs, bytes, 0, true));
      return new Decoded(Mojibake.repair(t, notes), cs.name(), notes);
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
        || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
      return new Decoded(strip(decodeWith(StandardCharsets.UTF_16, bytes, 0, true)), "UTF-16",
          notes);
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    String utf8 = decodeWith(StandardCharsets.UTF_8, bytes, skip, false);
    if (utf8 != null) {
      return new Decoded(Mojibake.repair(utf8, notes), "UTF-8", notes);
    }
    String legacy = guessLegacy(bytes);
    if (legacy != null) {
      Optional<VietLegacy> vl = VietLegacy.named(legacy);
      String t = vl.isPresent() ? vl.get().decode(bytes)
          : strip(decodeWith(Charset.forName(legacy), bytes, 0, true));
      return new Decoded(NFC.normalize(t), legacy, notes);
    }
    TextReader reader = new TextReader(lenient, notes::add);
    return new Decoded(reader.decode(path, bytes), "UTF-8", notes);
  }

  /**
   * The legacy code page of text that is not UTF-8, when the evidence is clear: Vietnamese
   * letters and tone marks for windows-1258, else ICU's guess among the Hebrew and Western ones.
   */
  static String guessLegacy(byte[] bytes) {
    String vi = NFC.normalize(decodeWith(CP1258, bytes, 0, true));
    String best = bestVietnamese(bytes, vi);
    if (best != null) {
      return best;
    }
    // Vietnamese has its own letters and tone marks, but most of its letters are plain ASCII;
    // Hebrew bytes read as windows-1258 give accented letters almost only.
    if (vietnameseShare(vi) >= 0.04 && vietnameseLetters(vi) >= 5 && asciiShare(vi) >= 0.5) {
      return "windows-1258";
    }
    CharsetDetector d = new CharsetDetector();
    d.setText(bytes);
    for (CharsetMatch m : d.detectAll()) {
      String name = m.getName();
      if (m.getConfidence() < 20) {
        break;
      }
      if (name.equals("ISO-8859-8-I") || name.equals("ISO-8859-8")) {
        return hasC1(bytes) ? "windows-1255" : "ISO-8859-8";
      }
      if (name.equals("windows-1255")) {
        return name;
      }
      // A Western code page only on clear evidence: a stray bad byte in UTF-8 text is no sign.
      if ((name.equals("ISO-8859-1") || name.equals("windows-1252")) && m.getConfidence() >= 60
          && bytes.length >= 200) {
        return "windows-1252";
      }
    }
    return null;
  }

  /**
   * The Vietnamese encoding (windows-1258, VISCII, TCVN3 or VNI) whose decoding makes the most
   * words valid syllables, when at least 5 are and at least 80 % of the words it marks are;
   * null otherwise. Only a sample of the file is scored: the evidence is in every line.
   */
  static String bestVietnamese(byte[] bytes, String asCp1258) {
    int n = Math.min(bytes.length, SAMPLE);
    byte[] sample = n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n);
    VietnameseSyllables syl = VietnameseSyllables.fromPack();
    String best = null;
    VietnameseSyllables.Score bestScore = null;
    String cp1258 = n == bytes.length ? asCp1258
        : NFC.normalize(decodeWith(CP1258, sample, 0, true));
    for (String name : List.of("windows-1258", "VISCII", "TCVN3", "VNI")) {
      String text = name.equals("windows-1258") ? cp1258
          : VietLegacy.named(name).orElseThrow().decode(sample);
      VietnameseSyllables.Score s = syl.score(text);
      if (bestScore == null || s.weight() > bestScore.weight()) {
        best = name;
        bestScore = s;
      }
    }
    return bestScore.valid() >= 5 && bestScore.share() >= 0.8 ? best : null;
  }

  /** Bytes scored when guessing a Vietnamese encoding. */
  private static final int SAMPLE = 64 * 1024;

  /** Bytes 0x80-0x9F are control codes in ISO-8859-8 but letters and points in windows-1255. */
  private static boolean hasC1(byte[] bytes) {
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c >= 0x80 && c <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  /** Share of letters that only Vietnamese writes (ă â đ ê ô ơ ư and letters with tone marks). */
  static double vietnameseShare(String s) {
    int letters = 0;
    int viet = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if ("ăâđêôơưĂÂĐÊÔƠƯ".indexOf(c) >= 0 || c >= '\u1EA0' && c <= '\u1EF9') {
          viet++;
        }
      }
    }
    return letters == 0 ? 0 : (double) viet / letters;
  }

  private static int vietnameseLetters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("ăâđêôơưĂÂĐÊÔƠƯ".indexOf(c) >= 0 || c >= '\u1EA0' && c <= '\u1EF9') {
        n++;
      }
    }
    return n;
  }

  private static double asciiShare(String s) {
    int letters = 0;
    int ascii = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c < 0x80) {
          ascii++;
        }
      }
    }
    return letters == 0 ? 0 : (double) ascii / letters;
  }

  private static Charset charset(Path path, String name) throws TextReadException {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new TextReadException(path, null, TextReadException.Reason.UNSUPPORTED, -1,
          Phrase.of("text.unknown_encoding", name));
    }
  }

  /** Decodes, or returns null on a bad byte when not {@code replace}. */
  static String decodeWith(Charset cs, byte[] bytes, int skip, boolean replace) {
    CodingErrorAction a = replace ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
    try {
      return cs.newDecoder().onMalformedInput(a).onUnmappableCharacter(a)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String strip(String s) {
    return s != null && s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
