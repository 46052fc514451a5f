package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 1 (classes-fifteenth-session, class 3): a clause whose subject is a
 * generic Vietnamese noun of an assembly or body and that tells what came next ("Sau đó, hội
 * nghị …", "Hội nghị sau đó …") leans on the sentence before for which body it was. A capitalised
 * word right after the noun names it; a function word never does, however often the text writes
 * it; a plural marker before the noun names nothing; a noun capitalised inside its sentence is a
 * name. Unnamed, the sentence before is shown when it names the body, else the fact is not asked
 * (vi topic-nouns.txt, after-words.txt). Every sentence is made up.
 */
class VietnameseAssemblyNounsTest {
  private static final String[] NOUNS = {"hội nghị", "đại hội", "quốc hội", "ban chấp hành",
      "hội đồng", "ủy ban", "triều đình"};
  private static final String[] THEN = {"Sau đó, ", "Tiếp đó, ", "Rồi sau đó, ",
      "Kế đó, ", "Sau đấy, "};
  private static final String[] TAILS = {"thông qua bản nghị quyết mới vào ngày _____.",
      "họp lần thứ hai với _____ đại biểu.", "quyết định dời kinh đô về phía nam năm _____."};
  private static final String[] NAMES = {"Lam Sơn", "Varn", "Orvik", "Tessaly", "Quorvex"};
  private static final String CONTEXT = "Lịch sử vùng ven biển";
  private final TopicNouns nouns = new TopicNouns();

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Test
  void aBodyNounInAClauseThatTellsWhatCameNextNeedsItsName() {
    Random r = new Random(1602);
    for (int k = 0; k < 400; k++) {
      String noun = NOUNS[r.nextInt(NOUNS.length)];
      String tail = TAILS[r.nextInt(TAILS.length)];
      String before = THEN[r.nextInt(THEN.length)] + noun + " " + tail;
      String after = cap(noun) + " sau đó " + tail;
      String plural = THEN[r.nextInt(THEN.length)] + "các " + noun + " " + tail;
      // "sau" is written many times: a function word is never a name, however often it recurs.
      String text = "Sau đó mưa. Sau đó gió. " + before + " " + after;
      for (String p : List.of(before, after, plural)) {
        assertEquals(noun, nouns.unnamed(Language.VI, p, CONTEXT, text), p);
      }
    }
  }

  @Test
  void aCapitalisedWordAfterTheNounOrAPhraseSayingWhichNamesIt() {
    Random r = new Random(1603);
    for (int k = 0; k < 300; k++) {
      String noun = NOUNS[r.nextInt(NOUNS.length)];
      String name = NAMES[r.nextInt(NAMES.length)];
      String tail = TAILS[r.nextInt(TAILS.length)];
      String lead = THEN[r.nextInt(THEN.length)];
      assertNull(nouns.unnamed(Language.VI, lead + noun + " " + name + " " + tail, CONTEXT, null),
          "its name after it");
      assertNull(nouns.unnamed(Language.VI, cap(noun) + " " + name + " sau đó " + tail, CONTEXT,
          null), "its name, then 'sau đó'");
      assertNull(nouns.unnamed(Language.VI, lead + noun + " của tỉnh " + name + " " + tail,
          CONTEXT, null), "a phrase saying which");
      assertNull(nouns.unnamed(Language.VI, lead + cap(noun) + " " + tail, CONTEXT, null),
          "capitalised inside its sentence: a name");
      assertNull(nouns.unnamed(Language.VI, lead + noun + " " + tail, "Về " + cap(noun) + " "
          + name, null), "the context line names it");
    }
  }

  @Test
  void aBodyNounInAClauseThatDoesNotLeanOnAnEarlierEventIsLeftAsItWas() {
    for (String noun : NOUNS) {
      for (String p : List.of("Ngày _____, " + noun + " họp phiên đầu tiên tại kinh đô.",
          cap(noun) + " chọn một ngày tưởng niệm chung vào năm _____.",
          "Các đại biểu rời " + noun + " sau đó vào ngày _____.")) {
        assertNull(nouns.unnamed(Language.VI, p, CONTEXT, null), p);
      }
    }
  }

  @Test
  void theSentenceBeforeThatNamesTheBodyIsShownElseTheFactIsNotAsked() {
    for (String name : NAMES) {
      Result r = Fixtures.generate(Language.VI, "Lịch sử vùng ven biển\n\nHội nghị " + name
          + " khai mạc tại kinh thành với đại biểu của mười hai tỉnh ven biển. Hội nghị sau đó"
          + " thông qua bản nghị quyết về thuế ruộng vào năm {{1921|date|1921}}.\n");
      List<Question> q = Fixtures.clozes(r, "1921");
      assertEquals(1, q.size(), r.report().format(r.bank()));
      assertTrue(q.get(0).prompt().contains("Hội nghị " + name), q.get(0).prompt());
      Result none = Fixtures.generate(Language.VI, "Lịch sử vùng ven biển\n\nMùa mưa năm ấy kéo"
          + " dài hơn thường lệ và nhiều làng ven biển bị ngập. Sau đó, các hội nghị thông qua bản"
          + " nghị quyết về thuế ruộng của " + name.toLowerCase() + " vào năm {{1921|date|1921}}.\n");
      assertEquals(List.of(), Fixtures.clozes(none, "1921"), none.report().format(none.bank()));
    }
  }
}
