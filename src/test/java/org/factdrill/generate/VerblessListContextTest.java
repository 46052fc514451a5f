package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 30 (eighteenth session): a clause opening with "among them" ("trong số đó") is shown
 * with the sentence before only when that sentence has its own verb; a verbless run of list
 * items that goes on with a list begun earlier names no group, so it is never the prefix. Every
 * text here is made up.
 */
class VerblessListContextTest {

  private static Question cloze(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer)).findFirst().orElse(null);
  }

  @Test
  void aVerblessListContinuationIsNeverThePrefix(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Quan chế nhà Lạc\n\nNhà Lạc đặt ra các chức quan"
        + " đứng đầu triều đình như thái sư, thái phó, thái bảo. Tả tướng quốc, hữu tướng quốc,"
        + " đô thống và khu mật sứ. Trong số đó, chức khu mật sứ được lập vào năm 1156.\n");
    Question q = cloze(r, "năm 1156");
    assertTrue(q == null || !q.prompt().startsWith("Tả tướng quốc"),
        (q == null ? "not asked" : q.prompt()) + "\n" + r.report().format(r.bank()));
  }

  @Test
  void aSentenceWithItsOwnVerbIsStillThePrefix(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Quan chế nhà Lạc\n\nVua Lạc Thánh Tông lên ngôi"
        + " vào mùa xuân. Nhà Lạc đặt ra các chức tả tướng quốc, hữu tướng quốc, đô thống và khu"
        + " mật sứ. Trong số đó, chức khu mật sứ được lập vào năm 1156.\n");
    Question q = cloze(r, "năm 1156");
    assertTrue(q != null && q.prompt().startsWith("Nhà Lạc đặt ra"),
        (q == null ? "not asked" : q.prompt()) + "\n" + r.report().format(r.bank()));
  }

  @Test
  void listItemsWithoutAVerbAreAFragmentAndAClauseIsNot() {
    assertTrue(ListFragment.is(Language.VI, "Thái úy, tư đồ, tư mã và tư không."));
    assertFalse(ListFragment.is(Language.VI, "Nhà Lạc đặt ra thái úy, tư đồ và tư không."));
    assertFalse(ListFragment.is(Language.VI, "Thái úy là chức cao nhất, trên tư đồ và tư mã."));
    assertFalse(ListFragment.is(Language.VI, "Thái úy và tư đồ."));
  }

  @Test
  void longOfficeNamesInAVerblessRunAreStillAFragment(@TempDir Path dir) throws Exception {
    // Carried class 30 (gen19): the names of offices run to six or seven syllables.
    Result r = RealText.generate(dir, "t.txt", "Quan chế nhà Lạc\n\nNhà Lạc đặt ra các chức quan"
        + " đứng đầu triều đình như thái sư, thái phó, thái bảo. Đồng trung thư môn hạ bình chương"
        + " sự, tham tri chính sự, khu mật viện sứ và ngự sử đại phu. Trong số đó, chức khu mật"
        + " viện sứ được lập vào năm 1156.\n");
    Question q = cloze(r, "năm 1156");
    assertTrue(q == null || !q.prompt().startsWith("Đồng trung thư"),
        (q == null ? "not asked" : q.prompt()) + "\n" + r.report().format(r.bank()));
    assertTrue(ListFragment.is(Language.VI, "Đồng trung thư môn hạ bình chương sự, tham tri chính"
        + " sự, khu mật viện sứ và ngự sử đại phu."));
    assertFalse(ListFragment.is(Language.EN, "The chief counsellor of the realm of Tolm, the"
        + " keeper of the great seal of Tolm, and the marshal."));
  }
}
