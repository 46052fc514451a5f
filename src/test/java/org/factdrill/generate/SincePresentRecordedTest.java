package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * N1 of the twenty-first review: the writer's present ("hiện nay", "today") in a clause dated by
 * its own since-clause ("Sau khi sáp nhập … tháng 7 năm 2008, hiện nay huyện X có 18 xã") is
 * resolved by that date; the generator asks its figures and now records the present as a time
 * resolved by the since-date, so the bank auditor reads it as resolved (its year on screen, or
 * the answer's own) instead of an unresolved relative time. A present beside a plain date, with
 * no since-word, is still not asked. Names and figures are invented.
 */
class SincePresentRecordedTest {

  private static List<Question> bank(Language lang, String text) {
    return Fixtures.extracted(lang, text).bank().questions();
  }

  private static String audit(Language lang, String text) {
    org.factdrill.bank.Bank b = Fixtures.extracted(lang, text).bank();
    return new BankAudit().audit("b.json", b).stream().map(h -> h.category().label())
        .distinct().sorted().collect(Collectors.joining(","));
  }

  @Test
  void aPresentDatedByItsSinceClauseIsRecordedAndNotFlagged() {
    for (String s : List.of(
        "Sau khi sáp nhập với huyện Orim vào tháng 7 năm 2008, hiện nay huyện Velmora có 18 xã và 3 thị trấn.",
        "Từ đợt chia tách tháng 4 năm 1997, tỉnh Alvira hiện nay có diện tích 4.120 km² với 9 huyện.",
        "Kể từ cuộc cải tổ năm 1985, ngày nay quân khu Orim quản lý 6 sư đoàn bộ binh.")) {
      String text = "Huyện Velmora\n\n" + s + "\n";
      List<Question> qs = bank(Language.VI, text);
      assertFalse(qs.isEmpty(), text);
      assertTrue(qs.stream().filter(q -> q.prompt().contains("hiện nay")
          || q.prompt().contains("ngày nay"))
          .allMatch(q -> q.facts().stream().anyMatch(f -> f.resolved() != null
              && f.resolved().times() != null && !f.resolved().times().isEmpty())), text + qs);
      assertEquals("", audit(Language.VI, text), text);
    }
    String en = "Velmora County\n\nSince the merger of July 2008, the county today has 18 parishes and 3 towns.\n";
    assertEquals("", audit(Language.EN, en), en);
  }

  @Test
  void aPresentBesideAPlainDateIsStillNotAsked() {
    String text = "Huyện Velmora\n\nNăm 1990 huyện Velmora có 12 xã, hiện nay có 18 xã và 3 thị trấn.\n";
    assertTrue(bank(Language.VI, text).stream().noneMatch(q -> q.answer() != null
        && List.of("12", "18", "3").contains(q.answer().text())), text);
  }
}
