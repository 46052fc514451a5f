package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A document's code (number/year/issuer, number/issuer, number-issuer/issuer, written without a
 * space) names one document: neither its number nor its year is a fact, in a title, a "pursuant
 * to" line or the body; the date written after the code stays a fact, and a rate ("5/kg") or a
 * day/month/year date stays what it is.
 */
class DocumentCodesTest {
  private static void noFigureOf(Language lang, String text, String... figures) {
    String found = Facts.describe(lang, text);
    for (String f : figures) {
      assertFalse(found.matches("(?s)(^|.*[ :])" + java.util.regex.Pattern.quote(f) + "=.*"),
          f + " in " + found);
    }
  }

  @Test
  void aVietnameseDocumentsCodeHoldsNoFigure() {
    String title = "Chương III Nghị định 64/2011/NĐ-CP về quản lý chợ nổi và bến đò ngang\n\n";
    noFigureOf(Language.VI, title, "64", "2011");
    String cite = "Căn cứ Quyết định số 2718/QĐ-TTg ngày 9 tháng 11 năm 2010 của Thủ tướng;\n";
    noFigureOf(Language.VI, cite, "2718");
    assertTrue(Facts.describe(Language.VI, cite).contains("2010-11-09"));
    noFigureOf(Language.VI, "Căn cứ Chỉ thị 08-CT/TW của Ban Bí thư về công tác đê điều;\n", "08", "8");
    String body = "Nghị định 64/2011/NĐ-CP được Chính phủ ban hành ngày 14 tháng 6 năm 2011 và có "
        + "hiệu lực sau 45 ngày.\n";
    noFigureOf(Language.VI, body, "64");
    assertTrue(Facts.describe(Language.VI, body).contains("2011-06-14"));
    assertTrue(Facts.describe(Language.VI, "Luật số 17/2003/QH11 về thủy sản được thông qua.\n")
        .indexOf("17=") < 0);
  }

  @Test
  void anEnglishDocumentsCodeHoldsNoFigure() {
    noFigureOf(Language.EN, "Decree 88/2004/ND-CP on ferry landings\n\n", "88", "2004");
    String cite = "Pursuant to Decision No. 915/QD-BGTVT of 3 April 2002 of the Minister;\n";
    noFigureOf(Language.EN, cite, "915");
    assertTrue(Facts.describe(Language.EN, cite).contains("2002-04-03"));
    noFigureOf(Language.EN, "Under Directive 21-CT/TW the harbour offices were merged.\n", "21");
    assertTrue(Facts.describe(Language.EN, "The market sold rice at 5/kg to 300 families.\n")
        .contains("300"));
  }

  @Test
  void aHebrewDocumentsCodeHoldsNoFigure() {
    noFigureOf(Language.HE, "צו 73/1958/מש-ק על ניהול המעגנות\n\n", "73", "1958");
    String cite = "בהתאם להחלטה 412/הח-מ מיום 7 במאי 1957 של הממשלה;\n";
    noFigureOf(Language.HE, cite, "412");
    assertTrue(Facts.describe(Language.HE, cite).contains("1957-05-07"));
  }
}
