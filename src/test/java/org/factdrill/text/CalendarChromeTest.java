package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page's interface that holds dates and numbers is chrome, not text: the line saying when the
 * page was rendered, and a month calendar box (caption, weekday row, a grid of the month's days in
 * rows of up to seven). Their numbers are no facts, and the caption's month and year date nothing
 * of the page. Calendars are generated (month lengths, first weekdays, separators, captions in
 * three languages); a talk page's signed comment and a numbered list stay what they are.
 */
class CalendarChromeTest {
  private record Lang(Language lang, List<String> months, String weekdays, String prose) {}

  private static final List<Lang> LANGS = List.of(
      new Lang(Language.EN, List.of("June", "March", "October"), "Su Mo Tu We Th Fr Sa",
          "On 5 June the new harbour of Vensa opened, and thousands of people came to see the "
              + "first ships sail in with great joy."),
      new Lang(Language.VI, List.of("Tháng 6", "Tháng 3", "Tháng 10"), "CN T2 T3 T4 T5 T6 T7",
          "Ngày 5 tháng 6, bến cảng mới của Vensa khánh thành, hàng nghìn người đến xem những con "
              + "tàu đầu tiên cập bến trong niềm vui lớn."),
      new Lang(Language.HE, List.of("יוני", "מרץ", "אוקטובר"), "א ב ג ד ה ו ש",
          "ב-5 ביוני נפתח הנמל החדש של העיר ונסה, ואלפי תושבים באו לראות את האוניות הראשונות "
              + "נכנסות אליו בשמחה רבה."));

  private static String grid(Random r, int days, int offset, String sep) {
    StringBuilder b = new StringBuilder();
    int col = offset;
    for (int d = 1; d <= days; d++) {
      b.append(d).append(sep);
      if (++col == 7 && d < days) {
        b.append('\n');
        col = 0;
      }
    }
    return b.append('\n').toString();
  }

  @Test
  void aMonthCalendarBoxIsChromeAndItsCaptionDatesNothing() {
    Random r = new Random(1605);
    List<String> seps = List.of(" | ", " ", "\t", " |");
    for (Lang l : LANGS) {
      for (int k = 0; k < 40; k++) {
        int year = 1900 + r.nextInt(120);
        String caption = l.months().get(r.nextInt(l.months().size())) + " " + year;
        String sep = seps.get(r.nextInt(seps.size()));
        String days = String.join(sep, l.weekdays().split(" "));
        String text = "Harbour news\n" + caption + "\n" + days + "\n" + grid(r, 28 + r.nextInt(4), r.nextInt(7), sep) + "\n" + l.prose() + "\n";
        Layout layout = LayoutClassifier.classify(text, l.lang(), "x.txt");
        for (Block b : layout.blocks()) {
          String s = b.of(text);
          boolean box = s.matches("(?s)[\\d\\s|]+") || s.strip().equals(caption)
              || s.strip().equals(days.strip());
          assertEquals(box, b.cls() == LineClass.CHROME, s + " in\n" + text);
        }
        assertTrue(layout.date().isEmpty(), text);
      }
    }
  }

  @Test
  void aRenderTimeLineIsChromeAndASignedCommentIsNot() {
    Random r = new Random(16);
    for (int k = 0; k < 100; k++) {
      String clock = r.nextInt(24) + ":" + String.format("%02d", r.nextInt(60));
      String date = (1 + r.nextInt(28)) + " May " + (1990 + r.nextInt(35));
      String lead = List.of("", "It is now ", "Now: ", "Time ").get(r.nextInt(4));
      String line = lead + clock + " on Friday, " + date + " (UTC)" + (r.nextBoolean() ? "|Refresh this page" : "");
      assertTrue(CalendarChrome.renderLine(line), line);
      String comment = "The harbour of Vensa opened in 1871, not in 1872 as the article says. Harbo "
          + clock + ", " + date + " (UTC)";
      assertFalse(CalendarChrome.renderLine(comment), comment);
    }
  }

  @Test
  void aNumberedColumnOrAShortRunOfNumbersIsNoCalendar() {
    assertEquals(null, CalendarChrome.gridDays("1 | 2 | 3 | 5", 1));
    String text = "Harbour works\n1\n2\n3\n4\n5\n\nThe harbour of Vensa opened in 1871.\n";
    for (Block b : LayoutClassifier.classify(text, Language.EN, "x.txt").blocks()) {
      assertFalse(b.cls() == LineClass.CHROME, b.of(text));
    }
  }
}
