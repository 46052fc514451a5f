package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.factdrill.text.RowClause;
import org.junit.jupiter.api.Test;

/**
 * A day article's event row "YEAR – clause" is a dated fact whatever the order of its subject
 * and verb: a Vietnamese or Hebrew row may open with its verb, the body it tells of after it
 * ("1562 – Thành lập Hội …"), and is asked like a row naming its subject first. A row with no
 * verb ("1604 – Hội chợ Sách Bắc Hà", "Opening of the bridge") stays a label. Chronology items
 * cut from a long row end at a clause boundary with a full stop, never "…", and a spaced dash
 * between two names ("Varn – Kessel") is never a cut. Pages are generated from invented
 * clauses: every order of the rows, subject-first and verb-first rows mixed, in vi/he/en.
 */
class VerbFirstRowsTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final Language HE = Language.fromCode("he").orElseThrow();
  private static final Language EN = Language.fromCode("en").orElseThrow();

  /** Verb-first rows (the body after the verb), subject-first rows, and verbless labels. */
  private record Kit(Language lang, String head, List<String> verbFirst, List<String> subjectFirst,
      List<String> labels) {}

  private static final List<Kit> KITS = List.of(
      new Kit(VI, "Sự kiện", List.of(
          "Thành lập Hội Thương nhân Phố Cảng tại thành Vân Lâm",
          "Khai mạc Hội chợ Sách đầu tiên ở thành phố Bắc Hà",
          "Ra đời tờ báo đầu tiên của tỉnh Nam Sơn",
          "Khánh thành cây cầu sắt đầu tiên qua sông Lam",
          "Ban hành bộ luật mới cho các vùng biên giới phía bắc"),
          List.of("Thuyền trưởng Đỗ Văn Hải phát hiện quần đảo Bạch Sa",
              "Nhà thiên văn Lý Minh Tâm hoàn thành bản đồ sao mới",
              "Hàng nghìn thợ mỏ biểu tình tại thị trấn Hòa Khê",
              "Vua Trần Khải đăng quang tại kinh thành Đông Lâm"),
          List.of("Hội chợ Sách Bắc Hà", "Khởi nghĩa Vân Hà", "Cách mạng tháng Tám ở Nam Sơn")),
      new Kit(HE, "אירועים", List.of(
          "נחנך גשר אבן חדש מעל נהר אלמור",
          "נפתח בית ספר ראשון לבנות בכפר ברקנית",
          "נחתם הסכם סחר ראשון בין דורמה לסלבה"),
          List.of("מועצת תלמית אישרה תקציב ראשון לבניית נמל",
              "שריפה גדולה הרסה את רוב בתי הנמל של גבעת אורן"),
          List.of("ייסוד גבעת ברקן", "חנוכת בית הספר החדש")),
      new Kit(EN, "Events", List.of(),
          List.of("The town council opened a new stone bridge over the river",
              "Settlers founded a trading post on the northern shore of the lake",
              "The provincial assembly adopted its first written constitution"),
          List.of("Opening of the first book fair in Northam", "Siege of Velmora")));

  private record Page(String text, List<String> asked, List<Integer> askedYears,
      List<Integer> labelYears) {}

  private static Page page(Kit k, Random r) {
    List<String> rows = new ArrayList<>();
    rows.addAll(k.verbFirst());
    rows.addAll(k.subjectFirst());
    Collections.shuffle(rows, r);
    rows = rows.subList(0, Math.min(rows.size(), 3 + r.nextInt(3)));
    String label = k.labels().get(r.nextInt(k.labels().size()));
    int labelAt = r.nextInt(rows.size() + 1);
    StringBuilder b = new StringBuilder(k.head()).append('\n');
    List<Integer> years = new ArrayList<>();
    List<Integer> labelYears = new ArrayList<>();
    int year = 1500 + r.nextInt(80);
    for (int i = 0; i <= rows.size(); i++) {
      year += 3 + r.nextInt(40);
      String row = i == labelAt ? label : rows.get(i < labelAt ? i : i - 1);
      (i == labelAt ? labelYears : years).add(year);
      b.append("- ").append(year).append(" – ").append(row)
          .append(r.nextBoolean() || i == rows.size() ? "." : "").append('\n');
    }
    // (The text's last row keeps its stop: a text ending without one reads as a cut excerpt.)
    return new Page(b.toString(), rows, years, labelYears);
  }

  @Test
  void aRowOpeningWithItsVerbIsADatedFactAndAVerblessRowIsNot() {
    Random r = new Random(1616);
    int verbFirstAsked = 0;
    for (int n = 0; n < 45; n++) {
      Kit k = KITS.get(n % KITS.size());
      Page p = page(k, r);
      Result res = Fixtures.extracted(k.lang(), p.text());
      for (int i = 0; i < p.asked().size(); i++) {
        List<Question> qs = Fixtures.clozes(res, String.valueOf(p.askedYears().get(i)));
        assertFalse(qs.isEmpty(), p.text() + "\n" + res.report().format(res.bank()));
        assertTrue(qs.get(0).prompt().contains(p.asked().get(i)), p.text() + qs.get(0).prompt());
        verbFirstAsked += k.verbFirst().contains(p.asked().get(i)) ? 1 : 0;
      }
      for (int y : p.labelYears()) {
        assertTrue(Fixtures.asking(res, String.valueOf(y)).isEmpty(), p.text());
      }
    }
    assertTrue(verbFirstAsked > 20, "verb-first rows asked: " + verbFirstAsked);
  }

  @Test
  void aRowsVerbCountsCapitalisedAtItsStartOnlyWhereTheVerbMayComeFirst() {
    for (String s : List.of("Thành lập Hội Thương nhân Phố Cảng", "Ra đời tờ báo Nam Sơn",
        "Khai mạc Hội chợ Sách Bắc Hà")) {
      assertTrue(RowClause.row(VI, s), s);
      assertFalse(RowClause.is(VI, s), "outside a row's words a capitalised word is a label: " + s);
    }
    for (String s : List.of("Khởi nghĩa Vân Hà", "Cách mạng tháng Tám", "Hội chợ Sách Bắc Hà")) {
      assertFalse(RowClause.row(VI, s), s);
    }
    for (String s : List.of("Founded the town", "Opening of the bridge", "Siege of Velmora")) {
      assertFalse(RowClause.row(EN, s), "English names its subject first: " + s);
    }
  }

  /** Rows of two clauses: the first clause (with its verb), then a comma and a second one. */
  private static final List<String[]> LONG_ROWS = List.of(
      new String[] {"vi", "Công nhân xưởng dệt Phú Lộc biểu tình tại thị trấn Hòa Khê của tỉnh Nam Sơn",
          "đánh dấu khởi đầu của phong trào công nhân kéo dài nhiều năm ở khắp vùng duyên hải và các làng chài ven biển phía nam"},
      new String[] {"vi", "Hội đồng tỉnh Nam Sơn công bố bản đồ biên giới Lâm – Sơn mới",
          "trong đó lần đầu tiên ghi rõ các làng ven sông và những cánh đồng muối ở phía đông của vùng đồng bằng rộng lớn"},
      new String[] {"en", "The merchants of Velmora opened the toll road across the Varn – Kessel pass",
          "which carried most of the salt trade of the northern valleys and the western hills for the next forty years"},
      new String[] {"en", "The provincial assembly of Northam adopted its first written constitution",
          "and the governor called new elections for the following spring in every district of the coast and the hills"});

  @Test
  void anItemWhoseLastKeptPieceIsNoClauseKeepsItsEllipsis() {
    String sentence = "Rivne, Kessel and Tal fell to the northern armies, and, in the Battle of the "
        + "Orvin Sea, the fleet of Velmora was sunk in 1744.";
    String item = "Rivne, Kessel and Tal fell to the northern armies, and, in the Battle of the "
        + "Orvin Sea …";
    assertEquals(item, ItemEnds.closed(EN, sentence, "1744", item));
    String whole = "The merchants of Velmora opened the toll road in 1744, which carried salt.";
    assertEquals("The merchants of Velmora opened the toll road.", ItemEnds.closed(EN, whole,
        "1744", "The merchants of Velmora opened the toll road …"));
  }

  @Test
  void chronologyItemsFromLongRowsEndAtAClauseBoundaryNeverInsideAPairOfNames() {
    Random r = new Random(1617);
    int items = 0;
    for (int n = 0; n < 24; n++) {
      Language lang = n % 2 == 0 ? VI : EN;
      String code = n % 2 == 0 ? "vi" : "en";
      StringBuilder b = new StringBuilder();
      int year = 1600 + r.nextInt(50);
      List<String> firsts = new ArrayList<>();
      for (String[] row : LONG_ROWS) {
        if (row[0].equals(code)) {
          firsts.add(row[1]);
          year += 2 + r.nextInt(30);
          b.append("- ").append(year).append(" – ").append(row[1]).append(", ").append(row[2])
              .append(".\n");
        }
      }
      for (String row : (lang == VI ? KITS.get(0) : KITS.get(2)).subjectFirst()) {
        year += 2 + r.nextInt(30);
        b.append("- ").append(year).append(" – ").append(row).append(".\n");
      }
      Result res = Fixtures.extracted(n, lang, b.toString());
      for (Question q : res.bank().questions()) {
        if (q.type() != QuestionType.WHICHFIRST && q.type() != QuestionType.YEARSBETWEEN
            && q.type() != QuestionType.TIMELINE) {
          continue;
        }
        for (String item : q.items()) {
          items++;
          assertFalse(item.endsWith("…"), "an item cut with an ellipsis: " + item);
          for (String first : firsts) {
            if (item.startsWith(first.substring(0, 30))) {
              assertEquals(first + ".", item, "the item is the row's first clause");
            }
          }
        }
      }
    }
    assertTrue(items > 30, "items " + items);
  }
}
