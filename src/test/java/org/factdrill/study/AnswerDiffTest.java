package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.factdrill.study.AnswerDiff.Kind;
import org.factdrill.study.AnswerDiff.Segment;
import org.junit.jupiter.api.Test;

/** The typed answer against the right one, marked so it reads without colour. */
class AnswerDiffTest {
  @Test
  void swappedDigitsOfAYearAreMarkedCharacterByCharacter() {
    assertEquals("19[-4-]5{+4+}", AnswerDiff.marked("1945", "1954"));
    assertEquals("199[-2-]{+1+}", AnswerDiff.marked("1992", "1991"));
  }

  @Test
  void wordsMissingFromTheAnswerAndExtraWordsAreMarkedAsWords() {
    assertEquals("26 Dec{+ember+} 1991", AnswerDiff.marked("26 Dec 1991", "26 December 1991"));
    assertEquals("{+mùa thu năm +}199[-2-]{+1+}", AnswerDiff.marked("1992", "mùa thu năm 1991"));
    assertEquals("[-about -]500", AnswerDiff.marked("about 500", "500"));
  }

  @Test
  void unrelatedWordsAreReplacedWholeAndComposedFormsCompareEqual() {
    assertEquals("[-nineteen-]{+1993+}", AnswerDiff.marked("nineteen", "1993"));
    // Decomposed (NFD) Vietnamese typed against the composed answer: no difference.
    assertEquals("tháng 11", AnswerDiff.marked(
        java.text.Normalizer.normalize("tháng 11", java.text.Normalizer.Form.NFD), "tháng 11"));
  }

  @Test
  void segmentsKeepTheirKind() {
    assertEquals(List.of(new Segment(Kind.SAME, "23"), new Segment(Kind.TYPED, "."),
        new Segment(Kind.MISSING, ","), new Segment(Kind.SAME, "000")),
        AnswerDiff.of("23.000", "23,000"));
  }

  /** Oracle: the shared and typed segments spell the typed text, shared and missing the answer. */
  @Property(tries = 300, seed = "1616")
  void theSegmentsRebuildBothTexts(@ForAll @StringLength(max = 30) String typed,
      @ForAll @StringLength(max = 30) String answer) {
    String t = java.text.Normalizer.normalize(typed.strip(), java.text.Normalizer.Form.NFC);
    String a = java.text.Normalizer.normalize(answer.strip(), java.text.Normalizer.Form.NFC);
    StringBuilder left = new StringBuilder();
    StringBuilder right = new StringBuilder();
    for (Segment s : AnswerDiff.of(typed, answer)) {
      if (s.kind() != Kind.MISSING) {
        left.append(s.text());
      }
      if (s.kind() != Kind.TYPED) {
        right.append(s.text());
      }
    }
    assertEquals(t, left.toString());
    assertEquals(a, right.toString());
  }
}
