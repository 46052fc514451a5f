package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Date classes a peer tagger read and factdrill missed (issue 19, Vietnamese dates), checked on
 * generated cases: a day and month without "ngày" and without a year; periods "from D1 to D2"
 * whose first end is a day alone or a day/month in digits; periods of years whose second end is
 * written short; the target of a wiki link. And the readings they must not take: a duration and
 * a count ("3 tháng 2 ngày"), a rising quantity after a bare year.
 */
class PeriodsAndShortDatesTest {
  private static final String[] VI_FRAMES = {"Hôm %s, quân rút.", "Đến %s thì đánh.",
      "Vào %s năm ấy trời mưa.", "Sáng %s có tin.", "Ngày [[%s]], hãng rút đi."};
  /** Vietnamese month words after "tháng" (capitalized, as a month's name is written). */
  private static final String[] VI_MONTH_WORDS = {"Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu",
      "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"};

  private static List<String> dates(Language lang, String text) {
    List<String> out = new ArrayList<>();
    for (Fact f : Facts.of(lang, text)) {
      if (f.kind() == FactKind.DATE) {
        out.add(ValueJson.node(f.value()).asText());
      }
    }
    return out;
  }

  private static String md(int m, int d) {
    return String.format("--%02d-%02d", m, d);
  }

  @Test
  void vietnameseDayAndMonthWithoutNgayOrYearIsADate() {
    Random rnd = new Random(1901);
    for (int n = 0; n < 3000; n++) {
      int m = 1 + rnd.nextInt(12);
      int d = 1 + rnd.nextInt(m == 2 ? 29 : 30);
      String month = rnd.nextBoolean() ? Integer.toString(m) : VI_MONTH_WORDS[m - 1];
      String text = String.format(VI_FRAMES[rnd.nextInt(VI_FRAMES.length)], d + " tháng " + month);
      assertEquals(List.of(md(m, d)), dates(Language.VI, text), text);
    }
  }

  @Test
  void vietnameseDurationThenCountIsNoDate() {
    Random rnd = new Random(1902);
    List<String> after = new ArrayList<>(Language.VI.pack().words("duration-units"));
    after.addAll(Language.VI.pack().words("count-nouns"));
    after.remove("tháng");
    String[] tails = {"%%", " %s", " %s", " %s"};
    for (int n = 0; n < 3000; n++) {
      int a = 1 + rnd.nextInt(12);
      int b = 1 + rnd.nextInt(12);
      String tail = String.format(tails[rnd.nextInt(tails.length)],
          after.get(rnd.nextInt(after.size())));
      String text = "Sau " + a + " tháng " + b + tail + " thì xong.";
      assertEquals(List.of(), dates(Language.VI, text), text);
      // A lower-case month word that is also another word: "2 tháng tư lệnh" is no date.
      String word = "Sau " + a + " tháng " + VI_MONTH_WORDS[b - 1].toLowerCase() + " lệnh đến.";
      if (b != 1 && b != 12) {
        assertEquals(List.of(), dates(Language.VI, word), word);
      }
    }
  }

  @Test
  void periodFromDayToDayGivesBothEnds() {
    Random rnd = new Random(1903);
    List<String> enMonths = Language.EN.pack().monthNames().get(0);
    for (int n = 0; n < 3000; n++) {
      int m = 1 + rnd.nextInt(12);
      int d1 = 1 + rnd.nextInt(26);
      int d2 = d1 + 1 + rnd.nextInt(28 - d1);
      int y = 1000 + rnd.nextInt(1100);
      String want = String.format("%04d-%02d-%02d/%04d-%02d-%02d", y, m, d1, y, m, d2);
      String[] vi = {"từ ngày " + d1 + " đến ngày " + d2 + " tháng " + m + " năm " + y,
          "từ " + d1 + " đến " + d2 + " tháng " + m + " năm " + y,
          "từ " + d1 + "/" + m + " đến " + d2 + "/" + m + "/" + y,
          "từ ngày " + d1 + " tới ngày " + d2 + " tháng " + m + " năm " + y};
      String v = "Hội nghị họp " + vi[rnd.nextInt(vi.length)] + " tại thủ đô.";
      assertEquals(List.of(want), dates(Language.VI, v), v);
      String month = enMonths.get(m - 1);
      month = Character.toUpperCase(month.charAt(0)) + month.substring(1);
      String e = "The talks ran from " + d1 + " to " + d2 + " " + month + " " + y + " in the city.";
      assertEquals(List.of(want), dates(Language.EN, e), e);
    }
  }

