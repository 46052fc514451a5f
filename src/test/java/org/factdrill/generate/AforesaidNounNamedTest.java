package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 40 of the nineteenth review: a noun phrase with a demonstrative of the "aforesaid" kind
 * ("ngày lễ nói trên", "the above treaty", "האמנה הנ״ל") always points back to an instance named
 * before. When neither the prompt, the context line nor the sentence before names it, the fact is
 * not asked, also when a sentence before exists that names something else. Names and figures are
 * invented.
 */
class AforesaidNounNamedTest {

  private static boolean asked(Language lang, String text, String phrase) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .anyMatch(q -> q.prompt().contains(phrase));
  }

  @Test
  void anAforesaidHolidayNamedNowhereShownIsNotAskedInAnyWording() {
    for (String above : new String[] {"nói trên", "kể trên", "nêu trên", "trên đây", "nêu ở trên"}) {
      String text = """
          lễ hội mùa gặt của người Tarn ở vùng cao, nơi các làng mở hội suốt nhiều ngày liền

          Người Tarn ở vùng cao sống bằng nghề trồng lúa nương và chăn nuôi gia súc. Ngày lễ %s được tổ chức lần đầu vào năm 1887 tại làng Oskel, với 12 đội múa tham gia.
          """.formatted(above);
      assertFalse(asked(Language.VI, text, above), text);
    }
    // In mid-sentence, after a year and a comma, with another verb.
    String mid = """
        Người Tarn ở vùng cao sống bằng nghề trồng lúa nương và chăn nuôi gia súc từ xa xưa.

        Dân làng chăn nuôi trâu bò. Năm 1902, chính quyền cấm tổ chức ngày hội kể trên ở 7 huyện miền núi.
        """;
    assertFalse(asked(Language.VI, mid, "kể trên"), mid);
  }

  @Test
  void theAboveOrTheAforementionedNamedNowhereIsNotAsked() {
    for (String above : new String[] {"The above treaty", "The aforesaid treaty",
        "The aforementioned treaty", "The said treaty"}) {
      String text = """
          The northern coast has many small harbours and fishing villages along its rocky shore.

          The villagers traded salt and dried fish with merchants from the south. %s was signed in 1784 by 6 envoys at Varnholm.
          """.formatted(above);
      assertFalse(asked(Language.EN, text, above.substring(4)), text);
    }
  }

  @Test
  void theHebrewAforementionedWithGershayimNamedNowhereIsNotAsked() {
    String text = """
        החוף הצפוני רצוף נמלים קטנים וכפרי דייגים לאורך חופו הסלעי.

        תושבי הכפרים סחרו במלח ובדגים מיובשים. האמנה הנ״ל נחתמה בשנת 1784 על ידי 6 שליחים.
        """;
    assertFalse(asked(Language.HE, text, "הנ״ל"), text);
  }
  @Test
  void everyHebrewFormOfTheMentionedNamedNowhereIsNotAsked() {
    // "the mentioned" in both stems and every gender and number, and the abbreviation written
    // with two ASCII apostrophes for the gershayim; in subject position and after a preposition.
    for (String ref : new String[] {"האמנה הנזכרת", "האמנה המוזכרת", "האמנה הנ''ל",
        "החוזה הנזכר", "החוזה המוזכר", "ההסכמים המוזכרים", "התקנות הנזכרות"}) {
      String text = """
          החוף הצפוני רצוף נמלים קטנים וכפרי דייגים לאורך חופו הסלעי.

          תושבי הכפרים סחרו במלח ובדגים מיובשים. %s נחתמה בשנת 1784 על ידי 6 שליחים.
          """.formatted(ref);
      assertFalse(asked(Language.HE, text, ref), text);
      String prep = """
          החוף הצפוני רצוף נמלים קטנים וכפרי דייגים לאורך חופו הסלעי.

          תושבי הכפרים סחרו במלח ובדגים מיובשים. בשנת 1791 דנו 8 נציגים ב%s בעיר הנמל.
          """.formatted(ref);
      assertFalse(asked(Language.HE, prep, ref), prep);
    }
  }

  @Test
  void aHebrewMentionedNounNamedInTheSentenceBeforeIsStillAsked() {
    String text = """
        החוף הצפוני רצוף נמלים קטנים וכפרי דייגים לאורך חופו הסלעי.

        בשנת 1779 הציעו הדייגים אמנה חדשה עם סוחרי הדרום. האמנה המוזכרת נחתמה בשנת 1784 על ידי 6 שליחים.
        """;
    assertTrue(asked(Language.HE, text, "המוזכרת"), text);
  }
}
