package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Class 8 of the seventeenth and eighteenth sessions: a legal text's heading is a stack of short
 * lines in capitals (issuing body, state, a motto, a number, a place and date, the document's kind
 * and its subject) in many orders; its title is the line that opens with the document's kind and
 * the capitals lines under it that carry on its name, never the state's or the issuing body's
 * line alone, in sentence case, and a long one is cut at a phrase's boundary with no "…"; the
 * year of the stack's number or date line follows in brackets (class 10 of the eighteenth: a
 * decree's date belongs in its context line). States,
 * mottos, numbers and subjects are invented.
 */
class KindLineTitleTest {

  private static String title(String lang, String text) {
    return LayoutClassifier.classify(text, Language.fromCode(lang).orElseThrow(), "x.txt").title();
  }

  private static final String VI_BODY = """

      Chủ tịch nước Cộng hòa Liên bang Varden, chiểu theo đề nghị của Bộ trưởng Bộ Nông nghiệp về việc lập các trạm giống lúa ở các tỉnh miền núi của Cộng hòa Liên bang Varden,

      Điều 1. Nay lập tại mỗi tỉnh miền núi của Cộng hòa Liên bang Varden một trạm giống lúa, mỗi trạm có 12 cán bộ kỹ thuật và 40 mẫu ruộng thí nghiệm của Cộng hòa Liên bang Varden.

      Điều 2. Ngân sách của Cộng hòa Liên bang Varden dành 300.000 đồng cho việc xây dựng các trạm giống lúa nói trên trong năm 1947 ở Cộng hòa Liên bang Varden.
      """;

  private static final String EN_BODY = """

      The President of the Republic of Oskel, on the proposal of the Minister of Rivers concerning the stations on the rivers of the Republic of Oskel, decrees:

      Article 1. A river station shall be set up in each province of the Republic of Oskel, each with 12 keepers and 40 boats of the Republic of Oskel.

      Article 2. The treasury of the Republic of Oskel shall grant 300,000 crowns for the stations in the year 1922 of the Republic of Oskel.
      """;

  private static void assertTitle(String lang, String want, String head, String body) {
    String text = head + "\n" + body;
    String got = title(lang, text);
    assertEquals(want.toLowerCase(Locale.ROOT), got == null ? null : got.toLowerCase(Locale.ROOT),
        text);
    assertTrue(Character.isUpperCase(got.codePointAt(0)), got);
    assertFalse(got.endsWith("…"), got);
  }

  @Test
  void theLineNamingTheDocumentsKindIsTheTitleNotTheStatesLine() {
    // state, motto, rule, number, place and date; then the kind and its subject; then the body
    assertTitle("vi", "Nghị định về việc thành lập các trạm giống lúa ở các tỉnh miền núi (1998)", """
        CHÍNH PHỦ
        -------
        CỘNG HÒA LIÊN BANG VARDEN
        Hòa bình - Đoàn kết - Thịnh vượng
        ---------------
        Số: 45/1998/NĐ-CP
        Thủ đô Ossel, ngày 14 tháng 6 năm 1998

        NGHỊ ĐỊNH
        VỀ VIỆC THÀNH LẬP CÁC TRẠM GIỐNG LÚA Ở CÁC TỈNH MIỀN NÚI
        """, VI_BODY);
    // the state and its motto in capitals right above the kind, then the issuer and a number line
    assertTitle("vi", "Sắc lệnh của chủ tịch chính phủ lâm thời (1946)", """
        CỘNG HÒA LIÊN BANG VARDEN
        HÒA BÌNH - ĐOÀN KẾT - THỊNH VƯỢNG
        SẮC LỆNH
        CỦA CHỦ TỊCH CHÍNH PHỦ LÂM THỜI
        SỐ 12 NGÀY 14 THÁNG 6 NĂM 1946
        """, VI_BODY);
    // the kind alone, a blank line, its subject; the issuing body's line after another blank line
    assertTitle("vi", "Pháp lệnh về các trạm giống lúa", """
        CỘNG HÒA LIÊN BANG VARDEN

        PHÁP LỆNH

        VỀ CÁC TRẠM GIỐNG LÚA

        CHỦ TỊCH NƯỚC CỘNG HÒA LIÊN BANG VARDEN
        """, VI_BODY);
    // a constitution: its kind, the state, its year, each on a line of its own (the year line
    // in brackets, as a decree's: it leaves the context line when a question asks that year)
    assertTitle("vi", "Hiến pháp nước Cộng hòa Liên bang Varden (1951)", """
        HIẾN PHÁP
        NƯỚC CỘNG HÒA LIÊN BANG VARDEN
        NĂM 1951
        """, VI_BODY);
    assertTitle("en", "Decree on the founding of river stations (1921)", """
        REPUBLIC OF OSKEL
        PEACE - LABOUR - PROSPERITY

        DECREE
        ON THE FOUNDING OF RIVER STATIONS
        No. 12 of 3 March 1921
        """, EN_BODY);
    assertTitle("en", "Charter of the river stations (1921)", """
        MINISTRY OF RIVERS
        REPUBLIC OF OSKEL
        Peace - Labour - Prosperity
        Oskel, 3 March 1921
        CHARTER OF THE RIVER STATIONS
        """, EN_BODY);
  }

