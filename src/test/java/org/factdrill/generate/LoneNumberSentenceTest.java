package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Issue 20, rubric 3: a small number that is a sentence of its own ("… the court. 3. Taxes.")
 * states nothing: it numbers the heading or item after it, so it is not asked; the same number
 * counting something in prose is. (A list run into one line is the extractor's: ItemNumbersTest.)
 */
class LoneNumberSentenceTest {
  @Property(tries = 40, seed = "1616")
  void aNumberThatIsASentenceOfItsOwnNumbersWhatFollows(@ForAll @IntRange(min = 1, max = 60) int n) {
    String text = "Quan lại đều do triều đình bổ nhiệm. " + n + ". Binh chế. Quân chia làm năm đạo.";
    int at = text.indexOf(n + ". Binh");
    Fact alone = new Fact(at, at + String.valueOf(n).length(), String.valueOf(n), FactKind.NUMBER,
        new Value.Num(java.math.BigDecimal.valueOf(n)), null, false,
        new Span(at, at + String.valueOf(n).length() + 1));
    ValueRules.Skip s = new TrivialFigures().of(Language.VI, text, alone);
    assertEquals(SkipReason.IDENTIFIER, s == null ? null : s.reason(), text);
    String prose = "Quân chia làm " + n + " đạo đóng dọc biên giới.";
    Fact counted = new Fact(14, 14 + String.valueOf(n).length(), String.valueOf(n), FactKind.NUMBER,
        new Value.Num(java.math.BigDecimal.valueOf(n)), "đạo", false, new Span(0, prose.length()));
    assertEquals(null, new TrivialFigures().of(Language.VI, prose, counted), prose);
  }
}
