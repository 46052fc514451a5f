package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 5 of the seventeenth review: a demonstrative noun phrase in mid-sentence ("ở tỉnh này",
 * "trên con sông ấy") points back to an instance named before. A context line or an earlier part
 * of the sentence names it only where the noun heads a name ("tỉnh Lamor"); the noun's word in a
 * common phrase ("các tỉnh miền tây": which province?) names none, and the fact is then asked with
 * the sentence before that names it, or not at all. Places and figures are invented.
 */
class DemonstrativeNounNamedTest {

  @Test
  void aNounHeadingANameNamesItsInstanceTheNounInACommonPhraseDoesNot() {
    assertTrue(NounNamed.in(Language.VI, "Tỉnh Lamor", "tỉnh"));
    assertTrue(NounNamed.in(Language.VI, "Năm 1920, ở tỉnh Lamor có 3 mỏ,", "tỉnh"));
    assertTrue(NounNamed.in(Language.VI, "Hiến pháp nước Cộng hòa Oskel", "nước"));
    assertFalse(NounNamed.in(Language.VI, "Các tỉnh miền tây của Oskel", "tỉnh"));
    assertFalse(NounNamed.in(Language.VI, "Cộng hòa Liên bang Oskel", "vùng"));
    assertFalse(NounNamed.in(Language.VI, "Năm 1931, ở các tỉnh phía tây, nhà cầm quyền mở", "tỉnh"));
    // a demonstrative before its noun, or no capitals to tell a name by: the noun's stem suffices
    assertTrue(NounNamed.in(Language.EN, "History of the province", "province"));
  }

  @Test
  void aProvinceNamedOnlyByACommonPhraseInTheTitleIsNotAsked() {
    String text = """
        Các tỉnh miền tây của Oskel

        Miền tây của Oskel có nhiều đồi núi, sông suối và rừng rậm, người dân sống bằng nghề trồng lúa nương, săn bắn và hái lượm từ nhiều đời nay.

        Năm 1931, nhà cầm quyền mở 2 trường học ở tỉnh này cho con em các gia đình nông dân.
        """;
    Result r = Fixtures.extracted(Language.VI, text);
    for (var q : r.bank().questions()) {
      assertFalse(q.prompt().contains("tỉnh này"), q.context() + " | " + q.prompt());
    }
    String named = text.replace("Các tỉnh miền tây của Oskel", "Tỉnh Lamor của Oskel");
    Result ok = Fixtures.extracted(Language.VI, named);
    assertTrue(ok.bank().questions().stream().anyMatch(q -> q.prompt().contains("tỉnh này")),
        ok.report().toString());
  }
}
