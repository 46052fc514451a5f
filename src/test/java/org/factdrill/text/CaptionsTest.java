package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line that is a noun phrase, a comma and a date, with no finite verb, is a photo caption or a
 * dateline (Captions): invented captions in three languages, with and without the day word, with
 * numeric and written dates; the same things told by a clause with a verb are no captions.
 */
class CaptionsTest {
  @Test
  void aNounPhraseThenACommaAndADateIsACaptionInEveryLanguage() {
    for (String c : List.of(
        "Tượng đài anh hùng trên đồi Vọng Nguyệt, Thái Nguyên, ngày 14/8/2021.",
        "Tượng đài anh hùng trên đồi Vọng Nguyệt, Thái Nguyên, 14/8/2021.",
        "Cổng chợ cũ bên sông Lam, ngày 3 tháng 2 năm 1998.",
        "Cổng chợ cũ bên sông Lam, tháng 2 năm 1998",
        "Bến phà Cát Lở lúc bình minh, ngày 21.10.2005.")) {
      assertTrue(Captions.is(Language.VI, c), c);
    }
    for (String c : List.of(
        "The lighthouse on Gannet Point, Marrowby, 14 August 2021.",
        "The old market gate by the river, March 3, 1998.",
        "Volunteers at the harbour wall, Kestrel Bay, 21/10/2005",
        "The clock tower of Dunmere, on 2 June 1953.",
        "A street in the lower town, 1911.")) {
      assertTrue(Captions.is(Language.EN, c), c);
    }
    for (String c : List.of(
        "האנדרטה לזכר הנופלים בגבעת הזיתים, חדרה, 14 באוגוסט 2021.",
        "שער השוק הישן ליד הנחל, 3.2.1998.",
        "מגדל מים בקיבוץ עין שקד, 21 במאי 1949.")) {
      assertTrue(Captions.is(Language.HE, c), c);
    }
  }

  @Test
  void theSameThingsToldByAClauseAreNoCaptions() {
    assertFalse(Captions.is(Language.VI,
        "Tượng đài anh hùng được khánh thành tại Thái Nguyên, ngày 14/8/2021."));
    assertFalse(Captions.is(Language.VI, "Quân khởi nghĩa chiếm được thành Vinh, ngày 3/2/1930."));
    assertFalse(Captions.is(Language.EN, "The lighthouse was lit for the first time, 14 August 2021."));
    assertFalse(Captions.is(Language.EN, "Volunteers rebuilt the harbour wall, 21/10/2005."));
    assertFalse(Captions.is(Language.EN, "The old market gate by the river, March 3, 1998, and the mill."));
    assertFalse(Captions.is(Language.EN, "The lighthouse on Gannet Point, Marrowby."));
    assertFalse(Captions.is(Language.EN, "Harbour Notes - June 2, 2020"));
    assertFalse(Captions.is(Language.EN, "Total 13,724 675,000"));
    assertFalse(Captions.is(Language.HE, "האנדרטה נחנכה בחדרה, 14 באוגוסט 2021."));
  }

  @Test
  void aCaptionIsReadOnlyOnALineOfItsOwn() {
    String text = "Harbour story\nThe lighthouse on Gannet Point, Marrowby, 14 August 2021.\n"
        + "The keepers left the tower in 1962. The old pier, 1911. It burned.\n";
    Document doc = new Document("t.txt", text, Language.EN);
    text = doc.text();
    int a = text.indexOf("The lighthouse");
    assertTrue(Captions.line(doc, new Span(a, text.indexOf('\n', a))));
    int b = text.indexOf("The old pier");
    assertFalse(Captions.line(doc, new Span(b, text.indexOf("It burned"))));
  }
}
