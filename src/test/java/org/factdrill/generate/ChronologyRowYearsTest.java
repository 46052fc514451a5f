package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * On a chronology covering centuries, the story that bounds one row's wrong years is the rows
 * around it (a chronology writes its rows in order), and a clause that says its event ends a war
 * or another span takes no wrong year after its own year + 1. Texts made up; several wordings
 * (a dash row, a colon row, prose), several seeds (options are drawn at random).
 */
class ChronologyRowYearsTest {

  private static final String DASH_ROWS = """
      Chronology of the Varkos lands

      - 1712 – The first stone fort was built at Karsk by the duke's masons.
      - 1788 – The old duchy was divided between the two ruling houses.
      - 1861 – The Varkos War began when the northern towns rose against the duke.
      - 1863 – The northern army took the river port of Elm after a long siege.
      - 1865 – The rebels accepted the terms ending the war at Marrow Hill.
      - 1867 – The new assembly met for the first time in the hall at Karsk.
      - 1869 – A railway joined Karsk to the sea at the port of Vell.
      - 1921 – The duchy's last prince died in exile in a foreign city.
      - 1990 – The old stone fort at Karsk became a museum of the duchy.
      """;

  private static final String COLON_ROWS = """
      Timeline of the Orsk uprising

      1702: The town charter of Orsk was granted by the crown.
      1796: The first printing press of Orsk opened on the market square.
      1848: The Orsk Uprising broke out among the weavers of the lower town.
      1849: Troops of the crown entered the lower town of Orsk in spring.
      1850: The weavers signed the peace that concluded the uprising at Orsk.
      1852: A new town council of Orsk was elected by the guilds.
      1853: The weavers' guild hall was rebuilt on the river bank.
      1911: The last of the old weavers' mills closed its doors.
      1989: The town hall of Orsk was listed as a monument.
      """;

  private static List<Integer> wrongYears(String text, String rowStart, long seed) {
    Result r = Fixtures.extracted(seed, Language.EN, text);
    return r.bank().questions().stream()
        .filter(q -> q instanceof Question.Choice && q.prompt().contains(rowStart))
        .flatMap(q -> q.options().stream().filter(o -> !o.equals(q.answer().text())))
        .map(o -> Integer.parseInt(o.replaceAll("\\D", ""))).toList();
  }

  private static void within(String text, String row, int lo, int hi) {
    boolean asked = false;
    for (long seed = 1; seed <= 8; seed++) {
      List<Integer> years = wrongYears(text, row, seed);
      asked |= !years.isEmpty();
      for (int y : years) {
        assertTrue(y >= lo && y <= hi, "seed " + seed + ", " + row + ": " + years);
      }
    }
    assertTrue(asked, "not asked as a choice: " + row);
  }

  @Test
  void aRowsWrongYearsStayAmongTheRowsAroundIt() {
    // From the second row before to the second row after, widened by three years as the story's
    // span is: 1849 and 1911 around the council of 1852; 1848 and 1853 around the peace of 1850.
    within(COLON_ROWS, "A new town council", 1846, 1914);
    within(DASH_ROWS, "The new assembly met", 1860, 1924);
  }

  @Test
  void aRowThatEndsAWarTakesNoYearAfterTheWarsEnd() {
    within(DASH_ROWS, "The rebels accepted the terms ending the war", 1858, 1866);
    within(COLON_ROWS, "The weavers signed the peace that concluded the uprising", 1845, 1851);
  }

  @Test
  void aClauseInProseThatEndsAWarTakesNoYearAfterIt() {
    String prose = """
        The Tarn Rebellion

        The Tarn Rebellion broke out in the hill country in 1830 and spread to the coast.
        The rebellion ended in 1836, when the last bands came down from the hills.
        A new road to the hill country was opened in 1841 by the governor.
        """;
    for (long seed = 1; seed <= 8; seed++) {
      for (int y : wrongYears(prose, "The rebellion ended", seed)) {
        assertTrue(y <= 1837, "seed " + seed + ": " + y);
      }
    }
  }

  @Test
  void aTimeCountedFromASpansEndOrARowOutsideAChronologyIsNotBounded() {
    assertFalse(SpanEnds.endsASpan(Language.HE,
        "ב-3 ביוני, כשלושה ימים לפני סיום המצור, נחתמה האמנה בעיר הנמל."));
    assertFalse(SpanEnds.endsASpan(Language.EN,
        "By the end of 1862 the war had spread to the western valleys."));
    assertTrue(SpanEnds.endsASpan(Language.HE, "בשנת 1836 הסתיים המרד בהרי הצפון."));
    assertTrue(SpanEnds.endsASpan(Language.VI, "Năm 1836, cuộc khởi nghĩa kết thúc ở vùng núi."));
    assertTrue(SpanEnds.endsASpan(Language.EN, "The treaty put an end to the war in 1836."));
  }
}
