package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A heading of births or deaths says what the leading year of each row under it is, however the
 * heading is worded: the life word alone, with an adjective, inside a short phrase, with the
 * language's prefix letters written onto it. Rows here tell their person with a verb, so only the
 * heading keeps their leading year from being asked as an event's; under an events heading the
 * same rows are asked (the control that shows the heading is what decides).
 */
class LifeHeadingsTest {
  private record Kit(Language lang, List<String> lifeHeads, String eventsHead, List<String> rows) {}

  private static final List<Kit> KITS = List.of(
      new Kit(Language.fromCode("en").orElseThrow(),
          List.of("Births", "Notable births", "Births:", "== Deaths ==", "People born", "Died"),
          "Events", List.of(
              "Jonas Whitfield, a painter who engraved the first map of the harbour town",
              "Clara Benning, a novelist who founded the girls' school of the valley",
              "Edmund Rourke, a surveyor who charted the northern lakes of the province")),
      new Kit(Language.fromCode("he").orElseThrow(),
          List.of("נולדו", "אישים שנולדו", "ילידי היום", "נפטרו", "לידות:", "== פטירות =="),
          "אירועים", List.of(
              "יונתן ברק, צייר שחרט את המפה הראשונה של עיר הנמל",
              "אביגיל שחר, סופרת שייסדה את בית הספר הראשון בכפר",
              "נחום לבנה, מודד שמיפה את אגמי הצפון של המחוז")),
      new Kit(Language.fromCode("vi").orElseThrow(),
          List.of("Sinh", "Người sinh", "Những người sinh ra", "Mất", "Qua đời"),
          "Sự kiện", List.of(
              "Trần Văn Khải, họa sĩ đã khắc tấm bản đồ đầu tiên của thị trấn cảng",
              "Lê Thị Hoa, nhà văn đã thành lập trường nữ sinh đầu tiên của thung lũng",
              "Phạm Minh Đạt, nhà khảo sát đã vẽ bản đồ các hồ phía bắc của tỉnh")));

  private static String page(String head, List<String> rows, int[] years) {
    StringBuilder b = new StringBuilder(head).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      b.append("• ").append(years[i]).append(" – ").append(rows.get(i)).append('\n');
    }
    return b.toString();
  }

  private static int[] years(Random r) {
    int y = 1600 + r.nextInt(150);
    return new int[] {y, y + 7 + r.nextInt(30), y + 40 + r.nextInt(30)};
  }

  @Test
  void aRowUnderALifeHeadingOfAnyWordingIsNotAskedAboutItsLeadingYear() {
    Random r = new Random(1601);
    for (Kit k : KITS) {
      for (String head : k.lifeHeads()) {
        int[] ys = years(r);
        String text = page(head, k.rows(), ys);
        Result res = Fixtures.extracted(k.lang(), text);
        for (int y : ys) {
          assertTrue(Fixtures.asking(res, String.valueOf(y)).isEmpty(), head + ": " + text);
        }
      }
    }
  }

  @Test
  void theSameRowsUnderAnEventsHeadingAreAsked() {
    Random r = new Random(1602);
    for (Kit k : KITS) {
      int[] ys = years(r);
      String text = page(k.eventsHead(), k.rows(), ys);
      Result res = Fixtures.extracted(k.lang(), text);
      int asked = 0;
      for (int y : ys) {
        asked += Fixtures.asking(res, String.valueOf(y)).isEmpty() ? 0 : 1;
      }
      assertTrue(asked > 0, "no row asked: " + text);
    }
  }

  @Test
  void aSyllableOfAnotherWordIsNoLifeHeading() {
    // "học sinh" (students) holds the syllable "sinh" (born): not a births heading.
    Kit vi = KITS.get(2);
    Random r = new Random(1603);
    int[] ys = years(r);
    String text = page("Học sinh", vi.rows(), ys);
    Result res = Fixtures.extracted(vi.lang(), text);
    assertFalse(Fixtures.asking(res, String.valueOf(ys[0])).isEmpty()
        && Fixtures.asking(res, String.valueOf(ys[1])).isEmpty()
        && Fixtures.asking(res, String.valueOf(ys[2])).isEmpty(), text);
  }
}
