package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Hebrew statute's amendment notes ("תיקון מס' N (<date>) <gazette> <issue>: סעיף N") are a
 * reference apparatus, not prose: a line made of an amendment's number, its date in brackets, an
 * official gazette's abbreviation with its issue and the sections it touched asks nothing, in a
 * bulleted list or bare, with the gershayim or an ASCII quote. The statute's own sentences are
 * still asked. Invented laws, dates and figures.
 */
class HebrewAmendmentNotesTest {
  private static final String[] NOTES = {
      "תיקון מס' 2 (4 ביוני 1981) ס\"ח 1017: סעיף 6.",
      " • תיקון מספר 7 (19 באוקטובר 1996) ק״ת 5790: סעיף 2(א).",
      "תיקון מס' 1 (30 במרס 1977) ס״ח 841: הוספת סעיף 9ב.",
      "- תיקון מספר 4 (8 בדצמבר 2009) ס\"ח 2218: סעיפים 3 ו-5.",
  };

  private static String law(String notes) {
    return """
        חוק גני השעשועים העירוניים, התשל"ה-1975

        %s

        1. בכל עיר שמספר תושביה עולה על 20000 יוקמו לפחות 3 גני שעשועים ציבוריים.

        2. ועדת הגנים שהוקמה בשנת 1976 תמנה 11 חברים, ובהם נציג משרד החינוך.
        """.formatted(notes);
  }

  @Test
  void anAmendmentNoteAsksNothing() {
    for (String note : NOTES) {
      String text = law(note);
      var qs = Fixtures.extracted(Language.HE, text).bank().questions();
      assertFalse(qs.stream().anyMatch(q -> q.prompt() != null && q.prompt().contains("תיקון")),
          text);
      assertTrue(qs.stream().anyMatch(q -> q.prompt() != null && q.prompt().contains("ועדת הגנים")),
          text);
    }
    // The notes together, one a line.
    String all = law(String.join("\n", NOTES));
    assertFalse(Fixtures.extracted(Language.HE, all).bank().questions().stream()
        .anyMatch(q -> q.prompt() != null && q.prompt().contains("תיקון")), all);
  }

  @Test
  void aSentenceNamingASectionIsStillProse() {
    String text = """
        חוק הספריות הציבוריות

        על פי סעיף 4 לחוק, שנחקק בשנת 1975, כל מועצה מקומית מקימה ספרייה ציבורית, ומשרד התרבות מממן 60 אחוז מתקציבה.
        """;
    assertTrue(Fixtures.extracted(Language.HE, text).bank().questions().stream()
        .anyMatch(q -> q.prompt() != null && q.prompt().contains("ספרייה ציבורית")), text);
  }
}
