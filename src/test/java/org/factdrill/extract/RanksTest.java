package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A rank written in digits is a figure where the sentence ranks something by it ("the 14th
 * governor of", "במקום ה־7 בעולם", "xếp thứ 3"), and no figure where it opens a name ("the 27th
 * Regiment", "הוועדה ה-9", "Hội nghị lần thứ 5") or is a day ("the 19th instant").
 */
class RanksTest {
  private static String en(String text) {
    return Facts.describe(Language.fromCode("en").orElseThrow(), text);
  }

  private static String he(String text) {
    return Facts.describe(Language.fromCode("he").orElseThrow(), text);
  }

  private static String vi(String text) {
    return Facts.describe(Language.fromCode("vi").orElseThrow(), text);
  }

  @Test
  void anOrdinalBeforeACommonNounIsAFigure() {
    assertEquals("number:85th=85", en("The college marked its 85th anniversary with a parade."));
    assertEquals("number:3rd=3", en("The team finished in 3rd place after the long season."));
    assertEquals("number:41st=41", en("Ohio became the 41st member of the league."));
  }

  @Test
  void anOrdinalBeforeATitleOfWhatItRanksWithinIsAFigure() {
    assertEquals("number:14th=14", en("Marta Lindqvist, the 14th Governor of the colony, retired."));
  }

  @Test
  void anOrdinalThatOpensANameIsNoFigure() {
    assertEquals("", en("The 27th Regiment crossed the river at dawn."));
    assertEquals("", en("He served as a Corporal 2nd Class under her."));
  }

  @Test
  void anOrdinalDayIsNoRank() {
    assertEquals("", en("We answered your letters of the 12th and 15th instant."));
  }

  @Test
  void aHebrewOrdinalAfterAPlaceInARankingIsAFigure() {
    assertEquals("number:7=7", he("העיר הייתה במקום ה־7 בעולם במספר המוזיאונים."));
    assertEquals("number:11=11", he("הנבחרת סיימה במקום ה-11 בטבלה."));
  }

  @Test
  void aHebrewOrdinalAfterAnotherNounNamesASeriesMember() {
    assertEquals("", he("הוועדה ה-9 דנה בהצעה."));
  }

  @Test
  void aVietnameseOrdinalAfterARankOrAnAnniversaryIsAFigure() {
    assertEquals("number:3=3", vi("Đội bóng xếp thứ 3 trong giải đấu."));
    assertEquals("number:40=40", vi("Trường tổ chức sinh nhật lần thứ 40 rất long trọng."));
  }

  @Test
  void aVietnameseOrdinalOfASeriesIsNoFigure() {
    assertEquals("", vi("Hội nghị lần thứ 5 đã bàn về thuế."));
  }
}
