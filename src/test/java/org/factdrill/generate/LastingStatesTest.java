package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;

/**
 * Issue 20, rubric line 6: a state told with a word of continuation ("were still in use in 1925")
 * went on before and after its year, so another year does not make the sentence false: no choice
 * among years and no false true/false year is made from it, wherever the date stands. The same
 * sentence telling an event keeps both. Invented sentences, generated years.
 */
class LastingStatesTest {
  private static final String[][] FRAMES = {
      {"en", "The old workshops of Varnholt were %s in use in %d, when the firm was sold.",
          "still", "first put"},
      {"en", "In %2$d the ferry of Dellin %1$s its run across the bay.", "still made",
          "first made"},
      {"vi", "Năm %2$d, xưởng sửa chữa của thị trấn Bình Lạc %1$s bên bờ sông.", "vẫn hoạt động",
          "được xây dựng"},
      {"he", "בית הבד של כפר ורדון %s ב-%d.", "עדיין פעל", "נבנה"},
  };

  /** Oracle: with the word of continuation only a cloze asks the year; without it, all types. */
  @Property(tries = 24, seed = "1616")
  void aLastingStateIsAskedOnlyAsACloze(@ForAll @IntRange(min = 0, max = 3) int frame,
      @ForAll @IntRange(min = 1850, max = 1980) int year, @ForAll boolean lasting) {
    String[] f = FRAMES[frame];
    String sentence = String.format(f[1], lasting ? f[2] : f[3], year);
    String text = "Varnholt\n\n" + sentence + "\n";
    var r = Fixtures.extracted(Language.fromCode(f[0]).orElseThrow(), text);
    boolean varied = r.bank().questions().stream()
        .filter(q -> q.facts().get(0).text().contains(String.valueOf(year)))
        .anyMatch(q -> q instanceof Question.Choice
            || q instanceof Question.TrueFalse t && !t.truth());
    if (lasting) {
      assertTrue(!varied, text + r.report().format(r.bank()));
    }
  }
}
