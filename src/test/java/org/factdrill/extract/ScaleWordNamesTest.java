package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A scale word alone, capitalised inside a sentence ("nhà Triệu", a dynasty), names something: no number. */
class ScaleWordNamesTest {
  // sentences made up for this test: a name-introducing noun, then a scale word as the name

  private static final Map<Language, List<String[]>> FRAMES = Map.of(
      Language.VI, List.<String[]>of(new String[] {"Quân nhà ", " đánh chiếm vùng đồng bằng."},
          new String[] {"Sau khi họ ", " suy yếu, đất nước chia ra nhiều phần.", },
          new String[] {"Dưới thời vua ", ", dân làng dựng thêm chùa."}),
      Language.EN, List.<String[]>of(new String[] {"The house of ", " ruled the valley for a while."},
          new String[] {"Soldiers of King ", " crossed the river at dawn."}),
      Language.fromCode("ru").orElseThrow(), List.<String[]>of(new String[] {"Войско князя ", " перешло реку на рассвете."}));

  private static final Map<String, String> COUNTS = Map.of("vi", "Họ nuôi 7 %s con bò.",
      "en", "They kept 7 %s cows.", "ru", "Они держали 7 %s коров.");

  @Test
  void aCapitalisedScaleWordAfterAWordInsideASentenceIsNoNumberAndACountOfItIs() {
    Random r = new Random(13);
    int checked = 0;
    for (Map.Entry<Language, List<String[]>> e : FRAMES.entrySet()) {
      Lexicon lex = Lexicon.of(e.getKey());
      for (Map.Entry<String, NumberWord> w : lex.numbers.entrySet()) {
        if (w.getValue().role() != NumberWord.Role.SCALE || !Character.isLetter(w.getKey().charAt(0))) {
          continue;
        }
        String word = w.getKey();
        String[] f = e.getValue().get(r.nextInt(e.getValue().size()));
        String name = f[0] + Character.toUpperCase(word.charAt(0)) + word.substring(1) + f[1];
        assertEquals("", Facts.describe(e.getKey(), name), name);
        String count = COUNTS.get(e.getKey().code()).formatted(word);
        assertFalse(Facts.describe(e.getKey(), count).isEmpty(), count);
        checked++;
      }
    }
    assertTrue(checked >= 10, "scale words checked: " + checked);
  }
}
