package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The writer's present ("Today, …") beside a date that writes its own year comments on the past
 * and leaves that year absolute: the date is asked though nothing resolves "today". A figure of
 * the present itself ("Today the museum holds 3,000 letters") still is not. Invented sentences,
 * generated.
 */
class PresentAsideTest {
  @Test
  void aYearWrittenBesideTheWritersTodayIsAsked() {
    for (String year : List.of("1848", "1861", "1905")) {
      for (String lead : List.of("Today, more than a century after", "Today, long after")) {
        String text = "The Karvo Rising\n\nThe weavers of Karvo rose against the guild masters in "
            + "the spring of 1840.\n\n" + lead + " the rising of the Karvo weavers was crushed in "
            + year + ", the market square of Karvo holds a small museum of their looms.\n";
        assertFalse(Fixtures.asking(Fixtures.extracted(Language.EN, text), year).isEmpty(),
            lead + " " + year);
      }
    }
  }

  @Test
  void aFigureOfThePresentIsNotAsked() {
    String text = "The Karvo Rising\n\nThe weavers of Karvo rose against the guild masters in the "
        + "spring of 1840.\n\nToday the museum of the Karvo weavers holds 3,000 letters of the "
        + "rising.\n";
    assertTrue(Fixtures.asking(Fixtures.extracted(Language.EN, text), "3,000").isEmpty());
  }

  @Test
  void onlyTheDocumentsOwnDayAsideFromTheFactCounts() {
    var today = new RelativeTime.Found(0, 5, "Today", RelativeTime.Kind.DOC, 'd', 0, 0);
    var lastYear = new RelativeTime.Found(0, 9, "last year", RelativeTime.Kind.DOC, 'y', -1, 0);
    var fact = new org.factdrill.extract.Fact(40, 44, "1865", org.factdrill.extract.FactKind.DATE,
        new org.factdrill.extract.Value.Date("1865"), null, false, null, null);
    assertTrue(RelativeTime.presentAside(today, fact));
    assertFalse(RelativeTime.presentAside(lastYear, fact));
  }
}
