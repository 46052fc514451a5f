package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 40 of the nineteenth review, the held-out form: the bare Vietnamese "trên" (above) right
 * after a noun ends its noun phrase and points back to a thing named before ("ngày lễ trên được tổ
 * chức …", "tại hội nghị trên."), like "nói trên"; the same word before a noun it governs is the
 * preposition "on" ("ngôi chùa trên núi", "trên các mặt trận"), a place, not a back-reference. What
 * follows tells them apart: the end of the phrase (a mark, the end) or a word that cannot be its
 * object (an auxiliary, the copula, a conjunction, a verb of the pack's clause verbs). Names and
 * figures are invented.
 */
class BareAboveBackRefTest {

  private static boolean asked(Language lang, String text, String phrase) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .anyMatch(q -> q.prompt().contains(phrase));
  }

  private static String page(String sentence) {
    return """
        lễ hội mùa gặt của người Tarn ở vùng cao, nơi các làng mở hội suốt nhiều ngày liền

        Người Tarn ở vùng cao sống bằng nghề trồng lúa nương và chăn nuôi gia súc. %s
        """.formatted(sentence);
  }

  @Test
  void aBareAboveAfterANounNamedNowhereIsNotAskedWhateverFollowsIt() {
    String[] sentences = {
        "Ngày lễ trên được tổ chức lần đầu vào năm 1887 tại làng Oskel, với 12 đội múa tham gia.",
        "Ngày lễ trên đã thu hút 12 đội múa từ các làng khác vào năm 1887.",
        "Ngày lễ trên là dịp để 12 đội múa tranh tài, lần đầu vào năm 1887.",
        "Năm 1887, chính quyền cấm tổ chức ngày hội trên ở 7 huyện miền núi.",
        "Năm 1887, chính quyền cấm tổ chức ngày hội trên, khiến 7 huyện miền núi phản đối.",
        "Năm 1887, có tới 12 đội múa dự ngày hội trên.",
        "Ngày hội trên vẫn diễn ra ở 7 huyện miền núi cho tới năm 1887.",
        "Ngày hội trên và lễ cúng rừng bị cấm ở 7 huyện miền núi từ năm 1887.",
        "Lễ hội trên hiện được tổ chức ở 7 huyện miền núi, lần đầu vào năm 1887.",
        "Ngày lễ trên hằng năm được tổ chức ở 7 huyện miền núi, lần đầu vào năm 1887.",
        "Ngày hội trên từ năm 1887 được tổ chức ở 7 huyện miền núi.",
        "Bản hiến chương trên từ lâu bị coi là giả, dù 12 bản sao được in vào năm 1887.",
        "Hội đồng trên chính thức giải tán vào năm 1887, sau 12 phiên họp.",
        "Cuộc hội nghị trên lần đầu họp vào năm 1887 với 12 đại biểu.",
    };
    for (String s : sentences) {
      String text = page(s);
      assertFalse(asked(Language.VI, text, "trên"), text);
    }
  }

  @Test
  void aBareAboveIsAskedWhereTheSentenceBeforeNamesItsNoun() {
    String text = """
        Người Tarn ở vùng cao sống bằng nghề trồng lúa nương và chăn nuôi gia súc.

        Mỗi mùa thu, người Tarn mở lễ Seren ở làng Oskel. Ngày lễ trên được tổ chức lần đầu vào năm 1887, với 12 đội múa tham gia.
        """;
    assertTrue(asked(Language.VI, text, "lễ trên"), text);
  }

  @Test
  void onBeforeTheNounItGovernsIsAPlaceAndTheFactIsAsked() {
    String[] sentences = {
        "Ngôi chùa trên núi Varn được xây vào năm 1887 với 12 gian thờ.",
        "Lễ hội trên sông Varn được tổ chức lần đầu vào năm 1887, với 12 đội múa tham gia.",
        "Năm 1887, quân Tarn đánh bại 12 đồn binh trên các mặt trận phía bắc.",
        "Năm 1887, dân làng dựng 12 ngôi nhà trên đảo Seren.",
    };
    for (String s : sentences) {
      String text = page(s);
      assertTrue(asked(Language.VI, text, "1887"), text);
    }
  }

  // Class 40 of the twentieth review, after the AFTER review: an adverb or time word that no
  // list names between the bare word and an auxiliary, the passive marker or the copula. A
  // preposition's object is a noun phrase, which the auxiliary cannot follow directly.

  @Test
  void aBareAboveBeforeAnyAdverbAndAnAuxiliaryIsABackReference() {
    String[] sentences = {
        "Ngày lễ trên rốt cuộc được tổ chức lần đầu vào năm 1887 tại làng Oskel.",
        "Hội nghị trên nhanh chóng bị giải tán vào năm 1887, sau 12 phiên họp.",
        "Bản hiệp ước trên cuối cùng đã được ký vào năm 1887 với 12 điều khoản.",
        "Cuộc khởi nghĩa trên sớm bị dập tắt vào năm 1887, khi 12 thủ lĩnh bị bắt.",
        "Đạo luật trên thực sự là bước ngoặt của năm 1887, với 12 điều.",
        "Năm 1887, tổ chức trên bất ngờ tuyên bố giải thể sau 12 năm hoạt động.",
    };
    for (String s : sentences) {
      String text = page(s);
      assertFalse(asked(Language.VI, text, "trên"), text);
    }
  }

  @Test
  void onBeforeANounOrClassifierThenAnAuxiliaryIsStillAPlace() {
    String[] sentences = {
        "Ngôi đền trên đồi thông được dựng vào năm 1887 với 12 gian thờ.",
        "Ngọn tháp trên đỉnh đèo đã sụp đổ vào năm 1887, sau 12 ngày mưa lớn.",
        "Cây cầu trên dòng sông cũ bị lũ cuốn trôi vào năm 1887 cùng 12 ngôi nhà.",
        "Những ngôi mộ trên hai quả đồi được phát hiện vào năm 1887, gồm 12 quan tài.",
        "Thành cổ trên Núi Varn được xây vào năm 1887 với 12 cổng.",
    };
    for (String s : sentences) {
      String text = page(s);
      assertTrue(asked(Language.VI, text, "1887"), text);
    }
  }
}
