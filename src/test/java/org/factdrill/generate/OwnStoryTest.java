package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 5: a "which happened first?" whose wording orders its two events by a
 * thing's own story (the founding of a town before an event in it, a person's birth before an
 * act of theirs, a duke's acts before his death, the first games before other games) is not
 * asked; two unrelated events and a founding against an event elsewhere stay asked. Every
 * sentence and name here is made up.
 */
class OwnStoryTest {
  /** Language, earlier event, later event, whether the wording tells the order. */
  private static final String[][] PAIRS = {
      {"en", "The town of Varnholt was founded by fishermen.",
          "A great fire swept through the market of Varnholt.", "+"},
      {"en", "Orlan Vesk was born in a village near the coast.",
          "Orlan Vesk signed the treaty of the northern ports.", "+"},
      {"en", "The Kelvary Republic was established after the war.",
          "The Kelvary Republic signed a trade pact with its neighbours.", "+"},
      {"en", "The Duke of Marrow led the army across the river.",
          "The Duke of Marrow died at his castle in the hills.", "+"},
      {"en", "The first Harvest Games were held in the valley.",
          "The Harvest Games were held on the coast.", "+"},
      {"en", "The first elections were held under the new charter.",
          "Elections were held across the provinces.", "+"},
      {"en", "The town of Varnholt was founded by fishermen.",
          "A storm flooded the harbour of Tessin.", "-"},
      {"en", "The fleet bombed the harbour of Karvo.",
          "The council opened a new school in Dellin.", "-"},
      {"en", "Orlan Vesk was born in a village near the coast.",
          "Mira Dole signed the treaty of the northern ports.", "-"},
      {"en", "The first railway reached the town of Varnholt.",
          "A storm flooded the harbour of Tessin.", "-"},
      {"vi", "Thành Vạn Khê được thành lập bên bờ sông.",
          "Quân giặc tấn công thành Vạn Khê.", "+"},
      {"vi", "Lê Văn Khoa sinh ra ở làng Đông Phù.",
          "Lê Văn Khoa dâng bản tấu lên nhà vua.", "+"},
      {"vi", "Tướng Trần Khải chỉ huy quân ở cửa biển.",
          "Tướng Trần Khải qua đời tại quê nhà.", "+"},
      {"vi", "Cuộc bầu cử đầu tiên được tổ chức trên cả nước.",
          "Cuộc bầu cử được tổ chức ở các tỉnh miền núi.", "+"},
      {"vi", "Thành Vạn Khê được thành lập bên bờ sông.",
          "Quân giặc tấn công thành Xương Giang.", "-"},
      {"vi", "Hội thi đầu tiên được tổ chức ở kinh thành.",
          "Cuộc bầu cử được tổ chức ở các tỉnh miền núi.", "-"},
      {"vi", "Tướng Trần Khải chỉ huy quân ở cửa biển.",
          "Tướng Lý Đoan qua đời tại quê nhà.", "-"},
      // both say "lần đầu tiên" (for the first time) of different things: the words of the
      // marker are no kind
      {"vi", "Đài Karvo phát sóng lần đầu tiên từ thủ đô.",
          "Ban tiếng Pháp lần đầu tiên có mặt ở hội chợ.", "-"},
      {"he", "העיר קרבונה נוסדה על ידי דייגים.", "שריפה גדולה פרצה בשוק של קרבונה.", "+"},
      {"he", "אורלן וסק נולד בכפר ליד החוף.", "אורלן וסק חתם על הסכם הנמלים.", "+"},
      {"he", "הדוכס ממרו הוביל את הצבא אל הנהר.", "הדוכס ממרו נפטר בטירתו.", "+"},
      {"he", "העיר קרבונה נוסדה על ידי דייגים.", "סערה הציפה את נמל טסין.", "-"},
      {"he", "הצי הפציץ את נמל קרבו.", "המועצה פתחה בית ספר חדש בדלין.", "-"},
  };

  @Test
  void aThingsOwnStoryOrdersItsEventsAndUnrelatedEventsStayAsked() {
    for (String[] p : PAIRS) {
      OwnStory story = OwnStory.of(Language.fromCode(p[0]).orElseThrow());
      String text = p[1] + " " + p[2];
      assertEquals(p[3].equals("+"), story.tellsOrder(text, p[1], p[2]), p[0] + ": " + p[1]
          + " / " + p[2]);
    }
  }

  @Test
  void theWordingTellsOnlyTheOrderItReads() {
    // a founding told after an event in the place is no give-away: the wording misleads
    for (String[] p : PAIRS) {
      if (p[3].equals("+")) {
        OwnStory story = OwnStory.of(Language.fromCode(p[0]).orElseThrow());
        assertFalse(story.tellsOrder(p[1] + " " + p[2], p[2], p[1]), p[0] + ": " + p[2]);
      }
    }
  }

