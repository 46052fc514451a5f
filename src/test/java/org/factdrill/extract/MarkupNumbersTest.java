package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** Numbers of a page's apparatus (wiki citations, page and diff line numbers, item marks). */
class MarkupNumbersTest {
  // sentences made up for this test

  @Test
  void aWikiReferenceHoldsNoFacts() {
    assertEquals("number:40=40", Facts.describe(Language.VI,
        "Quân đội có 40 tàu.<ref>{{harvnb|Nguyễn Văn A|1973|pp=110-111}}</ref>"));
    assertEquals("number:40=40", Facts.describe(Language.EN,
        "The fleet had 40 ships.<ref name=\"Smith 1999\">Smith, 1999, p. 12</ref>"));
    assertEquals("number:40=40", Facts.describe(Language.EN,
        "The fleet had 40 ships.<ref name=\"note1\"/>"));
    // a tag cut off at its line's end: the rest of that line only
    assertEquals("number:40=40 | number:12=12", Facts.describe(Language.VI,
        "Quân đội có 40 tàu.<ref name=\"Trần 1993\">Sách cũ\n12 người bị bắt."));
  }

  @Test
  void aCitationTemplateHoldsNoFactsAndOtherTemplatesKeepThem() {
    assertEquals("", Facts.describe(Language.VI,
        "{{Chú thích sách\n|tựa đề= Lịch sử 30 năm\n|trang= 72\n|năm= 1979\n}}"));
    assertEquals("", Facts.describe(Language.EN,
        "{{cite web|title=Report|date=December 1987|accessdate=2009-02-24}}"));
    assertEquals("", Facts.describe(Language.EN, "{{cite book|title={{lang|fr|Livre}}|year=1921}}"));
    assertFalse(Facts.describe(Language.EN, "{{Infobox war|casualties=4,000}}").isEmpty());
  }

  @Test
  void aParserFunctionsCallHoldsNoFacts() {
    // Class 75 of the twenty-fourth review: a time or expression the wiki computes is code.
    assertEquals("number:40=40", Facts.describe(Language.HE,
        "בצי היו 40 ספינות. סיום ההצבעה: {{ס:#זמןמ:H:i|+3 days +12 hours}} (IST)"));
    assertEquals("number:40=40", Facts.describe(Language.EN,
        "The fleet had 40 ships. Voting closes {{subst:#time:j F Y|+7 days}}."));
    assertEquals("number:40=40", Facts.describe(Language.VI,
        "Hạm đội có 40 tàu. {{#expr: 12 * 30}} ngày"));
    // a template whose name only holds a colon, and a plain template, keep their facts
    assertFalse(Facts.describe(Language.EN, "{{Infobox war|casualties=4,000}}").isEmpty());
    assertFalse(Facts.describe(Language.EN, "{{Portal:History|founded in 1921}}").isEmpty());
  }

  @Test
  void numbersInsideCitationsAreNeverFactsWhateverTheyAre() {
    Random r = new Random(19);
    String[] open = {"<ref>", "<ref name=\"a\">", "<REF group=\"n\">", "<ref>{{harvnb|X|"};
    String[] close = {"</ref>", "</ref>", "</REF>", "}}</ref>"};
    for (int k = 0; k < 400; k++) {
      int o = r.nextInt(open.length);
      int year = 1800 + r.nextInt(220);
      int page = 1 + r.nextInt(900);
      String body = switch (r.nextInt(3)) {
        case 0 -> year + "|p=" + page;
        case 1 -> "Tác giả, " + year + ", trang " + page + "-" + (page + 2);
        default -> page + " người, " + (1 + r.nextInt(28)) + " tháng " + (1 + r.nextInt(12))
            + " năm " + year;
      };
      String text = "Trận đánh kéo dài " + (3 + r.nextInt(90)) + " ngày." + open[o] + body + close[o];
      String got = Facts.describe(Language.VI, text);
      assertEquals(1, got.split("\\|").length, text + " -> " + got);
      assertTrue(got.startsWith("number:"), text + " -> " + got);
    }
  }

  @Test
  void aPageNumberLineAndDiffHeadersAreNotFacts() {
    assertEquals("number:300=300", Facts.describe(Language.VI,
        "Vua sai đóng 300 chiếc thuyền, định đến tháng\n\n— 151 —\n"));
    assertEquals("number:300=300", Facts.describe(Language.VI,
        "Nội dung được xóa\nDòng 122:\nVua sai đóng 300 chiếc thuyền.\nHàng 171 ⟶ 159:\n"));
    assertEquals("number:40=40", Facts.describe(Language.EN, "Line 35:\nThe fleet had 40 ships."));
    // a count between dashes inside prose, and a line label with more after it, stay facts
    assertFalse(Facts.describe(Language.EN, "The fleet — 40 ships — sailed.").isEmpty());
    assertFalse(Facts.describe(Language.VI, "Dòng 2: có 40 tàu bị đánh chìm.").isEmpty());
  }

  @Test
  void anItemNumberWithAnOrdinalMarkIsNotACount() {
    assertEquals("", Facts.describe(Language.VI, "1◦. Họ Hồng-bàng.\n2◦ Lạc-long-quân"));
    assertEquals("", Facts.describe(Language.EN, "2º Battalion"));
    assertFalse(Facts.describe(Language.VI, "Có 3 tàu bị đánh chìm.").isEmpty());
  }

  @Test
  void onlyTheCapitalsOfATagsLettersLowerToThem() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char l = Character.toLowerCase((char) c);
      if ("<ref/>".indexOf(l) >= 0) {
        assertTrue("<ref/>REF".indexOf((char) c) >= 0, Integer.toHexString(c));
      }
    }
  }

  @net.jqwik.api.Property(tries = 4000, seed = "11")
  void tagsAreFoundWhereTheLoweredTextHasThem(
      @net.jqwik.api.ForAll("tagText") String text, @net.jqwik.api.ForAll boolean closing,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(max = 8) int from) {
    String key = closing ? "</ref>" : "<ref";
    int f = Math.min(from, text.length());
    assertEquals(text.toLowerCase(java.util.Locale.ROOT).indexOf(key, f),
        MarkupNumbers.indexOfLowered(text, key, f), text);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> tagText() {
    // The tag's letters in both cases, its marks, letters that lower to other letters (Kelvin
    // sign, capital sigma, Hebrew, Vietnamese), a surrogate pair.
    return net.jqwik.api.Arbitraries.of("<", ">", "/", "r", "R", "e", "E", "f", "F", " ", "\n",
        "\u212A", "\u03A3", "\u05D0", "\u1EA0", "\uD801\uDC00", "<ref", "</ref>", "<REF", "</Ref>")
        .list().ofMaxSize(16).map(l -> String.join("", l));
  }
}
