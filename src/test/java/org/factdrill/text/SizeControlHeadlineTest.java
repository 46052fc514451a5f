package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text-size control (a label, then a minus and a plus) or page buttons glued to the end of a
 * headline are the page's, in every language: cut off the title and off a context line, the
 * headline kept. Made-up headlines and pages; the controls in several spellings.
 */
class SizeControlHeadlineTest {
  private record Lang(Language lang, String headline, String prose, List<String> labels) {}

  private static final List<Lang> LANGS = List.of(
      new Lang(Language.EN, "The new harbour of Vensa opens to ships",
          "The new harbour of Vensa opened on 5 June 1950, and thousands of people came to see the "
              + "first ships of Vensa sail in with great joy.", List.of("", "Text size", "Font size", "Share")),
      new Lang(Language.VI, "Bến cảng mới của Vensa khánh thành",
          "Bến cảng mới của Vensa khánh thành ngày 5 tháng 6 năm 1950, hàng nghìn người đến xem "
              + "những con tàu đầu tiên cập bến cảng Vensa.", List.of("", "Cỡ chữ", "Chia sẻ")),
      new Lang(Language.HE, "הנמל החדש של ונסה נפתח לאוניות",
          "הנמל החדש של ונסה נפתח ב-5 ביוני 1950, ואלפי תושבים באו לראות את האוניות הראשונות של "
              + "ונסה נכנסות אליו.", List.of("", "גודל טקסט", "שתף")));

  private static final List<String> CONTROLS = List.of("− +", "- +", "A- A+", "A− A A+", "+ −", "");

  @Test
  void aSizeControlOrButtonsEndingAHeadlineAreCutOffAndTheHeadlineStays() {
    int n = 0;
    for (Lang l : LANGS) {
      for (String label : l.labels()) {
        for (String control : CONTROLS) {
          if (label.isEmpty() && control.isEmpty()) {
            continue;
          }
          String line = (l.headline() + " " + label + " " + control).strip();
          String text = line + "\n\n" + l.prose() + "\n";
          assertEquals(l.headline(), LayoutClassifier.classify(text, l.lang(), "x.txt").title(), text);
          assertEquals(l.headline(), TopicLines.clean(line, l.lang()), line);
          n++;
        }
      }
    }
    assertEquals(true, n > 40);
  }

  @Test
  void aSizeControlAloneIsStillChrome() {
    for (Lang l : LANGS) {
      for (String label : l.labels()) {
        String line = (label + " A- A+").strip();
        assertEquals(true, ChromeLines.isChrome(line, LayoutWords.of(l.lang())), line);
      }
    }
  }
}
