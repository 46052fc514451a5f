package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A month alone inside a proper name ("Tháng Tư đen", "Black April") is no date; the same month
 * written as a month (lowercase in Vietnamese, after a lowercase word in English, first in its
 * sentence, or with a day or year) stays one.
 */
class MonthInNameTest {
  // sentences made up for this test
  private static final String[] VI = {"Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám",
      "Chín", "Mười", "Mười Một", "Chạp"};
  private static final String[] VI_NAMES = {"phong trào %s Xanh", "sự kiện %s đen",
      "cuộc Cách mạng %s", "nhóm %s Đỏ"};
  private static final String[] EN_NAMES = {"the Black %s", "the Red %s movement",
      "a group called Bloody %s"};

  @Test
  void aCapitalisedVietnameseMonthAloneInsideASentenceIsAName() {
    Random r = new Random(1504);
    for (int k = 0; k < 300; k++) {
      int m = 1 + r.nextInt(12);
      String name = String.format(VI_NAMES[r.nextInt(VI_NAMES.length)], "Tháng " + VI[m - 1]);
      String text = "Nhiều người ở làng ven sông vẫn nhắc đến " + name + " trong các buổi họp.";
      assertEquals(List.of(), dates(Language.VI, text), text);
    }
  }

  @Test
  void aVietnameseMonthWrittenAsAMonthStaysADate() {
    Random r = new Random(1505);
    for (int k = 0; k < 300; k++) {
      int m = 1 + r.nextInt(12);
      String bare = String.format("--%02d", m);
      String word = VI[m - 1];
      String text = switch (r.nextInt(4)) {
        case 0 -> "Đoàn thuyền rời bến vào tháng " + word.toLowerCase() + " và về sau đó.";
        case 1 -> "Tháng " + word + " là lúc đoàn thuyền rời bến.";
        case 2 -> "Đoàn thuyền rời bến vào tháng " + m + " và về sau đó.";
        default -> "Đoàn thuyền rời bến vào Tháng " + m + " năm 1921 và về sau đó.";
      };
      String want = text.contains("1921") ? String.format("1921-%02d", m) : bare;
      assertEquals(List.of(want), dates(Language.VI, text), text);
    }
  }

  @Test
  void anEnglishMonthAfterACapitalisedWordThatIsNoDateWordIsAName() {
    Random r = new Random(1506);
    for (int k = 0; k < 200; k++) {
      int m = 1 + r.nextInt(12);
      String month = en(m);
      String name = String.format(EN_NAMES[r.nextInt(EN_NAMES.length)], month);
      assertEquals(List.of(), dates(Language.EN, "Old sailors still spoke of " + name
          + " at the harbour."), name);
      assertEquals(List.of(String.format("--%02d", m)), dates(Language.EN,
          "The old sailors sailed in " + month + " from the harbour."), month);
      assertEquals(List.of(String.format("--%02d", m)), dates(Language.EN,
          "In " + month + " London sent the fleet south."), month);
    }
  }

  private static List<String> dates(Language lang, String text) {
    return Facts.of(lang, text).stream().filter(f -> f.kind() == FactKind.DATE)
        .map(f -> ValueJson.node(f.value()).asText()).toList();
  }

  private static String en(int month) {
    return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL,
        java.util.Locale.ENGLISH);
  }
}
