package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A date written in both calendars (Hebrew and Gregorian) is asked with the Hebrew-calendar part
 * taken out beside the blank, so the prompt neither gives the year away nor is dropped. The
 * sentences are made up; the years and Hebrew dates are drawn at random.
 */
class CalendarGlossTest {
  private static final String[] MONTHS = {"תשרי", "חשוון", "כסלו", "טבת", "שבט", "אדר", "ניסן",
      "אייר", "סיוון", "תמוז", "אב", "אלול"};
  private static final String[] GREGORIAN = {"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני",
      "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"};

  /** A number 1..999 in Hebrew letters with gershayim before the last letter (תש"ח, ט"ו). */
  static String letters(int n, boolean geresh) {
    StringBuilder b = new StringBuilder();
    int[] values = {400, 300, 200, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 9, 8, 7, 6, 5, 4, 3, 2,
        1};
    String chars = "תשרקצפעסנמלכיטחזוהדגבא";
    while (n >= 400) {
      b.append('ת');
      n -= 400;
    }
    if (n % 100 == 15 || n % 100 == 16) {
      int h = n - n % 100;
      for (int i = 0; i < values.length; i++) {
        if (h >= values[i]) {
          b.append(chars.charAt(i));
          h -= values[i];
        }
      }
      b.append(n % 100 == 15 ? "טו" : "טז");
    } else {
      for (int i = 0; i < values.length; i++) {
        while (n >= values[i]) {
          b.append(chars.charAt(i));
          n -= values[i];
        }
      }
    }
    String s = b.toString();
    if (!geresh) {
      return s;
    }
    return s.length() == 1 ? s + "'" : s.substring(0, s.length() - 1) + "\"" + s.substring(
        s.length() - 1);
  }

  /** The Hebrew year in letters whose spring falls in Gregorian {@code year}, maybe with ה'. */
  static String hebrewYear(int year, boolean thousands) {
    return (thousands ? "ה'" : "") + letters(year + 3760 - 5000, true);
  }

  private static Result gen(String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE, marked + "\n"));
  }

  private static List<Question> clozes(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList();
  }

  @Test
  void readsHebrewYearsInLetters() {
    for (int y = 1700; y <= 2040; y++) {
      String h = hebrewYear(y, y % 2 == 0);
      assertEquals(y, CalendarGloss.gregorian(h), h);
      assertTrue(CalendarGloss.sameYear(h, y) && CalendarGloss.sameYear(h, y - 1), h);
      assertFalse(CalendarGloss.sameYear(h, y + 1) || CalendarGloss.sameYear(h, y - 2), h);
    }
  }

  @Test
  void aHebrewDateBesideTheBlankLeavesThePromptWithIt() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 40; i++) {
      int y = 1750 + rnd.nextInt(280);
      int m = 1 + rnd.nextInt(12);
      int d = 1 + rnd.nextInt(28);
      String hy = hebrewYear(y, rnd.nextBoolean());
      String hd = letters(1 + rnd.nextInt(29), true) + " ב" + MONTHS[rnd.nextInt(12)] + " " + hy;
      String g = d + " ב" + GREGORIAN[m - 1] + " " + y;
      String iso = String.format("%04d-%02d-%02d", y, m, d);
      String fact = "{{" + g + "|date|" + iso + "}}";
      String[] sentences = {
          "הכנס נפתח בעיר החוף ביום שני, " + hd + ", " + fact + " בנוכחות מאות אורחים.",
          "הכנס נפתח בעיר החוף ב-" + fact + ", " + hd + ", ונמשך שלושה ימים.",
          "הספרייה הגדולה נוסדה בשנת " + hy + " ({{" + y + "|date|" + y + "}}) בידי קבוצת מורים.",
          "הספרייה הגדולה נוסדה בשנת {{" + y + "|date|" + y + "}} (" + hy + ") בידי קבוצת מורים.",
          // The Gregorian year glosses the Hebrew one with a word for the era (he6): the blank
          // never stands in brackets alone, "(_____ למניינם)".
          "הספרייה הגדולה נוסדה בשנת " + hy + " ({{" + y + "|date|" + y + "}} למניינם) בידי קבוצת מורים.",
          "הספרייה הגדולה נוסדה ב" + hd + " ({{" + g + "|date|" + iso + "}} לספירה) בידי קבוצת מורים.",
      };
      for (String s : sentences) {
        Result r = gen(s);
        List<Question> qs = clozes(r);
        assertEquals(1, qs.size(), s + "\n" + r.report().format(r.bank()));
        String p = qs.get(0).prompt();
        assertFalse(CalendarGloss.YEAR.matcher(p).find(), p);
        assertTrue(p.contains("_____"), p);
        assertFalse(p.matches(".*(?:,\\s*,|\\(\\s*_____\\s*\\)|\\(\\s*\\)|\\s[,.]|\\s{2}).*"), p);
        assertFalse(p.contains("למניינם") || p.contains("לספירה"), p);
        // The sentence is asked whole: its first words and its last word are there.
        String[] w = s.split(" ");
        assertTrue(p.startsWith(w[0] + " " + w[1]) && p.endsWith(w[w.length - 1]), p);
      }
    }
  }

  @Test
  void aHebrewYearOfAnotherYearStaysAndGivesNothingAway() {
    Result r = gen("המפעל נוסד בשנת תרס\"ח, והאולם הגדול נחנך בו ב-{{12 ביוני 1931|date|1931-06-12}}"
        + " בטקס רב משתתפים.");
    List<Question> qs = clozes(r);
    assertEquals(1, qs.size(), r.report().format(r.bank()));
    assertTrue(qs.get(0).prompt().contains("תרס\"ח"), qs.get(0).prompt());
  }
}
