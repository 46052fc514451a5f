package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A date inside a recital (the clause of a legal or official text citing the instruments it
 * rests on) is a cited document's date and is not asked; the text's own date after the recital
 * is. An opening phrase that nothing closes, or a noun that looks like a recital word, cites
 * nothing.
 */
class RecitalsTest {
  @Property(tries = 25, seed = "1616")
  void aCitedInstrumentsDateIsNotAskedButTheEnactmentsIs(
      @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 0, max = 11) int m,
      @ForAll @IntRange(min = 1850, max = 1990) int year) {
    String cited = day + " " + Fixtures.EN_MONTHS.get(m) + " " + year;
    String own = "2 " + Fixtures.EN_MONTHS.get((m + 1) % 12) + " " + (year + 1);
    for (String opener : List.of("Pursuant to", "Having regard to", "In accordance with",
        "By virtue of")) {
      String text = opener + " the decree of " + cited + ", the council of the northern"
          + " province adopted the law on the harbour towns on " + own + ".\n";
      Result r = Fixtures.extracted(Language.EN, text);
      assertEquals(List.of(), Fixtures.asking(r, cited), text);
      assertTrue(Fixtures.skipped(r, SkipReason.CITATION, cited), r.report().format(r.bank()));
      assertFalse(Fixtures.asking(r, own).isEmpty(), text + r.report().format(r.bank()));
    }
  }

  @Test
  void aLineOfRecitalsCitesEveryDateOnIt() {
    Result vi = Fixtures.extracted(Language.VI, """
        Căn cứ Sắc lệnh số 23 ngày 1 tháng 2 năm 1946 về việc tổ chức các bộ;
        Căn cứ Hiến pháp năm 1946, Luật tổ chức chính quyền địa phương ngày 5 tháng 6 năm 1947;
        Hội đồng Chính phủ thành lập Sở Thủy lợi miền Bắc vào ngày 3 tháng 8 năm 1948 tại Hà Nội.
        """);
    assertEquals(List.of(), Fixtures.asking(vi, "ngày 1 tháng 2 năm 1946"));
    assertEquals(List.of(), Fixtures.asking(vi, "ngày 5 tháng 6 năm 1947"));
    assertFalse(Fixtures.asking(vi, "ngày 3 tháng 8 năm 1948").isEmpty(), vi.report().format(vi.bank()));
  }

  @Test
  void anOlderVietnameseRecitalIsNotAsked() {
    Result vi = Fixtures.extracted(Language.VI, """
        Chiểu sắc lệnh ngày 12 tháng 9 năm 1945 tổ chức các bộ trong chính phủ lâm thời;
        Chiểu theo đề nghị của ông Bộ trưởng Bộ Giao thông ngày 4 tháng 1 năm 1946;
        Chính phủ mở lại con đường sắt phía nam vào ngày 20 tháng 3 năm 1946 sau nhiều tháng.
        """);
    assertEquals(List.of(), Fixtures.asking(vi, "ngày 12 tháng 9 năm 1945"));
    assertEquals(List.of(), Fixtures.asking(vi, "ngày 4 tháng 1 năm 1946"));
    assertFalse(Fixtures.asking(vi, "ngày 20 tháng 3 năm 1946").isEmpty(), vi.report().format(vi.bank()));
  }

  @Test
  void anIssuersTitleInCapitalsRunIntoTheRecitalDoesNotHideIt() {
    Result vi = Fixtures.extracted(Language.VI, """
        CHỦ TỊCH HỘI ĐỒNG TỈNH MIỀN NÚI Chiểu sắc lệnh ngày 12 tháng 9 năm 1945 tổ chức các bộ;
        Hội đồng mở lại con đường sắt phía nam vào ngày 20 tháng 3 năm 1946 sau nhiều tháng.
        """);
    assertEquals(List.of(), Fixtures.asking(vi, "ngày 12 tháng 9 năm 1945"));
    assertFalse(Fixtures.asking(vi, "ngày 20 tháng 3 năm 1946").isEmpty(), vi.report().format(vi.bank()));
    Result en = Fixtures.extracted(Language.EN, "THE GOVERNOR OF THE NORTHERN PROVINCE Pursuant to"
        + " the decree of 5 March 1946, orders that the harbour of the bay be opened to ships on"
        + " 2 April 1947.\n");
    assertEquals(List.of(), Fixtures.asking(en, "5 March 1946"));
    assertFalse(Fixtures.asking(en, "2 April 1947").isEmpty(), en.report().format(en.bank()));
    Result told = Fixtures.extracted(Language.EN, "The Governor wrote pursuant to the decree of"
        + " 5 March 1946, and the harbour of the bay was opened to ships on 2 April 1947.\n");
    assertFalse(Fixtures.asking(told, "5 March 1946").isEmpty(),
        "a recital word inside a told sentence opens nothing: " + told.report().format(told.bank()));
  }

  @Test
  void aHebrewRecitalIsNotAsked() {
    Result he = Fixtures.extracted(Language.HE, "בהתאם להחלטת הממשלה מיום 5 במרץ 1950, הוקמה ועדת"
        + " הנמלים של הצפון ב-2 באפריל 1951 בחיפה.\n");
    assertTrue(he.bank().questions().stream().noneMatch(q -> q.answer().text().contains("1950")),
        he.report().format(he.bank()));
    assertTrue(he.bank().questions().stream().anyMatch(q -> q.answer().text().contains("1951")),
        he.report().format(he.bank()));
  }

  @Test
  void aPhraseThatNothingClosesOrANounCitesNothing() {
    Result en = Fixtures.extracted(Language.EN, "In accordance with the old custom the king was crowned"
        + " in the harbour town in 1820 before the assembled guilds.\n");
    assertFalse(Fixtures.asking(en, "1820").isEmpty(), en.report().format(en.bank()));
    Result vi = Fixtures.extracted(Language.VI, "Căn cứ Cam Ranh được quân đội xây dựng vào năm 1965"
        + " trên bờ biển miền Trung.\n");
    assertFalse(Fixtures.asking(vi, "năm 1965").isEmpty(), vi.report().format(vi.bank()));
    Result after = Fixtures.extracted(Language.EN, "Pursuant to the treaty, the northern troops left the"
        + " harbour town on 5 May 1921 after a long siege.\n");
    assertFalse(Fixtures.asking(after, "5 May 1921").isEmpty(), after.report().format(after.bank()));
  }
}
