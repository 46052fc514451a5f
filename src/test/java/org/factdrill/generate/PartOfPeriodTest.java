package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 30 (eighteenth session), options: a count of years that is a part of the longest period
 * the page states takes no wrong value longer than that period. Every text here is made up.
 */
class PartOfPeriodTest {

  @Test
  void aPartsYearsNeverExceedThePeriodThePageGives(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Nhà Lạc\n\nNhà Lạc là một triều đại tồn tại từ"
        + " năm 1010 đến năm 1170. Chức khu mật sứ của triều đình được duy trì trong 140 năm.\n");
    Question q = r.bank().questions().stream().filter(x -> x.type() == QuestionType.CHOICE
        && x.answer().text().equals("140")).findFirst().orElse(null);
    assertTrue(q != null, r.report().format(r.bank()));
    for (String o : q.options()) {
      assertTrue(Integer.parseInt(o.replaceAll("\\D", "")) <= 160, o + " in " + q.options());
    }
  }
}
