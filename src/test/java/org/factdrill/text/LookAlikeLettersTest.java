package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.testing.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 60 of the twenty-second review: a page converted from a legacy Vietnamese font writes a
 * letter of another Unicode block that looks like a Vietnamese one (a with caron for a with
 * breve, the Icelandic eth for d with stroke); the page is read with the Vietnamese letter, so
 * the year, month and day words match, and the repair is reported. Only in a Vietnamese page and
 * only in a word that becomes a Vietnamese syllable: pinyin and a Czech name stay. Texts made up.
 */
class LookAlikeLettersTest {
  @TempDir
  Path dir;

  private DocumentLoader.Loaded load(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return new DocumentLoader(Optional.empty(), Optional.empty(), false).load(p, name);
  }

  private static final String VI_BODY = "Các đại biểu đã thảo luận về việc xây dựng trường học mới "
      + "cho các xã miền núi và quyết định cử một đoàn cán bộ lên vùng cao để khảo sát.\n\n";

  @Test
  void aWithCaronInAVietnamesePageIsAWithBreve() throws Exception {
    String[] pages = {
        "Ngày mồng Một tháng Giêng nǎm 1950, Hội đồng nhân dân tỉnh Hòa Lâm họp phiên đầu tiên.\n\n",
        "- Ngày 1 tháng 1 nǎm 1950: Hội đồng nhân dân tỉnh Hòa Lâm họp phiên đầu tiên.\n\n",
        "NǍM 1950, ngày 1 tháng 1, Hội đồng nhân dân tỉnh Hòa Lâm họp phiên đầu tiên.\n\n"};
    for (String first : pages) {
      DocumentLoader.Loaded l = load("a.txt", first + VI_BODY + "Đến nǎm 1952, tỉnh có "
          + "thêm 12 trường học và các lớp bình dân học vụ được mở rộng ở khắp các làng.\n");
      assertEquals(Language.VI, l.doc().lang());
      String t = l.doc().text();
      assertFalse(t.contains("ǎ") || t.contains("Ǎ"), t);
      assertTrue(t.contains("năm 1952"), t);
      assertEquals(1, l.notes().stream().filter(n -> n.contains("look-alike")).count(),
          l.notes().toString());
      List<Fact> fs = SharedExtractor.get().extract(l.doc());
      assertTrue(fs.stream().anyMatch(f -> f.value() instanceof Value.Date d
          && d.iso().equals("1950-01-01")), fs + "\n" + first);
    }
  }

  @Test
  void anEthBeforeAVietnameseSyllableIsDWithStroke() throws Exception {
    DocumentLoader.Loaded l = load("b.txt", "Ðoàn đại biểu tỉnh Hòa Lâm lên đường ngày 3 tháng 4 "
        + "năm 1951.\n\n" + VI_BODY);
    assertTrue(l.doc().text().startsWith("Đoàn đại biểu"), l.doc().text());
  }

  @Test
  void pinyinAndForeignNamesInAVietnamesePageStay() throws Exception {
    DocumentLoader.Loaded l = load("c.txt", "Năm 1951, nhà thơ Lý Minh (bính âm: Lǐ Mǐng, tên "
        + "khác: Hǎi Zhǎng, bút danh: Chǎng Lǐ) gặp kỹ sư Jiří Hǎšek và nhà văn Ðórsson tại Hà Nội.\n\n" + VI_BODY);
    String t = l.doc().text();
    assertTrue(t.contains("Hǎi Zhǎng") && t.contains("Chǎng Lǐ") && t.contains("Hǎšek") && t.contains("Ðórsson"), t);
    assertFalse(l.notes().stream().anyMatch(n -> n.contains("look-alike")), l.notes().toString());
  }

  @Test
  void aCaronInAnEnglishPageStays() throws Exception {
    DocumentLoader.Loaded l = load("d.txt", "In 1951 the engineer Pavel Nǎm and his colleague "
        + "Ðan Hǎn opened the new bridge over the river after three years of work by the town.\n");
    assertEquals(Language.EN, l.doc().lang());
    assertTrue(l.doc().text().contains("Nǎm") && l.doc().text().contains("Ðan Hǎn"), l.doc().text());
  }
}
