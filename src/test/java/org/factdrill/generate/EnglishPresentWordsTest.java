package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The English pack lists the writer's present as the Vietnamese and Hebrew packs do ("nowadays",
 * "at present", "these days", like "today", "ngày nay", "כיום"): a figure of that present is not
 * asked unless a year resolves it, and the auditor sees it. Invented sentences; each asked at
 * review-base-s21.
 */
class EnglishPresentWordsTest {
  @Test
  void aFigureOfTheWritersPresentIsNotAsked() {
    for (String w : List.of("Nowadays", "At present", "These days")) {
      Result r = Fixtures.extracted(Language.EN, "The Harbour of Wellmouth\n\nThe harbour was "
          + "dug by the town guild in 1702.\n\n" + w + " the port sends grain to 25 countries "
          + "across the sea.\n");
      assertTrue(Fixtures.asking(r, "25").isEmpty(), w + ": " + r.report().format(r.bank()));
      assertTrue(new RelativeTime().find(Language.EN, w + " the port", 0, w.length() + 9).size()
          == 1, w);
    }
  }
}
