package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 20 of the eighteenth review: an English date in a Hebrew page (a caption, a quoted
 * source line) is read by the English date grammar, with or without its comma, month first or
 * day first, with a weekday; it was read as a day number and a bare year. Hebrew dates and an
 * English month word without a day stay as they were. Texts made up.
 */
class ForeignDatesTest {

  private static List<Fact> facts(String text) {
    return SharedExtractor.get().extract(new Document("t.txt", text, Language.HE));
  }

  private static void date(String line, String written, String iso) {
    String text = "חנוכת הגשר\n\nהגשר על הנהר נחנך בשנת 1912 בנוכחות ראש העיר.\n\n" + line + "\n";
    List<Fact> fs = facts(text);
    Fact d = fs.stream().filter(f -> f.text().equals(written)).findFirst().orElse(null);
    assertTrue(d != null, fs + "\n" + line);
    assertEquals(iso, ((Value.Date) d.value()).iso(), line);
    assertFalse(fs.stream().anyMatch(f -> f.kind() == FactKind.NUMBER
        && written.contains(f.text())), fs + "\n" + line);
  }

  @Test
  void anEnglishDateInAHebrewPageIsOneDate() {
    date("תמונה: ראש העיר בטקס, March 3 1912, ארכיון העיר.", "March 3 1912", "1912-03-03");
    date("תמונה: ראש העיר בטקס, March 3, 1912, ארכיון העיר.", "March 3, 1912", "1912-03-03");
    date("מקור: The Harbour Gazette, 3 March 1912, עמוד השער.", "3 March 1912", "1912-03-03");
    date("מקור: The Harbour Gazette, Sunday, 3 March 1912.", "3 March 1912", "1912-03-03");
    date("הכתבה פורסמה בעיתון האנגלי ב-Oct 21 1913 תחת הכותרת.", "Oct 21 1913", "1913-10-21");
  }

  @Test
  void hebrewDatesAndABareEnglishMonthWordStayAsTheyWere() {
    List<Fact> fs = facts("הגשר נחנך ב-3 במרץ 1912. השיר May the Bridge Stand נכתב בשנת 1913.\n");
    assertTrue(fs.stream().anyMatch(f -> f.text().equals("ב-3 במרץ 1912")), fs.toString());
    assertTrue(fs.stream().anyMatch(f -> f.text().equals("בשנת 1913")), fs.toString());
    assertFalse(fs.stream().anyMatch(f -> f.text().startsWith("May")), fs.toString());
  }
}
