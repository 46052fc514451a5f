package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 1: a count beside "so far", "until now", "from now on" ("đến nay", "עד
 * כה") holds as of when the text was written; in a text that states no date of its own it is not
 * asked (relative_time), while a date in such a clause, or a count in a dated text, is. Every
 * sentence is made up.
 */
class OpenNowTest {

  @Test
  void aCountUpToAnUnstatedPresentIsNotAskedInEachLanguage() {
    String[][] cases = {
        {"en", "Floods in the valley", "The floods have destroyed {{300|number|300}} houses in the valley so far."},
        {"en", "Floods in the valley", "Until now, {{300|number|300}} families have left the valley."},
        {"en", "Floods in the valley", "From now on, {{40|number|40}} boats will guard the river mouth."},
        {"vi", "Lũ lụt ở thung lũng", "Đến nay, trận lụt đã phá hủy {{300|number|300}} ngôi nhà trong thung lũng."},
        {"vi", "Lũ lụt ở thung lũng", "Trận lụt đã phá hủy {{300|number|300}} ngôi nhà trong thung lũng cho tới nay."},
        {"he", "השיטפונות בעמק", "עד כה הרסו השיטפונות {{300|number|300}} בתים בעמק הצפוני."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      Result r = Fixtures.generate(lang, c[1] + "\n\n" + c[2] + "\n");
      String answer = c[2].replaceFirst(".*\\{\\{([^|]+)\\|.*", "$1");
      assertTrue(Fixtures.clozes(r, answer).isEmpty(), c[2] + r.report().format(r.bank()));
      assertTrue(Fixtures.skipped(r, SkipReason.RELATIVE_TIME, answer), c[2]);
    }
  }

  @Test
  void aDateInSuchAClauseIsAsked() {
    Result r = Fixtures.generate(Language.EN, """
        Radio in the valley

        The valley station has broadcast every evening from {{1951|date|1951}} until now.
        """);
    assertEquals(1, Fixtures.clozes(r, "1951").size(), r.report().format(r.bank()));
  }

  @Test
  void aClauseStatingItsOwnYearHasItsPresentOnScreen() {
    Result r = Fixtures.generate(Language.EN, """
        The valley charter

        The charter signed on {{4 May 1790|date|1790-05-04}} declared that {{nine|number|9}} villages \
        of the valley were from now on one county.
        """);
    assertEquals(1, Fixtures.clozes(r, "nine").size(), r.report().format(r.bank()));
  }

  @Test
  void fromNowOnTakesTheSentenceBeforeThatDatesIt() {
    // A decree's "henceforth": its present is the date the sentence before states, shown with it.
    String[][] cases = {
        {"en", "The valley charter", "The council of Marrow issued a decree on {{4 May 1790|date|1790-05-04}}.",
            "Henceforth, {{nine|number|9}} villages of the valley formed one county."},
        {"en", "The valley charter", "The council of Marrow issued a decree in {{1790|date|1790}}.",
            "From now on, {{40|number|40}} boats would guard the river mouth."},
        {"vi", "Chiếu dời đô", "Vua Lý Văn Đạt ban chiếu vào {{năm 1321|date|1321}}.",
            "Từ nay, {{9|number|9}} làng trong thung lũng phải nộp thuế bằng thóc."},
        {"he", "צו המושל", "המושל פרסם צו חדש בשנת {{1921|date|1921}}.",
            "מעתה נדרשו {{9|number|9}} כפרים בעמק לשלם מס שנתי."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      Result r = Fixtures.generate(lang, c[1] + "\n\n" + c[2] + " " + c[3] + "\n");
      String answer = c[3].replaceFirst(".*\\{\\{([^|]+)\\|.*", "$1");
      String year = c[2].replaceFirst(".*\\|date\\|(\\d{4}).*", "$1");
      var qs = Fixtures.clozes(r, answer);
      assertEquals(1, qs.size(), c[3] + r.report().format(r.bank()));
      assertTrue(qs.get(0).prompt().contains(year), qs.get(0).prompt());
    }
  }

  @Test
  void fromNowOnAfterAnUndatedSentenceInAnUndatedTextIsStillNotAsked() {
    Result r = Fixtures.generate(Language.EN, """
        The valley charter

        The council of Marrow issued a long decree. Henceforth, {{nine|number|9}} villages of the \
        valley formed one county.
        """);
    assertTrue(Fixtures.clozes(r, "nine").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.RELATIVE_TIME, "nine"));
  }

  @Test
  void thePhrasesArePackData() {
    assertEquals("so far", OpenNow.unstated(Language.EN, org.factdrill.extract.FactKind.NUMBER,
        "It has cost 30 lives so far.", false));
    assertEquals(null, OpenNow.unstated(Language.EN, org.factdrill.extract.FactKind.NUMBER,
        "It has cost 30 lives so far.", true), "a text with its own date");
    assertEquals(null, OpenNow.unstated(Language.EN, org.factdrill.extract.FactKind.DATE,
        "It has run from 1951 to this day.", false), "a date");
    assertEquals(null, OpenNow.unstated(Language.fromCode("ru").orElseThrow(),
        org.factdrill.extract.FactKind.NUMBER, "до сих пор 30", false), "a pack without the list");
  }
}
