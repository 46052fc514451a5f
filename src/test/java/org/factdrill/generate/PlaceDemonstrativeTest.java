package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 5 of the seventeenth review, as the twentieth file gives it: a place noun with a
 * demonstrative ("vùng đất này", "khu vực đó", "this region") always points back to a place named
 * before. Under a context line cut from the page's first sentence, after a sentence that calls the
 * place by another demonstrative ("nơi này"), nothing shown names it: the fact is not asked. Where
 * the sentence before names it ("vùng đất Varn"), it is asked with that sentence. Names and
 * figures are invented.
 */
class PlaceDemonstrativeTest {

  private static boolean asked(Language lang, String text, String phrase) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .anyMatch(q -> q.prompt().contains(phrase));
  }

  @Test
  void aPlaceDemonstrativeNamedNowhereShownIsNotAsked() {
    for (String place : new String[] {"vùng đất này", "vùng đất ấy", "khu vực này", "miền này"}) {
      String text = """
          Varn là một thị trấn nhỏ nằm bên bờ sông Oskel, nổi tiếng với nghề dệt lụa và những phiên chợ phiên đông đúc vào mùa thu

          Nơi này từng là chỗ dừng chân của các đoàn buôn đi về phương nam. Năm 1741, ông Lâm Văn Tài dựng 12 xưởng dệt ở %s.
          """.formatted(place);
      assertFalse(asked(Language.VI, text, place), text);
    }
    String en = """
        Varn is a small town on the banks of the Oskel river, known for its silk weaving and its crowded autumn markets

        This place was once a stop for the caravans heading south. In 1741, Tam Lorr built 12 weaving sheds in this region.
        """;
    assertFalse(asked(Language.EN, en, "this region"), en);
  }

  @Test
  void aPlaceDemonstrativeIsAskedWhereTheSentenceBeforeNamesThePlace() {
    String text = """
        Varn là một thị trấn nhỏ nằm bên bờ sông Oskel, nổi tiếng với nghề dệt lụa và những phiên chợ phiên đông đúc vào mùa thu

        Các đoàn buôn đi về phương nam thường dừng chân ở vùng đất Varn. Năm 1741, ông Lâm Văn Tài dựng 12 xưởng dệt ở vùng đất này.
        """;
    assertTrue(asked(Language.VI, text, "vùng đất này"), text);
  }
}
