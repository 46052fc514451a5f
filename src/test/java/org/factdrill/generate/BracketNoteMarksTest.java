package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 61 of the twenty-second review: "(N)", a small number alone in round brackets right
 * after a noun phrase and before the clause goes on, is an editor's note mark like "[N]": no
 * fact, and out of the prompt. A count in brackets before its counted noun stays. Vietnamese and
 * English, in prose and in a list row, with and without a year. Texts made up.
 */
class BracketNoteMarksTest {
  private static List<Fact> facts(String text, Language lang) {
    return SharedExtractor.get().extract(new Document("t.txt", text, lang));
  }

  private static boolean hasNumber(List<Fact> fs, String written) {
    return fs.stream().anyMatch(f -> f.kind() == FactKind.NUMBER && f.text().contains(written));
  }

  private static final String[][] MARKS = {
      {"vi", "Ngày 1 tháng 1 năm 1950, Ủy ban (12) nhận chức tại thị xã Bắc Lâm.", "(12)"},
      {"vi", "Hội đồng tỉnh Hòa Lâm (3) đã họp phiên đầu tiên vào ngày 4 tháng 5 năm 1951.", "(3)"},
      {"vi", "1952 – Ban chấp hành (7), sau nhiều tháng tranh luận, thông qua điều lệ mới.", "(7)"},
      {"vi", "Năm 1953, Trường Sư phạm Bắc Lâm (21) mở lớp học đầu tiên cho giáo viên.", "(21)"},
      {"en", "On 1 January 1950 the harbour council (12) took office in Varnholm.", "(12)"},
      {"en", "In 1951 the new charter (4), after a long debate, was adopted by the town.", "(4)"},
      {"en", "1952 – The river board (9) approved the plan for a second bridge.", "(9)"}};

  @Test
  void aBracketedSmallNumberAfterANounPhraseIsANoteMark() {
    for (String[] c : MARKS) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      List<Fact> fs = facts(c[1] + "\n", lang);
      String n = c[2].substring(1, c[2].length() - 1);
      assertFalse(hasNumber(fs, n), fs + "\n" + c[1]);
      String clean = PromptBuilder.clean(c[1]);
      assertFalse(clean.contains(c[2]), clean);
      assertFalse(clean.contains("  "), clean);
    }
  }

  @Test
  void aBracketedCountBeforeItsCountedNounStays() {
    String[][] counts = {
        {"vi", "Năm 1950, Ủy ban có (12) thành viên từ các huyện miền núi.", "12"},
        {"vi", "Năm 1950, đoàn đã đi (3) ngày đường mới tới Bắc Lâm.", "3"},
        {"en", "In 1950 the harbour council had (12) members from the old guilds.", "12"},
        {"en", "In 1950 the board met for (3) days in Varnholm.", "3"}};
    for (String[] c : counts) {
      assertTrue(PromptBuilder.clean(c[1]).contains("(" + c[2] + ")"), c[1]);
      List<Fact> fs = facts(c[1] + "\n", Language.fromCode(c[0]).orElseThrow());
      assertTrue(hasNumber(fs, c[2]), fs + "\n" + c[1]);
    }
  }

  @Test
  void aBracketedNumberAfterADesignatorIsAReference() {
    String[] refs = {"In 1950 the words of section (2), as amended, were read to the council.",
        "Năm 1950, Điều (3) được sửa lại theo đề nghị của Hội đồng tỉnh."};
    for (String r : refs) {
      assertTrue(PromptBuilder.clean(r).contains("("), PromptBuilder.clean(r));
    }
  }
}
