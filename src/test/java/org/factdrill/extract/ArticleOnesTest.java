package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * In Vietnamese "một" (or "1" written for it) before a noun is the indefinite article: "một chiếc
 * tàu bị đánh chìm" is "a ship was sunk", no count of one. It counts when the sentence counts:
 * a limiting word before it ("chỉ một"), a unit of time after it ("1 năm"), another count in the
 * sentence ("một chiếc tàu và hai khẩu pháo"). English "one" is no article. Sentences made up,
 * nouns and frames combined at random.
 */
class ArticleOnesTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final Language EN = Language.fromCode("en").orElseThrow();
  private static final List<String> NOUNS = List.of("chiếc tàu", "người lính", "lính", "viên quan",
      "con ngựa", "đạo quân", "việc khó", "bức thư", "khẩu pháo", "vị tướng");
  private static final List<String> FRAMES = List.of(
      "Năm 1885, %s bị đánh chìm ở cửa biển Alvira.",
      "Năm 1886, quân Quorvex bắt được %s trên đường tới Velmora.",
      "Theo sử cũ, đó là %s của triều Tarsin.",
      "Giữ thành Alvira là %s, mà chiếm lại thành Velmora khó gấp trăm lần.",
      "Ngày 3 tháng 4 năm 1887, %s bị giết khi tuần tra ở Alvira.");

  private static List<String> numbers(Language lang, String text) {
    return Facts.of(lang, text).stream().filter(f -> f.kind() == FactKind.NUMBER)
        .map(Fact::text).toList();
  }

  @Test
  void oneBeforeANounIsTheArticle() {
    Random r = new Random(1717);
    for (int n = 0; n < 60; n++) {
      String one = r.nextBoolean() ? (r.nextBoolean() ? "một" : "Một") : "1";
      String phrase = one + " " + NOUNS.get(r.nextInt(NOUNS.size()));
      String frame = FRAMES.get(r.nextInt(FRAMES.size()));
      String text = String.format(frame, phrase);
      if (Character.isUpperCase(one.charAt(0)) && !frame.startsWith("%s")) {
        text = String.format(frame, phrase.toLowerCase());
      }
      assertEquals(List.of(), numbers(VI, text), text);
    }
  }

  @Test
  void oneThatTheSentenceCountsStaysACount() {
    assertTrue(numbers(VI, "Năm 1885, quân Velmora chỉ còn 1 chiếc tàu ở cửa biển Alvira.").contains("1"));
    assertTrue(numbers(VI, "Năm 1885, quân Quorvex mất 1 chiếc tàu và 3 khẩu pháo ở Alvira.")
        .containsAll(List.of("1", "3")));
    assertTrue(numbers(VI, "Trận Alvira năm 1885 có 1 người chết, 5 người bị thương.")
        .containsAll(List.of("1", "5")));
    assertTrue(numbers(VI, "Cuộc vây hãm thành Alvira kéo dài 1 tháng.").contains("1"));
    String list = "Các chiến dịch của vua Alvira gồm 2 chiến dịch ở phía bắc, 1 trấn áp quân nổi dậy"
        + " ở vùng núi Tarsin phía tây của kinh đô, 1 cuộc hành quân dài dọc theo bờ biển phía nam"
        + " của xứ Velmora cùng các đồng minh cũ của triều Quorvex, và 1 chiến dịch ở xứ Quorvex.";
    assertEquals(List.of("2", "1", "1", "1"), numbers(VI, list), list);
    assertTrue(numbers(VI, "Năm 1885, quân Quorvex có một nghìn chiến thuyền.").contains("một nghìn"));
    assertTrue(numbers(EN, "In 1885 the Quorvex fleet lost 1 ship off Alvira.").contains("1"));
  }
}
