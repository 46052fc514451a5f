package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

  @ParameterizedTest
  @ValueSource(strings = {"23000", "23,000", "23 000", "23\u00a0000", "23.000", "23k", "23K",
      "23 thousand", "23 ngàn", "23 nghìn", "hai mươi ba nghìn", "twenty-three thousand",
      "twenty three thousand", "23 אלף", "עשרים ושלושה אלף", "about 23,000 troops", "khoảng 23.000",
      "כ-23,000", "23,000."})
  void readsTwentyThreeThousandInEveryForm(String typed) {
    assertEquals(0, BigDecimal.valueOf(23000).compareTo(NumberParser.parse(typed).orElseThrow()
        .value()), typed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "$100 million; 100000000", "1.5 million; 1500000", "1,5 triệu; 1500000", "2bn; 2000000000",
      "20%; 20", "one hundred and five; 105", "một trăm linh năm; 105", "mười lăm; 15",
      "ba mươi; 30", "שלושת אלפים; 3000", "מאתיים; 200", "3; 3", "1,234.5; 1234.5",
      "1.234,5; 1234.5", "two million five hundred thousand; 2500000", "0; 0"})
  void readsOtherForms(String typed, String want) {
    assertEquals(0, new BigDecimal(want).compareTo(NumberParser.parse(typed).orElseThrow()
        .value()), typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "troops", "23 45", "abc def"})
  void rejectsNonNumbers(String typed) {
    assertTrue(NumberParser.parse(typed).isEmpty(), typed);
  }

  @ParameterizedTest
  @CsvSource({"23k,true", "23 thousand,true", "23000,false"})
  void tellsWhetherAScaleWordWasTyped(String typed, boolean scaled) {
    assertEquals(scaled, NumberParser.parse(typed).orElseThrow().scaled());
  }
}
