package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Span;

/**
 * Issue 20, rubric 3: a numbered list flattened into one line ("1. Army 2. Taxes 3. Coinage", a
 * table of contents pasted from a page) holds item numbers, not figures: each number closed by a
 * period before an item's words, with its neighbour written so in the same line, is not asked,
 * whatever the language and wherever the run starts. A lone number before a sentence's period is.
 */
class InlineListNumbersTest {
  private static final List<String> ITEMS = List.of("Việc binh chế", "Army and fleet",
      "Thuế điền và sưu dịch", "The coinage", "Hình luật", "Schools and examinations",
      "Việc đắp đê", "Roads and posts", "Quan chế");

  private static Fact number(String text, int at, int n) {
    String shown = String.valueOf(n);
    return new Fact(at, at + shown.length(), shown, FactKind.NUMBER,
        new Value.Num(java.math.BigDecimal.valueOf(n)), null, false, new Span(0, text.length()));
  }

  @Property(tries = 80)
  void everyNumberOfAListRunIntoALineIsAnItemNumber(@ForAll @IntRange(min = 1, max = 40) int first,
      @ForAll @IntRange(min = 2, max = 8) int count, @ForAll @IntRange(min = 0, max = 8) int shift) {
    StringBuilder line = new StringBuilder("Contents: ");
    int[] at = new int[count];
    for (int i = 0; i < count; i++) {
      at[i] = line.length();
      line.append(first + i).append(". ").append(ITEMS.get((shift + i) % ITEMS.size())).append(' ');
    }
    String text = "A history of the realm\n" + line + "\nThe realm had many provinces.\n";
    int base = text.indexOf("Contents: ");
    for (int i = 0; i < count; i++) {
      Fact f = number(text, base + at[i], first + i);
      assertTrue(TrivialFigures.inlineItem(text, f), text);
      ValueRules.Skip s = new TrivialFigures().of(org.factdrill.text.Language.VI, text, f);
      assertEquals(SkipReason.IDENTIFIER, s == null ? null : s.reason(), text);
    }
  }

  @Property(tries = 40)
  void aNumberEndingASentenceIsNoItemNumber(@ForAll @IntRange(min = 2, max = 99) int n) {
    for (String text : List.of("The fleet counted " + n + ". Then a storm sank three ships.",
        "Đoàn thuyền có " + n + ". Sau đó bão đánh chìm ba chiếc.",
        "Year one: " + n + ". Year two brought " + (n + 2) + ". More came later.",
        "A list on two lines\n" + (n - 1) + ". Army\nThe fleet counted " + n + ". Then it sailed.")) {
      int at = text.lastIndexOf(String.valueOf(n) + ". ");
      assertFalse(TrivialFigures.inlineItem(text, number(text, at, n)), text);
    }
  }

  @Property(tries = 40)
  void aNumberThatIsASentenceOfItsOwnNumbersWhatFollows(@ForAll @IntRange(min = 1, max = 60) int n) {
    String text = "Quan lại đều do triều đình bổ nhiệm. " + n + ". Binh chế. Quân chia làm năm đạo.";
    int at = text.indexOf(n + ". Binh");
    Fact alone = new Fact(at, at + String.valueOf(n).length(), String.valueOf(n), FactKind.NUMBER,
        new Value.Num(java.math.BigDecimal.valueOf(n)), null, false,
        new Span(at, at + String.valueOf(n).length() + 1));
    ValueRules.Skip s = new TrivialFigures().of(org.factdrill.text.Language.VI, text, alone);
    assertEquals(SkipReason.IDENTIFIER, s == null ? null : s.reason(), text);
    String prose = "Quân chia làm " + n + " đạo đóng dọc biên giới.";
    Fact counted = new Fact(14, 14 + String.valueOf(n).length(), String.valueOf(n), FactKind.NUMBER,
        new Value.Num(java.math.BigDecimal.valueOf(n)), "đạo", false, new Span(0, prose.length()));
    assertEquals(null, new TrivialFigures().of(org.factdrill.text.Language.VI, prose, counted), prose);
  }
}