  private static final String[] SYLLABLES = {"var", "kel", "dor", "mab", "tis", "orn", "ul",
      "bre", "san", "quo"};

  private static String name(int seed) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append(SYLLABLES[Math.floorMod(seed / (i * 7 + 1) + i * 3, SYLLABLES.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  @Property(tries = 60, seed = "1616")
  void aFoundingAgainstAnEventInThatTownIsNotAskedAndAgainstAnotherTownIs(
      @ForAll @IntRange(min = 1, max = 100000) int a, @ForAll @IntRange(min = 1, max = 100000)
      int b, @ForAll @IntRange(min = 1500, max = 1900) int year,
      @ForAll @IntRange(min = 5, max = 80) int later) {
    String town = name(a);
    String other = name(b) + "ia";
    String text = "Towns of the southern coast\n\n"
        + "The town of " + town + " was founded by settlers from the north in {{" + year + "|date|"
        + year + "}}.\n"
        + "A great fire swept through the old market of " + town + " in {{" + (year + later)
        + "|date|" + (year + later) + "}}.\n"
        + "The harbour of " + other + " was flooded by a storm surge in {{" + (year + later + 3)
        + "|date|" + (year + later + 3) + "}}.\n";
    Result r = Fixtures.generate(1, Fixtures.doc("towns.txt", Language.EN, text));
    List<Question> qs = r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.WHICHFIRST).collect(Collectors.toList());
    List<Report.Skipped> told = r.report().skipped().stream()
        .filter(s -> s.reason() == SkipReason.ORDER_IN_WORDING).toList();
    // the text's one pair is asked, or skipped only when it is the founding and the fire
    assertEquals(1, qs.size() + told.size());
    for (Report.Skipped s : told) {
      assertEquals(year + " / " + (year + later), s.detail(), "the founding and the fire");
    }
    for (Question q : qs) {
      Question.WhichFirst w = (Question.WhichFirst) q;
      String both = w.events().get(0).text() + " | " + w.events().get(1).text();
      boolean founding = both.contains("founded");
      boolean fire = both.contains("fire");
      assertFalse(founding && fire, "the founding against an event in the town: " + both);
    }
    OwnStory story = OwnStory.of(Language.EN);
    assertTrue(story.tellsOrder(text, "The town of " + town + " was founded by settlers.",
        "A great fire swept through the old market of " + town + "."));
    assertFalse(story.tellsOrder(text, "The town of " + town + " was founded by settlers.",
        "The harbour of " + other + " was flooded by a storm surge."));
  }

  /**
   * A thing acts only once it exists: an event dated before the founding of a state the text
   * tells is told to come before any act of that state, in each language; an event after the
   * founding, or an act of a thing founded before it, is not.
   */
  @Test
  void anEventBeforeAStatesFoundingComesBeforeItsActs() {
    String[][] docs = {
        {"en", "The Republic of Kelvary was founded in 1921 after the war.",
            "The Republic of Kelvary passed a law on village schools.",
            "Harbour of Tessin was flooded by a storm."},
        {"vi", "Cộng hòa Kelvary được thành lập năm 1921 sau chiến tranh.",
            "Cộng hòa Kelvary ban hành luật về trường làng.",
            "Cảng Tessin bị bão làm ngập."},
        {"he", "מדינת קלווריה הוקמה ב-1921 לאחר המלחמה.",
            "מדינת קלווריה חוקקה חוק על בתי ספר בכפרים.",
            "נמל טסין הוצף בסערה."},
    };
    for (String[] d : docs) {
      Language lang = Language.fromCode(d[0]).orElseThrow();
      String text = "Kelvary\n\n" + d[1] + "\n";
      var facts = org.factdrill.testing.SharedExtractor.get()
          .extract(new org.factdrill.text.Document("t.txt", text, lang));
      OwnStory story = OwnStory.of(lang);
      var elsewhere = new org.factdrill.text.Span(0, 0);
      assertTrue(story.existsOnlyAfter(text, facts, 1890, d[2], 1950, elsewhere), d[0]);
      assertFalse(story.existsOnlyAfter(text, facts, 1930, d[2], 1950, elsewhere), d[0]);
      assertFalse(story.existsOnlyAfter(text, facts, 1890, d[3], 1950, elsewhere), d[0]);
      assertFalse(story.existsOnlyAfter(text, facts, 1890, d[2], 1915, elsewhere), d[0]);
    }
  }
}
