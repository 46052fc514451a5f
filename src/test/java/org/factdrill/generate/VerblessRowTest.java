package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A "sentence" of names and dates with no verb is a list row (VerblessRow): many generated rows
 * of the reign and office shapes, in three scripts, are rows; the same names in a clause with a
 * verb, and sentences whose Vietnamese verb doubles as a preposition, are not.
 */
class VerblessRowTest {
  private static final List<String> LATIN_NAMES = List.of("Lê Thái Tổ", "Harold Godwinson",
      "Premier Asquith", "Trần Nhân Tông", "King Edmund Ironside", "Pope Urban");
  private static final List<String> HEBREW_NAMES = List.of("דוד בן-גוריון", "חיים ויצמן",
      "משה שרת", "לוי אשכול");
  private static final List<String> PERIODS = List.of("1428–1433", "1066", "1278-1293",
      "1948 – 1952", "1016");

  @Test
  void reignAndOfficeRowsAreRowsInEveryScript() {
    for (String p : PERIODS) {
      for (String n : LATIN_NAMES) {
        for (Language l : List.of(Language.EN, Language.VI)) {
          assertTrue(VerblessRow.is(l, n + " (" + p + ")."), n + " (" + p + ")");
          assertTrue(VerblessRow.is(l, n + " (" + p + ")"), n + " (" + p + ")");
        }
      }
      for (String n : HEBREW_NAMES) {
        assertTrue(VerblessRow.is(Language.HE, n + " (" + p + ")."), n + " (" + p + ")");
      }
      if (p.matches(".*\\d{4}\\s*[–-]\\s*\\d{4}.*")) {
        assertTrue(VerblessRow.is(Language.HE, HEBREW_NAMES.get(0) + ": " + p + ", ראש הממשלה"));
        assertTrue(VerblessRow.is(Language.EN, LATIN_NAMES.get(1) + ": " + p + ", notes"));
      }
    }
  }

  @Test
  void aBarePeriodOfYearsBeforeANameOpensATablesFlattenedRowEvenWithAVerbAfterIt() {
    for (String p : PERIODS) {
      if (!p.matches("\\d{4}\\s*[–-]\\s*\\d{4}")) {
        continue;
      }
      for (String n : LATIN_NAMES) {
        for (Language l : List.of(Language.EN, Language.VI)) {
          String tail = l == Language.VI ? " Lập ra thành Velka." : " Founded the town of Velka.";
          assertTrue(VerblessRow.is(l, p + " " + n + tail), p + " " + n);
          // With a preposition, or with its clause's words before the name, it is prose.
          String prose = l == Language.VI ? "Từ " + p + " " + n + " cai trị thành Velka."
              : "From " + p + " " + n + " ruled the town of Velka.";
          assertFalse(VerblessRow.is(l, prose), prose);
          String lower = p + " là thời " + n + " cai trị thành Velka.";
          assertFalse(VerblessRow.is(Language.VI, lower), lower);
        }
      }
    }
  }

  @Test
  void namesJoinedOnlyByFunctionWordsAreARow() {
    assertTrue(VerblessRow.is(Language.EN,
        "Premier Asquith, Statement, to House of Commons, Declaration of War with Germany, August 4, 1914."));
    assertTrue(VerblessRow.is(Language.VI, "Lê Lợi và Nguyễn Trãi, 1428."));
  }

  @Test
  void aCapitalisedFirstWordIsANameOnlyWhenTheTextWritesItSoInMidSentence() {
    String line = "Collaborates with Voice of America since 2009.";
    assertFalse(VerblessRow.is(Language.EN, line, w -> false), "a verb opening the sentence");
    assertTrue(VerblessRow.is(Language.EN, "Asquith, to House of Commons, August 4, 1914.",
        w -> w.equals("Asquith")));
  }

