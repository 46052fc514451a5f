package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Relative counts of years and months ("two years later", "3 years afterwards", "three months
 * before", "ba năm sau", "כעבור שלוש שנים", "через два года"): the count in digits or in the
 * pack's words, resolved against the nearest explicit date before, with that date as evidence;
 * months need a date that names its month; what nothing resolves is not resolved (not asked).
 */
class RelativeCountsTest {
  private static final RelativeTime RELATIVE = new RelativeTime();

  /** Each relative expression of the text with its year (-1: unresolved) and evidence text. */
  private static List<String> resolve(Language lang, String text) {
    TimeAnchors anchors = TimeAnchors.of(lang, text,
        SharedExtractor.get().extract(new org.factdrill.text.Document("t", text, lang)));
    return RELATIVE.find(lang, text, 0, text.length()).stream().map(f -> {
      RelativeTime.Resolved r = RELATIVE.resolve(f, anchors);
      return f.text() + "=" + r.year() + (r.ok() ? " from " + r.evidence().text() : "");
    }).toList();
  }

  @Test
  void countsInWordsOrDigitsCountFromTheDateBefore() {
    assertEquals(List.of("Two years later=1952 from 1950"),
        resolve(Language.EN, "The dam was begun in 1950. Two years later it burst."));
    assertEquals(List.of("seventeen years afterwards=1967 from 1950"),
        resolve(Language.EN, "The dam was begun in 1950 and seventeen years afterwards it burst."));
    assertEquals(List.of("4 years earlier=1946 from 1950"),
        resolve(Language.EN, "The dam was begun in 1950; 4 years earlier a flood had come."));
    assertEquals(List.of("three years before=1947 from 1950"),
        resolve(Language.EN, "The dam opened in 1950; three years before, a flood had come."));
  }

  @Test
  void monthsCountFromADateThatNamesItsMonth() {
    assertEquals(List.of("Ten months later=1951 from March 1950"),
        resolve(Language.EN, "The dam opened in March 1950. Ten months later it burst."));
    assertEquals(List.of("three months before=1949 from February 1950"),
        resolve(Language.EN, "The dam opened in February 1950; three months before, a flood came."));
    // From a bare year the month count leaves the year unknown: not resolved, so not asked.
    assertEquals(List.of("Ten months later=-1"),
        resolve(Language.EN, "The dam opened in 1950. Ten months later it burst."));
  }

  @Test
  void aWordThatIsNoCountIsNoRelativeCount() {
    // "after the war": counted from an event, not from the date before it.
    assertEquals(List.of(),
        resolve(Language.EN, "The dam opened in 1950, two years after the war ended."));
    assertFalse(resolve(Language.EN, "Nothing happened in 1950.").contains("x"));
  }

  @Test
  void everyPackCountsInItsOwnWords() {
    assertEquals(List.of("ba năm sau=1957 from năm 1954"),
        resolve(Language.VI, "Đập được khởi công năm 1954, ba năm sau thì hoàn thành."));
    assertEquals(List.of("וכעבור שלוש שנים=1951 from ב-1948"),
        resolve(Language.HE, "הסכר נבנה ב-1948, וכעבור שלוש שנים הוא נפתח."));
    assertEquals(List.of("через два года=1952 from 1950 году"),
        resolve(Language.fromCode("ru").orElseThrow(), "Плотину начали строить в 1950 году, а через два года открыли."));
  }
  @Test
  void aCountBeforeAnEventCountsFromTheEventNotTheDateBefore() {
    // "N năm sau khi …" / "N năm trước khi …" (N years after / before something happened), like
    // "two years after the war": no year is counted from the date before.
    assertEquals(List.of(), resolve(Language.VI, "Năm 1954 đập được khởi công, 10 năm sau khi"
        + " chiến tranh kết thúc."));
    assertEquals(List.of(), resolve(Language.VI, "Năm 1954 đập được khởi công, 3 năm trước khi"
        + " thành phố mở rộng."));
    assertEquals(List.of(), resolve(Language.VI, "Năm 1954 đập được khởi công, một năm sau khi"
        + " chiến tranh kết thúc."));
  }

  @Test
  void aCountInWordsBeforeAgoCountsBackFromTheDocumentsDate() {
    String dated = "HARBOUR TOWN\n5 May 2002\n\n";
    for (String[] c : new String[][] {{"Sixty", "1942"}, {"twelve", "1990"}, {"42", "1960"}}) {
      assertEquals(List.of(c[0] + " years ago=" + c[1] + " from 5 May 2002"),
          resolve(Language.EN, dated + c[0] + " years ago the dam was begun by the town.\n")
              .stream().filter(x -> x.contains("ago")).toList());
    }
  }

  /**
   * Census of batch s21 (twenty-first review): a tens word and a units word are one count whether
   * a hyphen or a space joins them, so the count resolves with the document's date line.
   */
  @Test
  void aTensWordAndAUnitsWordAreOneCountWithASpaceOrAHyphen() {
    String dated = "HARBOUR TOWN\n5 May 2002\n\n";
    for (String[] c : new String[][] {{"thirty five", "1967"}, {"Thirty-five", "1967"},
        {"Ninety nine", "1903"}, {"twenty-one", "1981"}, {"forty", "1962"}}) {
      assertEquals(List.of(c[0] + " years ago=" + c[1] + " from 5 May 2002"),
          resolve(Language.EN, dated + "The mill closed " + c[0]
              + " years ago, when the river silted.\n").stream()
              .filter(x -> x.contains("ago")).toList());
    }
    assertEquals(List.of("sixty two months ago=1997 from 5 May 2002"),
        resolve(Language.EN, dated + "Its roof fell in sixty two months ago.\n").stream()
            .filter(x -> x.contains("ago")).toList());
    assertEquals(List.of("thirty five years ago=-1"),
        resolve(Language.EN, dated + "A hundred thirty five years ago the dam was begun.\n")
            .stream().filter(x -> x.contains("ago")).toList());
  }
}
