package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * An opener that answers the sentence before ("In response, …", "Vì vậy, …", "בתגובה, …") or a
 * thing named only by what someone called it ("approved what the architect later called …")
 * points to a sentence an item of a timeline or which-first question is shown without: the opener
 * is taken off the item, and an item naming a thing by its calling is no item. An opener that a
 * preposition continues ("In response to the strike, …") names what it answers and is kept whole
 * in a prompt ("To the strike, …" was left before). Sentences made up.
 */
class ItemOpenersTest {
  private static List<String> items(Language lang, String text) {
    List<String> out = new ArrayList<>();
    for (Question q : Fixtures.extracted(lang, text).bank().questions()) {
      q.events().forEach(e -> out.add(e.text()));
    }
    return out;
  }

  private static final String EN_REST = "In 1890 the first steamship of the Varenna line entered the"
      + " new harbour of Lindmoor.\n\nOn 2 June 1895 the new lighthouse of Orsel was lit for the first"
      + " time by its keeper.\n\nIn 1902 the merchants of Orsel opened a covered market beside the"
      + " river.\n";

  @Test
  void anItemIsShownWithoutTheOpenerThatAnswersTheSentenceBefore() {
    String en = "Orsel\n\nThe fishermen of Orsel lost their boats in a great storm and asked the"
        + " governor of the province for help. In response, the assembly of Orsel met in the town"
        + " hall on 4 May 1881.\n\n" + EN_REST;
    List<String> it = items(Language.EN, en);
    assertTrue(it.stream().anyMatch(t -> t.startsWith("The assembly of Orsel met")), it.toString());
    assertFalse(it.stream().anyMatch(t -> t.startsWith("In response")), it.toString());

    String vi = "Orsel\n\nNgư dân Orsel mất hết thuyền trong một trận bão lớn và xin tỉnh giúp đỡ."
        + " Vì vậy, hội đồng thị xã Orsel họp tại tòa thị chính ngày 4 tháng 5 năm 1881.\n\n"
        + "Năm 1890, chiếc tàu hơi nước đầu tiên của hãng Varenna vào cảng mới Lindmoor.\n\n"
        + "Ngày 2 tháng 6 năm 1895, ngọn hải đăng mới của Orsel được thắp sáng lần đầu tiên.\n\n"
        + "Năm 1902, các thương nhân Orsel mở một khu chợ có mái che bên bờ sông.\n";
    List<String> iv = items(Language.VI, vi);
    assertFalse(iv.stream().anyMatch(t -> t.startsWith("Vì vậy")), iv.toString());

    String he = "אורסל\n\nהדייגים של אורסל איבדו את סירותיהם בסערה גדולה וביקשו עזרה מהמושל."
        + " בתגובה, מועצת העיר אורסל התכנסה בבית העירייה ב-4 במאי 1881.\n\n"
        + "ב-1890 נכנסה ספינת הקיטור הראשונה של חברת ורנה לנמל החדש של לינדמור.\n\n"
        + "ב-2 ביוני 1895 הודלק המגדלור החדש של אורסל בפעם הראשונה.\n\n"
        + "ב-1902 פתחו סוחרי אורסל שוק מקורה על גדת הנהר.\n";
    List<String> ih = items(Language.HE, he);
    assertFalse(ih.stream().anyMatch(t -> t.startsWith("בתגובה")), ih.toString());
  }

  @Test
  void aThingNamedByWhatSomeoneCalledItIsNoItem() {
    String en = "Lindmoor\n\nThe engineers of Lindmoor drew a plan for a great stone wall along the"
        + " northern shore. In 1871 the council of Lindmoor approved what architect Maria de Souza"
        + " later called \"a folly in stone\".\n\n" + EN_REST;
    List<String> it = items(Language.EN, en);
    assertFalse(it.isEmpty());
    assertFalse(it.stream().anyMatch(t -> t.contains("called")), it.toString());
  }

  @Test
  void anOpenerContinuedByAPrepositionStaysWholeInThePrompt() {
    String en = "The strike\n\nThe miners of Varenna, who had worked for long hours in the deep"
        + " northern pits for less than half the wage paid in the southern valleys, stopped work in"
        + " the first week of spring and marched to the offices of their company.\n\n"
        + "In response to the strike, the Varenna Mining Company closed all of its pits in 1902.\n";
    List<Question> qs = Fixtures.asking(Fixtures.extracted(Language.EN, en), "1902");
    assertFalse(qs.isEmpty());
    for (Question q : qs) {
      assertTrue(q.prompt().startsWith("In response to the strike"), q.prompt());
    }
  }
}