  @Test
  void aTwoColumnHeadingFlattenedWithTabsAndALongSubjectCutAtAPhrase() {
    String head = "CHỦ TỊCH NƯỚC\tCỘNG HÒA LIÊN BANG VARDEN\n"
        + "\tHòa bình - Đoàn kết - Thịnh vượng\n"
        + "Số: 7/SL\tOssel, ngày 2 tháng 3 năm 1950\n\n"
        + "SẮC LỆNH\n"
        + "QUY ĐỊNH VIỆC THÀNH LẬP CÁC TRẠM GIỐNG LÚA VÀ CÁC NÔNG TRƯỜNG QUỐC DOANH Ở CÁC TỈNH MIỀN"
        + " NÚI PHÍA TÂY CỦA NƯỚC CỘNG HÒA LIÊN BANG VARDEN\n\n"
        + "CHỦ TỊCH NƯỚC CỘNG HÒA LIÊN BANG VARDEN\n";
    String got = title("vi", head + VI_BODY);
    assertTrue(got.toLowerCase(Locale.ROOT).startsWith("sắc lệnh quy định việc thành lập các trạm"),
        got);
    assertTrue(got.endsWith(" (1950)") && got.length() <= KindTitles.MAX_CHARS + 7, got);
    String name = got.substring(0, got.length() - 7);
    assertFalse(name.endsWith("…") || name.endsWith(" của") || name.endsWith(" ở"), got);
  }

  @Test
  void aPageTitleInSmallLettersAndAHeadingWithNoKindStayAsTheyWere() {
    // a page's own title in small letters above the heading stack names the document already
    String page = "Sắc lệnh số 12 năm 1946 của Cộng hòa Liên bang Varden\n\n"
        + "CỘNG HÒA LIÊN BANG VARDEN\nSẮC LỆNH\nCỦA CHỦ TỊCH CHÍNH PHỦ LÂM THỜI\n" + VI_BODY;
    assertEquals("Sắc lệnh số 12 năm 1946 của Cộng hòa Liên bang Varden", title("vi", page));
    // a heading in capitals that names no kind of document: as before
    String plain = "CÁC TRẠM GIỐNG LÚA CỦA VARDEN\n" + VI_BODY;
    assertFalse(title("vi", plain).toLowerCase(Locale.ROOT).startsWith("sắc lệnh"));
  }

  @Test
  void aLongTitleIsCutBeforeAWordOpeningAPhrase() {
    String t = "Decree on the founding of river stations and of the harbour boards in the western"
        + " provinces of the Republic of Oskel and of its colonies overseas";
    String cut = KindTitles.cut(t, Language.fromCode("en").orElseThrow());
    assertTrue(cut.length() <= KindTitles.MAX_CHARS && t.startsWith(cut), cut);
    String rest = t.substring(cut.length()).strip();
    assertTrue(rest.startsWith("of ") || rest.startsWith("and ") || rest.startsWith("in "), rest);
    // never inside a list: not at its commas, nor before its closing "and"
    String listed = "Decree on the river stations of Lamor, Kessel, Arvo, Duren, Malver, Oster,"
        + " Pellin, Quarn, Rhen, Sarn, Tovar, Uvan, Velk, Wend and Xarn for the year of the flood";
    String c = KindTitles.cut(listed, Language.fromCode("en").orElseThrow());
    assertTrue(c.equals("Decree on the river stations") || c.equals(listed), c);
    assertEquals("Decree on rivers", KindTitles.cut("Decree on rivers",
        Language.fromCode("en").orElseThrow()));
  }
}
