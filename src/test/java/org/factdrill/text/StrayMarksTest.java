package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 4 (classes-fifteenth-session, class 4): a reposted page that dropped a
 * bold word leaves stray marks after a sentence's mark (". ,", ". . ,"), often at a hard-wrapped
 * line's end. The sentence ends at its own mark and the next one starts after the stray marks,
 * instead of the two reading as one (whose second date was then lost). Invented sentences,
 * hard-wrapped at 60 to 90 columns.
 */
class StrayMarksTest {
  private static final String[] FIRST = {"Hiệp ước Tessaly được ký tại kinh thành Quorvex",
      "Chiến dịch Alvira diễn ra ở vùng đồi phía tây của vương quốc Varn",
      "The Tessaly treaty was signed in the old capital of the northern kingdom"};
  private static final String[] NEXT = {"Năm 1788, Varn và Orvik ký hiệp ước gồm 24 điều khoản.",
      "Quân Orvik huy động 12.000 người và 300 khẩu pháo trong mùa hè.",
      "In 1788 both kingdoms agreed to the treaty's twenty-four articles."};
  private static final String[] STRAY = {" ,", " . ,", " ;", " , ,"};

  private static List<String> split(String text, Language lang) {
    List<String> out = new ArrayList<>();
    for (Span s : Sentences.split(text, lang)) {
      out.add(s.of(text).replaceAll("\\s+", " "));
    }
    return out;
  }

  private static String wrap(String s, int width) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String w : s.split(" ")) {
      if (col > 0 && col + 1 + w.length() > width) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += w.length();
    }
    return out.toString();
  }

  @Test
  void aSentenceEndsAtItsMarkAndTheStrayMarksAfterItJoinNoSentence() {
    Random r = new Random(1602);
    for (int k = 0; k < 300; k++) {
      int i = r.nextInt(FIRST.length);
      String first = FIRST[i] + " vào năm " + (1700 + r.nextInt(200)) + ".";
      String next = NEXT[i];
      String para = first + STRAY[r.nextInt(STRAY.length)] + " " + next;
      String text = "Tessaly\n\n" + wrap(para, 60 + r.nextInt(31)) + "\n";
      Language lang = i == 2 ? Language.EN : Language.VI;
      assertEquals(List.of("Tessaly", first, next), split(text, lang), text);
    }
  }

  @Test
  void aCommaSetOffBySpacesWithoutASentenceMarkBeforeItStaysInItsSentence() {
    String text = "Tessaly\n\nHiệp ước được ký năm 1788 , sau nhiều tháng đàm phán.\n";
    assertEquals(List.of("Tessaly", "Hiệp ước được ký năm 1788 , sau nhiều tháng đàm phán."),
        split(text, Language.VI));
    assertTrue(StrayMarks.of("Một câu. Câu khác.").isEmpty());
  }
}
