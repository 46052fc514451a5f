package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.factdrill.lang.LanguagePacks;
import org.junit.jupiter.api.Test;

/**
 * The readers' words come from the packs: page labels on a PDF page's number line
 * ({@code page-labels}, {@code page-of}) and an encyclopedia's name after a page title
 * ({@code site-names}), for every word of every pack; a word no pack declares does nothing.
 */
class PackReaderWordsTest {
  private static Set<String> all(String category) {
    Set<String> w = LanguagePacks.allWords(category);
    assertFalse(w.isEmpty(), category);
    return w;
  }

  @Test
  void pageLabelsMakeALinePageFurniture() {
    for (String w : all("page-labels")) {
      assertTrue(PdfReader.PAGE_NUMBER.matcher(w + " 12").matches(), w);
      String cap = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
      assertTrue(PdfReader.PAGE_NUMBER.matcher("- " + cap + " 12 -").matches(), cap);
      for (String of : all("page-of")) {
        assertTrue(PdfReader.PAGE_NUMBER.matcher(w + " 3 " + of + " 12").matches(), w + of);
      }
    }
    assertTrue(PdfReader.PAGE_NUMBER.matcher("12").matches(), "a bare number needs no label");
    assertFalse(PdfReader.PAGE_NUMBER.matcher("zorblat 12").matches());
    assertFalse(PdfReader.PAGE_NUMBER.matcher("3 zorblat 12").matches());
  }

  @Test
  void anEncyclopediasNameIsCutOffTheTitle() {
    for (String w : all("site-names")) {
      assertEquals("Treaty of Karvo",
          HtmlReader.TITLE_SUFFIX.matcher("Treaty of Karvo - " + w).replaceFirst(""), w);
    }
    assertEquals("Treaty of Karvo - Zorblat",
        HtmlReader.TITLE_SUFFIX.matcher("Treaty of Karvo - Zorblat").replaceFirst(""));
  }
}
