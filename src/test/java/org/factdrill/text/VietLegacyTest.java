package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** VISCII, TCVN3 and VNI: the tables round-trip, detection picks the right one, repair is sure. */
class VietLegacyTest {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final List<String> ONSETS = List.of("", "b", "c", "ch", "d", "đ", "g", "gi", "h",
      "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x");
  private static final List<String> NUCLEI = List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ",
      "u", "ư", "y", "iê", "oa", "uô", "ươ", "ai", "ao", "âu", "ôi", "ơi", "ưu", "ươi", "uyê");
  private static final List<String> OPEN = List.of("ai", "ao", "âu", "ôi", "ơi", "ưu", "ươi");
  private static final List<String> CODAS = List.of("", "", "c", "m", "n", "ng", "nh", "t");
  private static final String TONES = "\u0000\u0300\u0301\u0303\u0309\u0323";

  /** Random Vietnamese syllables (tone on the nucleus's last vowel, as NFC composes it). */
  @Provide
  Arbitrary<String> vietnamese() {
    Arbitrary<String> syllable = Combinators.combine(Arbitraries.of(ONSETS),
        Arbitraries.of(NUCLEI), Arbitraries.of(CODAS), Arbitraries.of(TONES.chars()
            .mapToObj(c -> (char) c).toArray(Character[]::new)), Arbitraries.of(true, false, false))
        .as((o, n, c0, t0, cap) -> {
          // a nucleus ending in a semivowel takes no coda
          String c = OPEN.contains(n) ? "" : c0;
          // a stop coda takes only the acute or the dot below
          char t = (c.equals("c") || c.equals("t")) && t0 != '\u0323' ? '\u0301' : t0;
          String s = o + n + (t == 0 ? "" : String.valueOf(t)) + c;
          s = NFC.normalize(s);
          return cap ? s.substring(0, 1).toUpperCase() + s.substring(1) : s;
        });
    return syllable.list().ofMinSize(1).ofMaxSize(30)
        .map(l -> String.join(" ", l) + ".");
  }

  @Property(tries = 300, seed = "1616")
  void visciiRoundTrips(@ForAll("vietnamese") String text) {
    assertEquals(text, VietLegacy.viscii().decode(VietLegacy.viscii().encode(text)));
  }

  @Property(tries = 300, seed = "1616")
  void tcvn3RoundTrips(@ForAll("vietnamese") String text) {
    assertEquals(text, VietLegacy.tcvn3().decode(VietLegacy.tcvn3().encode(text)));
  }

  @Property(tries = 300, seed = "1616")
  void vniRoundTrips(@ForAll("vietnamese") String text) {
    byte[] b = VietLegacy.vni().encode(text);
    assertEquals(text, VietLegacy.vni().decode(b));
    assertEquals(0, VietLegacy.vni().decodeCounting(b, 0, b.length).strays());
  }

  @Property(tries = 200, seed = "1616")
  void everyGeneratedSyllableIsValid(@ForAll("vietnamese") String text) {
    VietnameseSyllables.Score s = VietnameseSyllables.fromPack().score(text);
    assertEquals(0, s.invalid(), text);
  }

  @Test
  void publishedBytesDecode() {
    // Bytes as the GNU C Library's iconv writes "Việt Nam" / "Trường Đại học".
    assertEquals("Việt Nam", VietLegacy.viscii().decode(hex("5669ae74204e616d")));
    assertEquals("Trường Đại học", VietLegacy.viscii().decode(hex("5472dfb66e6720d0d5692068f763")));
    assertEquals("Việt Nam", VietLegacy.tcvn3().decode(hex("5669d674204e616d")));
    assertEquals("Trường Đại học", VietLegacy.tcvn3().decode(hex("5472adea6e6720a7b9692068e463")));
    // VNI as its fonts draw it: base letters with their marks after them.
    assertEquals("Xin chào các bạn, Đồng Tháp",
        VietLegacy.vni().decode("Xin chaøo caùc baïn, Ñoàng Thaùp".getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void syllableRulesRejectWhatAWrongDecodingLeaves() {
    VietnameseSyllables s = VietnameseSyllables.fromPack();
    for (String ok : List.of("Việt", "nghiêng", "khuya", "gì", "quốc", "được", "hoạch", "Ủy")) {
      assertTrue(s.valid(ok), ok);
    }
    // a tone mark the coda forbids, two tones, a coda after an open nucleus, Latin letters
    for (String bad : List.of("việm̀", "hoàc", "chaøo", "caùc", "baïn", "ViÖt", "café", "für",
        "hàè")) {
      assertFalse(s.valid(bad), bad);
    }
  }

  // ---- detection

  private static final String TEXT = "Năm 1010, vua Lý Thái Tổ dời đô từ Hoa Lư về Đại La và "
      + "đổi tên là Thăng Long. Kinh thành được xây dựng trong nhiều năm với hàng nghìn "
      + "người thợ. Đến năm 1802, nhà Nguyễn chọn Phú Xuân làm kinh đô mới.\n";

  @Test
  void eachLegacyEncodingIsDetectedAndNamed() throws Exception {
    for (String name : VietLegacy.NAMES) {
      VietLegacy enc = VietLegacy.named(name).orElseThrow();
      Encodings.Decoded d = Encodings.decode(java.nio.file.Path.of("x.txt"), enc.encode(TEXT),
          Optional.empty(), false);
      assertEquals(name, d.encoding());
      assertEquals(TEXT, d.text());
    }
  }

  @Test
  void encodingOptionTakesTheVietnameseNames() throws Exception {
    for (String opt : List.of("viscii", "tcvn3", "VNI", "abc")) {
      VietLegacy enc = VietLegacy.named(opt).orElseThrow();
      Encodings.Decoded d = Encodings.decode(java.nio.file.Path.of("x.txt"),
          enc.encode("Hà Nội 1945"), Optional.of(opt), false);
      assertEquals("Hà Nội 1945", d.text());
      assertEquals(enc.name(), d.encoding());
    }
  }

  @Test
  void hebrewAndWesternTextAreNotTakenForVietnamese() {
    String he = "מלחמת העצמאות החלה בשנת 1948 ונמשכה כחמישה עשר חודשים ובה נהרגו אלפים.\n";
    assertEquals(null, Encodings.bestVietnamese(he.repeat(3).getBytes(
        java.nio.charset.Charset.forName("windows-1255")), ""));
    String fr = "L'été 1789, la foule prit la Bastille; à côté, les députés siégeaient déjà à "
        + "Versailles où ils jurèrent de ne pas se séparer. Über die Brücke gingen fünf Männer.\n";
    byte[] b = fr.repeat(3).getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertEquals(null, Encodings.bestVietnamese(b, Encodings.decodeWith(
        java.nio.charset.Charset.forName("windows-1258"), b, 0, true)));
  }

  // ---- mojibake: VNI or TCVN3 that was read as windows-1252

  private static String asRead(VietLegacy enc, String text) {
    return new String(enc.encode(text), java.nio.charset.Charset.forName("windows-1252"));
  }

  @Test
  void vniAndTcvn3ReadAsLatinAreRepairedWhenCertain() {
    String plain = "Plain English line from 1999.\n";
    String text = asRead(VietLegacy.vni(), TEXT) + plain + asRead(VietLegacy.tcvn3(), TEXT);
    List<String> notes = new ArrayList<>();
    assertEquals(TEXT + plain + TEXT, Mojibake.repair(text, notes));
    assertTrue(notes.contains("1 line(s) of VNI Vietnamese that had been read as windows-1252 "
        + "repaired"), notes.toString());
    assertTrue(notes.contains("1 line(s) of TCVN3 Vietnamese that had been read as windows-1252 "
        + "repaired"), notes.toString());
  }

  @Test
  void uncertainLinesAreSkippedAndNamed() {
    // A French word with its own accents in a VNI line: 'é' after 'f' maps to no letter.
    String line = asRead(VietLegacy.vni(), "Năm 1887, người Pháp lập Liên bang Đông Dương "
        + "thuộc") + " café " + asRead(VietLegacy.vni(), "của họ.\n");
    List<String> notes = new ArrayList<>();
    String out = Mojibake.repair("Good line.\n" + line, notes);
    assertEquals("Good line.\n" + " ".repeat(line.length() - 1) + "\n", out);
    assertTrue(notes.get(0).contains("do not map back with certainty skipped (line 2)"),
        notes.toString());
  }

  @Test
  void correctVietnameseAndFrenchAreLeftAlone() {
    String text = "Tôi là sinh viên, tên tôi là Hà.\nLe café était à côté de la gare.\n"
        + "Ông bà tôi ở Cà Mau từ năm 1975.\n";
    List<String> notes = new ArrayList<>();
    assertEquals(text, Mojibake.repair(text, notes));
    assertTrue(notes.isEmpty(), notes.toString());
  }

  private static byte[] hex(String h) {
    byte[] b = new byte[h.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return b;
  }
}