  @Test
  void aClauseWithAVerbIsNoRow() {
    for (String p : PERIODS) {
      for (String n : LATIN_NAMES) {
        assertFalse(VerblessRow.is(Language.EN, n + " ruled the kingdom from " + p + "."));
        assertFalse(VerblessRow.is(Language.VI, n + " lên ngôi năm " + p + "."));
      }
      for (String n : HEBREW_NAMES) {
        assertFalse(VerblessRow.is(Language.HE, n + " כיהן בתפקיד בשנים " + p + "."));
      }
    }
    assertFalse(VerblessRow.is(Language.EN, "The Civil War (1861–1865), also known as the War "
        + "Between the States, was a civil war in the United States."));
    assertFalse(VerblessRow.is(Language.VI, "Tháng 3, Nguyễn Ánh tới Vọng Các."),
        "'tới' (to arrive) is a verb as well as a preposition");
    assertFalse(VerblessRow.is(Language.HE, "הבסטיליה נבנתה ב-1370."));
    assertFalse(VerblessRow.is(Language.EN, "Treaty of Versailles of 28 June 1919, at the end of World War I."),
        "'end' is a content word: this rule asks no more than that");
  }

  @Test
  void aHebrewSentenceOpeningWithItsDateWithoutAVerbIsANote() {
    for (String lead : List.of("בשנת 1902", "מ־1887", "ב-3 במאי 1911", "1920", "ובשנת 1931",
        "משנת 1899")) {
      for (String rest : List.of("ממייסדי אגודת הכורמים בזלבין, ובימי המצור מראשיה.",
          "בעל טחנה במרנוב.", "חבר מועצת קובלה, מזכיר האגודה.")) {
        assertTrue(VerblessRow.is(Language.HE, lead + " " + rest), lead + " " + rest);
      }
      for (String rest : List.of("נמסרה העיר לזלבין.", "הוא היה מזכיר האגודה במרנוב.",
          "התכנסו ראשי קובלה במרנוב.", "תושבי זלבין הבריחו את סוסיהם.",
          "פרץ בזלבין מרד האיכרים.", "קמה בזלבין מועצה חדשה.", "התפרסם בקובלה העיתון הראשון.",
          // Forms a verb shares with nouns: a past plural, a hif'il; enough to doubt a note.
          "יוצרו במפעלי מרנוב 420 עגלות.", "שלחו תושבי זלבין משלחת למרנוב.",
          "הפקיד המושל את העיר בידי זלבין.")) {
        assertFalse(VerblessRow.is(Language.HE, lead + " " + rest), lead + " " + rest);
      }
    }
    // Not opening with a date: a caseless sentence is not judged by its verbs.
    assertFalse(VerblessRow.is(Language.HE, "מזכיר האגודה במרנוב בשנת 1902."));
    assertFalse(VerblessRow.is(Language.HE, "בעל טחנה במרנוב מ־1887."));
  }

  @Test
  void aRowNamingAPeriodWithCommonNounsAndNoVerbIsARow() {
    for (String p : List.of("1512–1538", "1590 - 1612", "1702 – 1730")) {
      for (String name : List.of("Thời kỳ hưng thịnh của nhà Velka", "Nền đô hộ của quân Orvin",
          "Các chúa Velka", "Giai đoạn cuối của triều Arvid Hậu Velka")) {
        assertTrue(VerblessRow.is(Language.VI, name + " (" + p + ")."), name + " (" + p + ")");
        assertTrue(VerblessRow.is(Language.VI, name + ": " + p + "."), name + ": " + p);
        assertTrue(VerblessRow.is(Language.VI, name + ": " + p + ", sau đó là nhà Orvin."),
            name + ": " + p + ", …");
      }
      for (String name : List.of("The reign of King Arvid", "Heyday of the Velka dynasty",
          "Rule of the Orvin lords")) {
        assertTrue(VerblessRow.is(Language.EN, name + " (" + p + ")."), name + " (" + p + ")");
        assertTrue(VerblessRow.is(Language.EN, name + ": " + p + "."), name + ": " + p);
      }
      // A verb in the words before the period makes them a clause.
      for (String clause : List.of("Nhà Velka cai trị vùng này", "Quân Orvin chiếm đóng thành",
          "Vua Arvid đã dời đô")) {
        assertFalse(VerblessRow.is(Language.VI, clause + " (" + p + ")."), clause);
      }
      for (String clause : List.of("King Arvid ruled the coast", "The Orvin lords were regents")) {
        assertFalse(VerblessRow.is(Language.EN, clause + " (" + p + ")."), clause);
      }
    }
  }
}
