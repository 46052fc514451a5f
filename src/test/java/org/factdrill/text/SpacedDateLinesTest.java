package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.extract.Fact;
import org.factdrill.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * A dateline whose numeric date has spaces around its separators ("Quorvex, ngày 5 - 3 - 1946",
 * "5 / 3 / 1946"), as typed legal texts write it, is a date: its dashes are not an address's
 * parts, its slashes not a menu's, and the date is read. An address between dashes stays a
 * contact line. Made-up texts.
 */
class SpacedDateLinesTest {
  private static Document doc(String line) {
    return new Document("t.txt", String.join("\n", "SẮC LỆNH SỐ 7", "", line, "",
        "Chủ tịch hội đồng ký văn bản về việc lập ban kiểm tra ở tỉnh Quorvex.") + "\n",
        Language.VI);
  }

  @Test
  void aDatelineWithSpacedSeparatorsIsADateNotAnAddressOrAMenu() {
    Random r = new Random(1814);
    for (int n = 0; n < 30; n++) {
      int day = 1 + r.nextInt(28);
      int month = 1 + r.nextInt(12);
      int year = 1900 + r.nextInt(120);
      String sep = List.of("-", "–", "/").get(n % 3);
      String date = day + " " + sep + " " + month + " " + sep + " " + year;
      for (String line : List.of("Quorvex, ngày " + date, "Ngày " + date, date)) {
        Document d = doc(line);
        int at = d.text().indexOf(line);
        assertNotEquals(LineClass.CONTACT, d.classAt(at), line);
        assertNotEquals(LineClass.LINKS, d.classAt(at), line);
        String iso = String.format("%04d-%02d-%02d", year, month, day);
        List<Fact> facts = SharedExtractor.get().extract(d);
        assertTrue(facts.stream().anyMatch(f -> f.start() >= at && f.end() <= at + line.length()
            && f.value().json().equals("\"" + iso + "\"")), line + " -> " + facts);
      }
    }
  }

  @Test
  void anAddressBetweenDashesStaysAContactLine() {
    String line = "12 Phố Alvira - P.3 - Q.9 - Quorvex";
    Document d = doc(line);
    assertEquals(LineClass.CONTACT, d.classAt(d.text().indexOf(line)), line);
  }
}
