package org.factdrill.text;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The legacy Vietnamese encodings that Java and ICU do not know: VISCII and TCVN3 (one byte a
 * letter) and VNI-Windows (a base letter followed by a mark byte), each read from its published
 * table in {@code src/main/resources/text/encodings/}.
 */
public final class VietLegacy {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** The names --encoding takes, in the order detection tries them. */
  public static final java.util.List<String> NAMES = java.util.List.of("VISCII", "TCVN3", "VNI");

  private final String name;
  /** Code point of each byte decoded alone. */
  private final int[] single = new int[256];
  /** Code point of each two-byte sequence (first << 8 | second). */
  private final Map<Integer, Integer> pairs = new HashMap<>();
  private final Map<Integer, byte[]> reverse = new HashMap<>();
  /** Bytes the table lists as a letter on their own. */
  private final boolean[] listed = new boolean[256];

  private VietLegacy(String name, String resource, boolean latinFallback) {
    this.name = name;
    for (int b = 0; b < 256; b++) {
      single[b] = b < 0x80 || !latinFallback ? b
          : new String(new byte[] {(byte) b}, CP1252).codePointAt(0);
    }
    try (InputStream in = VietLegacy.class.getResourceAsStream("/text/encodings/" + resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        String[] hex = c[0].split(" ");
        byte[] bytes = new byte[hex.length];
        for (int i = 0; i < hex.length; i++) {
          bytes[i] = (byte) Integer.parseInt(hex[i], 16);
        }
        int cp = Integer.parseInt(c[1].substring(2), 16);
        if (bytes.length == 1) {
          single[bytes[0] & 0xff] = cp;
          listed[bytes[0] & 0xff] = true;
        } else {
          pairs.put((bytes[0] & 0xff) << 8 | bytes[1] & 0xff, cp);
        }
        reverse.putIfAbsent(cp, bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final VietLegacy VISCII = new VietLegacy("VISCII", "viscii.tsv", false);
    static final VietLegacy TCVN3 = new VietLegacy("TCVN3", "tcvn3.tsv", false);
    static final VietLegacy VNI = new VietLegacy("VNI", "vni.tsv", true);
  }

  /** The encoding of a name given with --encoding (viscii, tcvn3, tcvn, abc, vni), if it is one. */
  public static Optional<VietLegacy> named(String name) {
    switch (name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
      case "viscii":
        return Optional.of(Holder.VISCII);
      case "tcvn3":
      case "tcvn":
      case "abc":
      case "tcvn5712":
        return Optional.of(Holder.TCVN3);
      case "vni":
      case "vniwindows":
        return Optional.of(Holder.VNI);
      default:
        return Optional.empty();
    }
  }

  static VietLegacy viscii() {
    return Holder.VISCII;
  }

  static VietLegacy tcvn3() {
    return Holder.TCVN3;
  }

  static VietLegacy vni() {
    return Holder.VNI;
  }

  /** The name reported and accepted by --encoding. */
  public String name() {
    return name;
  }

  /** Text decoded and composed (NFC); how many mark bytes stood where no letter could take them. */
  record Result(String text, int strays) {}

  /** The bytes decoded, composed to NFC. */
  public String decode(byte[] bytes) {
    return decodeCounting(bytes, 0, bytes.length).text();
  }

  /** Decodes {@code bytes[from, to)}; a VNI mark byte after a letter that takes none is a stray. */
  Result decodeCounting(byte[] bytes, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int strays = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      if (!pairs.isEmpty() && i + 1 < to) {
        Integer cp = pairs.get(b << 8 | bytes[i + 1] & 0xff);
        if (cp != null) {
          out.appendCodePoint(cp);
          i++;
          continue;
        }
      }
      int cp = single[b];
      if (!pairs.isEmpty() && b >= 0xC0 && !listed[b]) {
        strays++;
      }
      out.appendCodePoint(cp);
    }
    return new Result(NFC.normalize(out), strays);
  }

  /**
   * The text in this encoding: each letter from the table, else its decomposed base and marks
   * (TCVN3 writes tone marks as bytes of their own), else '?'.
   */
  public byte[] encode(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() * 2);
    String s = NFC.normalize(text);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!put(cp, out)) {
        String d = NFD.normalize(new String(Character.toChars(cp)));
        // Compose what the table has (ê, ơ) and write the rest as marks.
        boolean ok = true;
        int split = d.length();
        while (split > 1 && !reverse.containsKey(NFC.normalize(d.substring(0, split)).codePointAt(0))) {
          split--;
        }
        String head = NFC.normalize(d.substring(0, split));
        if (head.codePointCount(0, head.length()) != 1 || !put(head.codePointAt(0), out)) {
          ok = false;
        }
        for (int j = split; ok && j < d.length(); j++) {
          ok = put(d.charAt(j), out);
        }
        if (!ok) {
          out.write('?');
        }
      }
    }
    return out.toByteArray();
  }

  private boolean put(int cp, java.io.ByteArrayOutputStream out) {
    byte[] b = reverse.get(cp);
    if (b != null) {
      out.write(b, 0, b.length);
      return true;
    }
    if (cp < 0x80 && single[cp] == cp) {
      out.write(cp);
      return true;
    }
    return false;
  }
}
