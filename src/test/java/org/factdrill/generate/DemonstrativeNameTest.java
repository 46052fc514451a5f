package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 46 of the twentieth review and the seed sentence vi20 lost: a Vietnamese demonstrative
 * follows its noun in the slot of the noun's modifiers and name, so the name the sentence before
 * gives is written in its place. (1) The sentence before opens with the same compound noun (two
 * or more syllables before the demonstrative) and its modifiers, ending where the predicate begins
 * or, for a name in capitals, at its first lower-case word: "Bản tuyên cáo này" is asked as "Bản
 * tuyên cáo kháng thuế của …", also when the pair is too long to show. (2) A place noun ("vùng
 * này", "vùng đất ấy") whose sentence before names one place after a preposition of place is
 * asked as "vùng Karst"; two places named there leave it unnamed (not asked). Names and figures
 * are invented.
 */
class DemonstrativeNameTest {

  private static List<Question> asked(String text, String answer) {
    return Fixtures.extracted(Language.VI, text).bank().questions().stream()
        .filter(q -> q.answer() != null && answer.equals(q.answer().text())).toList();
  }

  @Test
  void theNameTheSentenceBeforeOpensWithIsWrittenForTheDemonstrative() {
    String[][] cases = {
        {"Bản tuyên cáo kháng thuế của các làng ven sông Alvira được soạn trong đêm mùng 3 tháng 5 "
            + "năm 1911 tại nhà ông Lâm Văn Tài ở xóm Đông và được đọc công khai sáng hôm sau trước "
            + "hàng nghìn người dân từ khắp các huyện lân cận kéo về, giữa lúc quân lính của viên tri "
            + "phủ đang đóng ở đầu làng. Bản tuyên cáo này được in thành 2.000 bản vào năm 1912 và "
            + "được chuyền tay khắp các tỉnh miền trung.", "2.000",
            "Bản tuyên cáo kháng thuế của các làng ven sông Alvira được in thành _____"},
        {"Hội đồng Tây Varn được lập năm 1902 tại thị trấn Orim theo lệnh của viên tổng đốc. Năm "
            + "1905, hội đồng ấy có 35 thành viên và họp ở đình làng.", "35",
            "hội đồng Tây Varn có _____ thành viên"},
        {"Con đường sắt Orim – Velmora được khởi công vào mùa xuân năm 1898 sau nhiều năm bàn cãi. "
            + "Năm 1905, con đường sắt đó chở 40.000 hành khách.", "40.000",
            "con đường sắt Orim – Velmora chở _____ hành khách"}};
    for (String[] c : cases) {
      String text = "Làng ven sông\n\n" + c[0] + "\n";
      List<Question> qs = asked(text, c[1]);
      assertFalse(qs.isEmpty(), text);
      assertTrue(qs.stream().allMatch(q -> q.type() != org.factdrill.bank.QuestionType.CLOZE
          || q.prompt().contains(c[2])), text + qs);
    }
  }

  @Test
  void aPlaceNounTakesTheOnePlaceTheSentenceBeforeNames() {
    for (String place : List.of("vùng này", "vùng đất ấy", "miền này")) {
      String text = "Karst và Orim\n\nNăm 1990, một cuộc họp dân diễn ra ở Karst với sự tham dự của "
          + "đại diện cộng đồng Velmor. Năm 1991, " + place + " tuyên bố tự trị khỏi Orim.\n";
      List<Question> qs = asked(text, "Năm 1991");
      assertFalse(qs.isEmpty(), text);
      String noun = place.substring(0, place.lastIndexOf(' '));
      assertTrue(qs.stream().allMatch(q -> q.prompt().contains(noun + " Karst tuyên bố")),
          text + qs);
    }
  }

  @Test
  void aPlaceNounAfterASentenceNamingTwoPlacesIsNotAsked() {
    String text = "Karst và Orim\n\nNăm 1990, một cuộc họp dân diễn ra ở Karst và một cuộc khác tại "
        + "Lunde. Năm 1991, vùng này tuyên bố tự trị khỏi Orim.\n";
    assertTrue(asked(text, "Năm 1991").isEmpty(), text);
  }
}
