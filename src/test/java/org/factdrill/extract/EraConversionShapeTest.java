package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The shape alone says conversion (class 4 of the nineteenth review): a bracket right after a year
 * holding a number and then only words that are no counted noun, unit or numeral of the language
 * (a foreign phrase in Latin letters, an abbreviation, an era's name the pack does not know) is
 * that year in another count, never a count; after a year with its era, a dash may stand for the
 * bracket. A counted noun after the number keeps it a count, a plain year and a dash a range.
 * Era names invented.
 */
class EraConversionShapeTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final Language EN = Language.fromCode("en").orElseThrow();

  private static boolean counts(Language lang, String text, int n) {
    return Facts.of(lang, text).stream().anyMatch(f -> f.kind() != FactKind.DATE
        && f.text().contains(String.valueOf(n)));
  }

  @Test
  void aNumberAndUnknownEraWordsInABracketAfterAYearAreNoCount() {
    Random r = new Random(1904);
    List<String> eras = List.of("ante regnum quorvi", "anno zelvae", "AZ", "post conditam urbem alvirae",
        "Kỷ Hòa Phong", "Alvira Reckoning");
    for (int n = 0; n < 12; n++) {
      int bc = 100 + r.nextInt(500);
      int other = 1 + r.nextInt(900);
      String era = eras.get(n % eras.size());
      for (String text : List.of(
          "Năm " + bc + " TCN (" + other + " " + era + "), vua Quorvex lập nước mới.\n",
          "Thành được xây năm " + bc + " trước Công nguyên (" + other + " " + era + ") theo lệnh vua.\n",
          "Năm " + bc + " TCN – " + other + " AZ, thành bị bỏ hoang.\n")) {
        assertFalse(counts(VI, text, other), text + " -> " + Facts.describe(VI, text));
        assertTrue(Facts.of(VI, text).stream().anyMatch(f -> f.kind() == FactKind.DATE
            && f.text().contains(String.valueOf(bc))), Facts.describe(VI, text));
      }
      String en = "The town was founded in " + bc + " BC (" + other + " " + era + ") by a king.\n";
      assertFalse(counts(EN, en, other), en + " -> " + Facts.describe(EN, en));
      if (Character.isUpperCase(era.charAt(0))) {
        String plain = "Năm " + (1200 + bc) + " (" + other + " " + era + "), nhà vua dời đô.\n";
        assertFalse(counts(VI, plain, other), plain + " -> " + Facts.describe(VI, plain));
      }
    }
  }

  @Test
  void aCountedNounInTheBracketKeepsTheCount() {
    for (String text : List.of("Năm 1500 (2 triệu người), dân số đạt đỉnh.\n",
        "Năm 1890 (35 tuổi), ông ra làm quan.\n", "Năm 215 TCN (40 thuyền chiến), quân Alvira tới.\n")) {
      assertTrue(Facts.of(VI, text).stream().anyMatch(f -> f.kind() == FactKind.NUMBER),
          Facts.describe(VI, text));
    }
    for (String text : List.of("In 1945 (2 million dead) the famine ended.\n",
        "In 1862 (3 ships lost) the fleet returned.\n")) {
      assertTrue(Facts.of(EN, text).stream().anyMatch(f -> f.kind() == FactKind.NUMBER),
          Facts.describe(EN, text));
    }
    String range = "Từ 1940 – 1945 Hà Nội, thành phố mở rộng.\n";
    assertTrue(Facts.of(VI, range).stream().anyMatch(f -> f.text().contains("1945")),
        Facts.describe(VI, range));
  }
}
