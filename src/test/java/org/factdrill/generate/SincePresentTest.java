package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * "Now" in a sentence whose own clause says since when the state holds ("Sau lần sáp nhập ngày
 * 1 tháng 7 năm 2008, hiện nay huyện X có 18 xã") is resolved by that date: the figures are
 * asked, with the date in the prompt. A "now" beside a plain date of another time, or beside no
 * date, still leaves the figures unasked. Texts made up.
 */
class SincePresentTest {
  private static final List<String> VI_SINCE = List.of(
      "Sau lần điều chỉnh địa giới ngày 1 tháng 7 năm %d, hiện nay huyện Quorvex có %d xã.",
      "Kể từ khi tái lập năm %d, thị xã Quorvex hiện tại gồm %d phường.",
      "Từ năm %d, huyện Quorvex hiện nay có %d xã và một thị trấn.");

  private static String page(String title, String sentence) {
    return title + "\n\n" + sentence + "\n";
  }

  @Test
  void aPresentDatedByItsSentencesSinceClauseLetsItsFiguresBeAsked() {
    Random r = new Random(1811);
    for (int n = 0; n < 12; n++) {
      int year = 1950 + r.nextInt(70);
      int count = 11 + r.nextInt(80);
      String s = String.format(VI_SINCE.get(n % VI_SINCE.size()), year, count);
      Result res = Fixtures.extracted(Language.VI, page("Huyện Quorvex", s));
      List<Question> q = Fixtures.asking(res, String.valueOf(count));
      assertFalse(q.isEmpty(), s + "\n" + res.report().format(res.bank()));
      for (Question x : q) {
        assertTrue(x.prompt().contains(String.valueOf(year)), x.prompt());
      }
      String en = String.format("Since the merger of 1 July %d, the district of Quorvex today has"
          + " %d communes.", year, count);
      res = Fixtures.extracted(Language.EN, page("Quorvex district", en));
      assertFalse(Fixtures.asking(res, String.valueOf(count)).isEmpty(),
          en + "\n" + res.report().format(res.bank()));
    }
  }

  @Test
  void aPresentBesideAPlainDateOrNoDateStaysUnresolved() {
    Random r = new Random(1812);
    for (int n = 0; n < 8; n++) {
      int year = 1950 + r.nextInt(70);
      int count = 11 + r.nextInt(80);
      for (String s : List.of(
          "Năm " + year + ", huyện Quorvex có 5 xã; hiện nay huyện Quorvex có " + count + " xã.",
          "Hiện nay, huyện Quorvex có " + count + " xã và một thị trấn.")) {
        Result res = Fixtures.extracted(Language.VI, page("Huyện Quorvex", s));
        assertTrue(Fixtures.asking(res, String.valueOf(count)).isEmpty(),
            s + "\n" + res.report().format(res.bank()));
      }
    }
  }
}
