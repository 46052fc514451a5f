package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 40 of the twentieth review, after the AFTER review: the bare Vietnamese "trên" (above)
 * after a noun, then an adverb or time word of one or two syllables that no list names, then an
 * auxiliary, the passive marker or the copula. A preposition's object is a noun phrase, which the
 * auxiliary cannot follow directly, so the word ended its noun phrase and points back. The
 * locative "on" before a noun, a classifier, a figure or a name stays asked. Names and figures are
 * invented.
 */
class BareAboveBeforeAnAdverbTest {

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
