package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A dash opening a line is the row's, not a minus sign, when the number after it is the row's
 * label ("- 1912: …", "-1912: …", even on a row of its own) or an age ("-16 tuổi …"); nor does
 * a dash opening a line join a range with the number that ended the line above. A signed
 * measure opening a line ("-40 degrees") stays negative. Texts made up.
 */
class RowDashIsNoMinusTest {

  private static List<Fact> facts(String text, Language lang) {
    return SharedExtractor.get().extract(new Document("t.txt", text, lang));
  }

  private static List<String> shown(List<Fact> fs) {
    return fs.stream().map(f -> f.text() + "=" + f.value()).toList();
  }

  @Test
  void aDashBeforeARowsLabelIsNoMinus() {
    List<Fact> en = facts("Harbour history\n\n- 1912: the pier was lengthened.\n\n"
        + "The lighthouse was lit in 1920.\n\n-1931: a second pier was built.\n", Language.EN);
    assertTrue(en.stream().noneMatch(f -> f.text().startsWith("-")), shown(en).toString());
    assertTrue(en.stream().anyMatch(f -> f.text().equals("1912") && f.kind() == FactKind.DATE),
        shown(en).toString());
    assertTrue(en.stream().anyMatch(f -> f.text().equals("1931") && f.kind() == FactKind.DATE),
        shown(en).toString());
  }

  @Test
  void aDashBeforeAnAgeIsNoMinusAndJoinsNoRangeWithTheLineAbove() {
    List<Fact> vi = facts("Tiểu sử ông Lê Văn Hưng, viết năm 1998\n\n-16 tuổi ông đã làm thầy đồ ở làng."
        + "\n\n-21 tuổi ông đỗ cử nhân.\n", Language.VI);
    List<String> s = shown(vi);
    assertTrue(vi.stream().anyMatch(f -> f.text().equals("16")
        && ((Value.Num) f.value()).value().intValue() == 16), s.toString());
    assertTrue(vi.stream().anyMatch(f -> f.text().equals("21")), s.toString());
    assertTrue(vi.stream().noneMatch(f -> f.text().contains("-")), s.toString());
  }

  @Test
  void aSignedMeasureOpeningALineStaysNegative() {
    List<Fact> en = facts("Winter records\n\n-40 degrees was measured at the pass.\n", Language.EN);
    assertEquals(List.of("-40"), en.stream().map(Fact::text).toList());
  }
}
