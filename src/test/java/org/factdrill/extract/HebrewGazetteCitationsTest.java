package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Hebrew legal citation: the number after an official gazette's abbreviation (the statute book,
 * the regulations' collection, the official journal, the bills' book, the court reports) is its
 * issue or volume, a reference and never a figure, whether the abbreviation is written with the
 * gershayim or an ASCII quote, with or without a prefix letter. Invented amendment notes and
 * sentences; figures of prose beside a citation stay.
 */
class HebrewGazetteCitationsTest {
  private static final String[] GAZETTES = {"ס\"ח", "ס״ח", "ק\"ת", "ק״ת", "י\"פ", "י״פ", "ה\"ח",
      "ה״ח", "ע\"ר", "פ\"ד", "פ״ד"};
  private static final String[] MONTHS = {"בינואר", "בפברואר", "במרס", "באפריל", "במאי", "ביוני",
      "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"};

  @Test
  void theIssueAfterAGazettesAbbreviationIsNoFigure() {
    Random r = new Random(2071);
    for (int n = 0; n < 200; n++) {
      String g = GAZETTES[n % GAZETTES.length];
      int year = 1950 + r.nextInt(70);
      int issue = 300 + r.nextInt(2700);
      String s = switch (n % 4) {
        case 0 -> "תיקון מס' " + (1 + r.nextInt(9)) + " (" + (1 + r.nextInt(28)) + " "
            + MONTHS[r.nextInt(12)] + " " + year + ") " + g + " " + issue + ": סעיף "
            + (1 + r.nextInt(20)) + ".";
        case 1 -> "הפקודה פורסמה בשנת " + year + " (" + g + " " + issue + ", עמ' "
            + (10 + r.nextInt(400)) + ").";
        case 2 -> "בשנת " + year + " פורסם התיקון ב" + g + " " + issue + ".";
        default -> "החוק נחקק בשנת " + year + ", " + g + " " + issue + ".";
      };
      String d = Facts.describe(Language.HE, s);
      assertTrue(!d.contains("=" + issue) && !d.contains("\"" + issue + "\""), s + " -> " + d);
    }
  }

  @Test
  void figuresBesideAGazetteCitationStay() {
    String s = "בשנת 1961 פורסם החוק (ס\"ח 340) ולפיו הוקמו 12 מועצות אזוריות.";
    String d = Facts.describe(Language.HE, s);
    assertTrue(d.contains("=12"), d);
    assertTrue(d.contains("1961"), d);
    String prose = "בשנת 1975 נבנו 1450 דירות חדשות בעיר.";
    assertTrue(Facts.describe(Language.HE, prose).contains("1450"), prose);
  }
}
