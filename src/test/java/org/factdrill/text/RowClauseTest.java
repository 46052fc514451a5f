package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row is a whole clause when it holds a finite verb of its language (pack data): in a script
 * with capitals never a capitalised word, and where the subject comes first never the row's
 * first word; a Hebrew clause may open with its verb, written with a prefix letter or not.
 */
class RowClauseTest {
  @Test
  void rowsWithAFiniteVerbAreClauses() {
    for (String s : List.of("Merchants from Zelbin reach the harbour.", "The council voted twice",
        "Governor Hale signs the charter", "The town was burned by raiders",
        "A great fire destroys the market")) {
      assertTrue(RowClause.is(Language.EN, s), s);
    }
    for (String s : List.of("Quân Zelbin tấn công thành Marnov.", "Hiệp ước được ký kết",
        "Chợ Vân Hà bị cháy")) {
      assertTrue(RowClause.is(Language.VI, s), s);
    }
    for (String s : List.of("נוסדה המושבה זלבין", "ונחתם הסכם בין זלבין למרנוב",
        "צבא זלבין כבש את מרנוב", "תושבי זלבין הקימו בית חולים")) {
      assertTrue(RowClause.is(Language.HE, s), s);
    }
  }

  @Test
  void namesAndNounPhrasesAreNoClauses() {
    for (String s : List.of("Siege of Zelbin", "Zelbin, Marnov, Kovla", "Armed revolt in Kovla",
        "Founded the town", "founded the town", "Treaty of the Hundred Towns", "Plague")) {
      assertFalse(RowClause.is(Language.EN, s), s);
    }
    for (String s : List.of("Khởi nghĩa Vân Hà", "Thành lập Đảng Tân Mỹ", "Vân Hà, Phú Lộc",
        "Cách mạng tháng Tám")) {
      assertFalse(RowClause.is(Language.VI, s), s);
    }
    for (String s : List.of("ייסוד זלבין", "זלבין, מרנוב, קובלה", "מצור על מרנוב",
        "חנוכת בית הספר החדש")) {
      assertFalse(RowClause.is(Language.HE, s), s);
    }
  }

  @Test
  void aHebrewPastTenseOfADerivedStemIsKnownByItsForm() {
    // None of these verbs is in the pack's list: each is known by its stem's prefix and suffix.
    for (String s : List.of("חיילי זלבין התבצרו בגבעה", "מחנה מרנוב התפזר", "נמסר המכתב למושל",
        "ונמסרה העיר לזלבין", "הוכתר זלבין השני למלך", "הוקדשה האנדרטה לנופלים",
        "המורדים הבריחו סוסים מהעיר", "אנשי קובלה השיבו אש", "שכנמסרו הכלים לעירייה",
        "התפרסם העיתון הראשון של זלבין", "והתבססה הקהילה במרנוב")) {
      assertTrue(RowClause.is(Language.HE, s), s);
    }
  }

  @Test
  void hebrewNounsOfAVerbsShapeAreNoVerbs() {
    // The noun's vowel letter stands where the verb has a root letter, or it ends as no 3ms verb.
    for (String s : List.of("התנועה הלאומית של זלבין", "נשיא מרנוב", "נקודת המפנה בקובלה",
        "הוועד המרכזי של זלבין", "התחלה חדשה במרנוב", "הודעה רשמית של זלבין", "הנשיא זלבין",
        "הבחירה במרנוב", "התקופה העות'מאנית בקובלה", "נסיגה מקובלה", "הוראות המושל",
        "התושב הראשון של זלבין", "בהתקפת זלבין על מרנוב", "נחלת משפחת זלבין",
        "בהודעתו של ראש מרנוב", "בנוסף לזלבין")) {
      assertFalse(RowClause.is(Language.HE, s), s);
    }
  }
}