  @Test
  void periodFromDayMonthToAWholeDateAcrossMonths() {
    Random rnd = new Random(1907);
    for (int n = 0; n < 2000; n++) {
      int m1 = 1 + rnd.nextInt(11);
      int m2 = m1 + 1 + rnd.nextInt(12 - m1);
      int d1 = 1 + rnd.nextInt(28);
      int d2 = 1 + rnd.nextInt(28);
      int y = 1000 + rnd.nextInt(1100);
      String sep = rnd.nextBoolean() ? "/" : "-";
      String text = "Quân tiến công từ " + (rnd.nextBoolean() ? "ngày " : "") + d1 + sep + m1
          + " đến " + (rnd.nextBoolean() ? "ngày " : "") + d2 + sep + m2 + sep + y + " ở phía bắc.";
      String want = String.format("%04d-%02d-%02d/%04d-%02d-%02d", y, m1, d1, y, m2, d2);
      assertEquals(List.of(want), dates(Language.VI, text), text);
    }
  }

  @Test
  void aPeriodOfYearsMayEndInAShortYearAfterAYearWord() {
    Random rnd = new Random(1904);
    for (int n = 0; n < 3000; n++) {
      boolean early = rnd.nextBoolean();
      int y1 = early ? 1 + rnd.nextInt(900) : 1000 + rnd.nextInt(1000);
      int y2 = y1 + 1 + rnd.nextInt(early ? 9 : 98);
      if (y2 / 100 != y1 / 100 && !early) {
        continue;
      }
      if (early && Integer.toString(y2).length() != Integer.toString(y1).length()) {
        continue;
      }
      String second = early ? Integer.toString(y2) : String.format("%02d", y2 % 100);
      String conn = rnd.nextBoolean() ? " đến " : rnd.nextBoolean() ? " - " : " – ";
      String text = "Sách được viết vào khoảng năm " + y1 + conn + second + ", theo sử cũ.";
      assertEquals(List.of(String.format("%04d/%04d", y1, y2)), dates(Language.VI, text), text);
    }
  }

  @Test
  void aShortNumberAfterABareYearOrBeforeACountIsNoYear() {
    Random rnd = new Random(1905);
    for (int n = 0; n < 1000; n++) {
      int y = 1900 + rnd.nextInt(120);
      int q = 10 + rnd.nextInt(89);
      String en = "The share rose in " + y + " to " + q + " points.";
      assertTrue(dates(Language.EN, en).stream().noneMatch(d -> d.contains("/")), en);
      // One link of a chain of numbers (a document number) is no short year.
      String chain = "Văn bản năm " + y + " \u2013 " + q + "\u2013" + (10 + rnd.nextInt(89))
          + " được ký.";
      assertTrue(dates(Language.VI, chain).stream().noneMatch(d -> d.contains("/")), chain);
      String vi = "Năm " + y + " đến " + q + " người đã đi.";
      assertEquals(List.of(Integer.toString(y)), dates(Language.VI, vi), vi);
    }
  }

  @Test
  void aWikiLinkToAYearIsAYearAndACitationMarkerIsNot() {
    Random rnd = new Random(1906);
    for (Language lang : Language.values()) {
      for (int n = 0; n < 300; n++) {
        int y = 1000 + rnd.nextInt(1100);
        int note = 1 + rnd.nextInt(200);
        String text = "([[" + y + "]]) and more.[" + note + "]";
        List<Fact> facts = Facts.of(lang, text);
        assertEquals(1, facts.size(), lang.code() + ": " + text);
        assertEquals(Integer.toString(y), ValueJson.node(facts.get(0).value()).asText(),
            lang.code() + ": " + text);
        assertTrue(facts.get(0).text().equals(Integer.toString(y)), text);
      }
    }
    for (int n = 0; n < 300; n++) {
      int y = 1000 + rnd.nextInt(1100);
      int m = 1 + rnd.nextInt(12);
      String text = "Sách in vào tháng " + m + " năm [[" + y + "]] ở Huế.";
      assertEquals(List.of(String.format("%d-%02d", y, m)), dates(Language.VI, text), text);
    }
  }
}
