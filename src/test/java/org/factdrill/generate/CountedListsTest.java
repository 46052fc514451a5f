package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A count whose clause goes on past a figure before the colon or bracket that announces its list
 * ("N sailors died in YYYY: A, B and C"), or whose list names people by their initials ("(A. B.
 * Carr, J. Dunn and …)"), can be counted by the student: it is not asked (class 25 of the
 * eighteenth review). A list cut short ("among them") still leaves the count to ask. Invented
 * names and figures, generated.
 */
class CountedListsTest {
  private static final String[] NAMES = {"Ivo Brand", "Sam Keel", "Mara Ost", "Lev Tamm",
      "Ilse Dorn", "Piet Horn", "Ede Malk", "Jon Sarrow", "Anna Vell"};
  private static final String[] INITIALS = {"A. B. Carr", "J. Dunn", "R. T. Eames", "T. Ford",
      "M. Gale", "P. Hale", "S. Innes", "K. L. Jory", "W. Kemp"};
  private static final String[] WORDS = {"", "", "two", "three", "four", "five", "six", "seven",
      "eight", "nine"};

  private static String list(String[] names, int n) {
    return String.join(", ", List.of(names).subList(0, n - 1)) + " and " + names[n - 1];
  }

  @Test
  void aCountIsNotAskedWhenItsClauseAnnouncesThatManyNamesAfterAYear() {
    for (int n = 2; n <= 9; n++) {
      int year = 1890 + 7 * n;
      String count = n % 2 == 0 ? WORDS[n] : String.valueOf(n);
      String text = "The lighthouse crews\n\n" + Character.toUpperCase(count.charAt(0))
          + count.substring(1) + " keepers drowned in " + year + ": " + list(NAMES, n) + ".\n\n"
          + "The harbor board had " + count + " members in " + (year + 3) + " ("
          + list(INITIALS, n) + ").\n";
      Result r = Fixtures.extracted(Language.EN, text);
      assertTrue(Fixtures.asking(r, count).isEmpty()
          && Fixtures.asking(r, Character.toUpperCase(count.charAt(0)) + count.substring(1))
          .isEmpty(), text + "\n" + r.bank().questions());
      assertFalse(Fixtures.asking(r, String.valueOf(year)).isEmpty(), text);
    }
  }

  @Test
  void aCountWhoseListIsCutShortIsStillAsked() {
    String text = "The lighthouse crews\n\nSeven keepers drowned in 1911, among them Ivo Brand and"
        + " Sam Keel.\n\nThe harbor board had 9 members in 1914 (A. B. Carr, J. Dunn and others).\n";
    Result r = Fixtures.extracted(Language.EN, text);
    assertFalse(Fixtures.asking(r, "Seven").isEmpty(), r.report().format(r.bank()));
    assertFalse(Fixtures.asking(r, "9").isEmpty(), r.report().format(r.bank()));
  }
}
