package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.DocumentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 63 of the twenty-second review: a year phrase left after an event named by its month
 * ("Cách mạng tháng Ba năm 1930", the month kept in the name) is still the sentence's year of
 * that month: it dates a yearless day of that month before it in the sentence, as the whole
 * "month year" did, and it is still asked as a year. Sentences made up.
 */
class NamedMonthYearAnchorsTest {
  @TempDir
  Path dir;

  private List<Question> questions(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    Document doc = new DocumentLoader(Optional.empty(), Optional.empty(), false)
        .load(p, name).doc();
    return Fixtures.generate(1, new DocFacts(new SourceText(doc, "0".repeat(64)),
        SharedExtractor.get().extract(doc))).bank().questions();
  }

  @Test
  void aYearAfterAMonthNamedEventDatesTheYearlessDayBeforeItAndIsAsked() throws Exception {
    String[][] texts = {
        {"Ngày 5 tháng 3, ngày kỷ niệm Cách mạng tháng Ba năm 1930, sẽ là ngày lễ lớn của tỉnh Varenna.\n",
            "1930-03-05", "1930"},
        {"Ngày 12 tháng 9, ngày kỷ niệm Khởi nghĩa tháng Chín năm 1874, dân làng Orsel mở hội lớn.\n",
            "1874-09-12", "1874"},
        {"Sáng 21 tháng 6, đúng dịp kỷ niệm cuộc Nổi dậy tháng Sáu năm 1902, quân Quorvex rút khỏi thành.\n",
            "1902-06-21", "1902"}};
    int n = 0;
    for (String[] t : texts) {
      List<Question> qs = questions("v" + n++ + ".txt", t[0]);
      String all = String.join("\n", qs.stream().map(q -> q.prompt() + " = "
          + q.answer().value().compact()).toList());
      assertTrue(qs.stream().anyMatch(q -> q.answer().value().compact().replace("\"", "").equals(t[1])
          && q.prompt().contains("(" + t[2] + ")")), "the day with its year shown\n" + all);
      assertTrue(qs.stream().anyMatch(q -> q.answer().value().compact().replace("\"", "").equals(t[2])),
          "the year asked\n" + all);
    }
  }
}
