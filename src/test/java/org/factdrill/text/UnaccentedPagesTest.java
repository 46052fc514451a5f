package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import org.factdrill.extract.Fact;
import org.factdrill.testing.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 72 of the twenty-fourth review: a Vietnamese page typed without its diacritics ("Nam nay,
 * toi vua 65 tuoi") is read as unreadable (no facts, a note saying why and how to fix it): its
 * words are not the pack's and no prompt cut from it is clean. The same page with its diacritics
 * is read as before; a short line without them is not judged. Text made up.
 */
class UnaccentedPagesTest {
  private static final String ACCENTED = """
      Lịch sử cảng Hòn Lâm

      Cảng Hòn Lâm được khởi công ngày 12 tháng 4 năm 1921 sau nhiều năm bàn thảo của hội đồng tỉnh.
      Năm 1926, cầu tàu thứ hai dài 180 mét được xây xong, và thương nhân trong vùng bắt đầu chở gạo
      ra các tỉnh phía bắc. Đến năm 1940, mỗi năm có khoảng 300 chuyến tàu ghé cảng, phần lớn là tàu
      buôn nhỏ của người địa phương. Năm nay, tôi vừa 70 tuổi và vẫn nhớ những ngày ấy.
      """;

  @TempDir
  Path dir;

  /** The text as typed without diacritics: marks dropped, đ written d. */
  private static String folded(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('đ', 'd').replace('Đ', 'D');
  }

  private DocumentLoader.Loaded load(String name, String text, Language lang) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return new DocumentLoader(Optional.empty(), Optional.of(lang), false).load(p, name);
  }

  @Test
  void aVietnamesePageTypedWithoutDiacriticsIsReadAsUnreadable() throws Exception {
    DocumentLoader.Loaded l = load("plain.txt", folded(ACCENTED), Language.VI);
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("without the language's diacritics")),
        l.notes().toString());
    assertEquals(java.util.List.of(), SharedExtractor.get().extract(l.doc()));
  }

  @Test
  void theSamePageWithItsDiacriticsIsReadAsBefore() throws Exception {
    DocumentLoader.Loaded l = load("marked.txt", ACCENTED, Language.VI);
    assertFalse(l.notes().stream().anyMatch(n -> n.contains("diacritics")), l.notes().toString());
    assertTrue(SharedExtractor.get().extract(l.doc()).stream().map(Fact::text)
        .anyMatch(t -> t.equals("ngày 12 tháng 4 năm 1921")), l.doc().text());
  }

  @Test
  void aPageTypedWithoutDiacriticsIsToldAsItsLanguageAndReadAsUnaccented() throws Exception {
    assertEquals(Language.VI, new LanguageDetector().detect(folded(ACCENTED)));
    Path p = dir.resolve("auto.txt");
    Files.writeString(p, folded(ACCENTED), StandardCharsets.UTF_8);
    DocumentLoader.Loaded l = new DocumentLoader(Optional.empty(), Optional.empty(), false)
        .load(p, "auto.txt");
    assertEquals(Language.VI, l.doc().lang());
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("without the language's diacritics")),
        l.notes().toString());
    String english = "In 1955 the State of Viet Nam held a referendum, and Ngo Dinh Diem became"
        + " president of the Republic of Viet Nam in October of that year. The new government"
        + " moved its offices to Sai Gon, where the army of the republic was formed in the same"
        + " month with the help of advisers from the United States and other allies.";
    assertEquals(Language.EN, new LanguageDetector().detect(english));
  }

  @Test
  void aShortLineWithoutDiacriticsAndOtherLanguagesAreNotJudged() throws Exception {
    assertFalse(UnaccentedPages.unaccented("Ngay 2 thang 9 nam 1945, quan ta vao thanh.", Language.VI));
    String english = "The harbour was begun on 12 April 1921 after years of debate in the council. "
        .repeat(6);
    assertFalse(UnaccentedPages.unaccented(english, Language.EN));
    assertTrue(UnaccentedPages.unaccented(folded(ACCENTED), Language.VI));
    assertFalse(UnaccentedPages.unaccented(ACCENTED, Language.VI));
  }
}
