package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric 4: a section heading glued to the first sentence of its section ("Bối cảnh
 * Trong năm 1750, …", "Early years In 1750, …") is no part of that sentence: the prompt starts
 * at the clause-opening word written with a capital. A capitalised name's words, a clause (a
 * verb before the capital) and a name opening with such a word ("Năm Mới", "Ngày Hội …") are
 * left as they are. Generated from invented headings and sentences.
 */
class RunInHeadingTest {
  private static final List<String> VI_HEADINGS = List.of("Bối cảnh", "Nguyên nhân sâu xa",
      "Hoạt động buôn bán", "Thời niên thiếu", "KẾT QUẢ", "Diễn biến chính");
  private static final List<String> VI_OPENERS = List.of("Trong năm", "Năm", "Vào năm",
      "Sau khi hội đồng họp, năm", "Từ năm");
  private static final List<String> EN_HEADINGS = List.of("Background", "Childhood years",
      "Trade and the harbour", "AFTERMATH");
  private static final List<String> EN_OPENERS = List.of("In", "During", "After the flood, in");

  private static Question cloze(Language lang, String marked, String answer) {
    return Fixtures.firstCloze(lang, marked, answer);
  }

  @Test
  void aHeadingGluedBeforeACapitalisedOpenerIsLeftOutOfThePrompt() {
    int n = 0;
    for (String h : VI_HEADINGS) {
      for (String o : VI_OPENERS) {
        int year = 1700 + n++;
        String text = "Thị trấn Zarnov\n\nThị trấn Zarnov nằm bên sông Velka. " + h + " " + o + " {{"
            + year + "|date|" + year + "}}, hội đồng Zarnov mở chợ cá bên bờ sông Velka.\n";
        Question q = cloze(Language.VI, text, String.valueOf(year));
        assertTrue(q.prompt().startsWith(o.split(" ")[0] + " "), h + " | " + q.prompt());
        assertFalse(q.prompt().contains(h), q.prompt());
      }
    }
    for (String h : EN_HEADINGS) {
      for (String o : EN_OPENERS) {
        int year = 1700 + n++;
        String text = "Zarnov\n\nZarnov lies on the Velka river. " + h + " " + o + " {{" + year
            + "|date|" + year + "}} the council of Zarnov opened a fish market by the Velka.\n";
        Question q = cloze(Language.EN, text, String.valueOf(year));
        assertTrue(q.prompt().startsWith(o.split(" ")[0] + " "), h + " | " + q.prompt());
      }
    }
  }

  @Test
  void aNameAClauseOrANameOpeningWithALeadWordStays() {
    String text = "Vùng Velka\n\n";
    String[] starts = {
      "Nguyễn Văn Tới đã mở chợ cá",          // a name's capitalised words
      "Hôm ấy là Ngày hội chợ",      // a copula: a clause
      "Dân làng Velka mừng Năm Mới",          // a name opening with "Năm"
    };
    for (String s : starts) {
      String t = text + s + " vào năm 1850 bên bờ sông Velka.\n";
      int at = t.indexOf(s);
      assertEquals(at, RunInHeading.after(Language.VI, t, at, t.length(), t.indexOf("1850")), s);
    }
    String en = "The Harbour Of Zarnov opened in 1850.";
    assertEquals(0, RunInHeading.after(Language.EN, en, 0, en.length(), en.indexOf("1850")));
  }

  @Test
  void aLanguageWithoutCapitalsHasNoRunInHeading() {
    String he = "רקע בשנת 1750 נפתח השוק.";
    assertEquals(0, RunInHeading.after(Language.HE, he, 0, he.length(), he.indexOf("1750")));
  }
}
