package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The context line is the heading that governs the sentence: on a page of several posts (a blog's
 * archive), a post's title followed by its byline or date line starts a new topic, so a later
 * post's questions never carry the first post's title; a section whose heading names no topic
 * (a site's section name such as "History") gets no heading of another section. Every text here is made up.
 */
class PostContextTest {

  private static List<Question> about(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.answer() != null
        && answer.equals(q.answer().text())).toList();
  }

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static void assertContext(Result r, String answer, String wanted, String notWanted) {
    List<Question> qs = about(r, answer);
    assertFalse(qs.isEmpty(), answer + " asked");
    for (Question q : qs) {
      assertTrue(q.context() != null && q.context().contains(wanted), q.context());
      assertFalse(q.context().contains(notWanted), q.context());
    }
  }

  @Test
  void aLaterPostGetsItsOwnTitleInEachLanguage() {
    String[][] cases = {
        {"en", "The Old Pier Fire", "Posted on March 3, 2015 by Ann Lee",
            "The old pier of Karvo burned down in the summer of {{1911|date|1911}}, when a spark from a steam crane set the tarred planks alight and the fire spread to the warehouses along the quay.",
            "The Lighthouse Keeper", "Posted on April 9, 2015 by Ann Lee",
            "Tomas Brell kept the lighthouse on the northern cape from {{1923|date|1923}}, and the light never failed on a single night of storm while he lived on the cape."},
        {"vi", "Vụ cháy cầu tàu cũ", "Đăng ngày 3 tháng 3 năm 2015",
            "Cầu tàu cũ của Karvo bị cháy vào mùa hè năm {{1911|date|1911}}, khi một tia lửa từ cần cẩu hơi nước làm bén lửa những tấm ván tẩm hắc ín và ngọn lửa lan sang các nhà kho dọc bến cảng.",
            "Người gác hải đăng", "Đăng ngày 9 tháng 4 năm 2015",
            "Ông Tomas Brell giữ ngọn hải đăng trên mũi đất phía bắc từ năm {{1923|date|1923}}, và ngọn đèn chưa bao giờ tắt trong một đêm bão nào khi ông còn sống trên mũi đất."},
        {"he", "השריפה במזח הישן", "פורסם ב-3 במרץ 2015",
            "המזח הישן של קרבו נשרף בקיץ {{1911|date|1911}}, כאשר ניצוץ ממנוף קיטור הצית את הקרשים המזופתים והאש התפשטה אל המחסנים שלאורך הרציף.",
            "שומר המגדלור", "פורסם ב-9 באפריל 2015",
            "תומס ברל שמר על המגדלור בכף הצפוני משנת {{1923|date|1923}}, והאור לא כבה אף באחד מלילות הסערה כל עוד חי על הכף."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String page = c[1] + "\n" + c[2] + "\n\n" + c[3] + "\n\n" + c[4] + "\n" + c[5] + "\n\n"
          + c[6] + "\n";
      Result r = gen(lang, page);
      assertContext(r, "1923", c[4], c[1]);
    }
  }

  @Test
  void anEntryTitledLikeThePageTitleHeadsItsOwnEntryInEachLanguage() {
    // A page of entries, each headed "Headline – date" as the page's first line is: by its
    // length and figures the second title passes for a caption, but it heads its own entry.
    String[][] cases = {
        {"en", "The Old Pier Fire – 3 March 2015", "The Lighthouse Keeper – 9 April 2015",
            "Old Pier", "April",
            "The old pier of Karvo burned down in the summer of {{1911|date|1911}}, when a spark from a steam crane set the tarred planks alight and the fire spread to the warehouses along the quay.",
            "Tomas Brell kept the lighthouse on the northern cape from {{1923|date|1923}}, and the light never failed on a single night of storm while he lived on the cape."},
        {"vi", "Vụ cháy cầu tàu cũ – 3 tháng 3 năm 2015", "Người gác hải đăng trên mũi đất – 9 tháng 4 năm 2015",
            "cầu tàu", "tháng 4",
            "Cầu tàu cũ của Karvo bị cháy vào mùa hè năm {{1911|date|1911}}, khi một tia lửa từ cần cẩu hơi nước làm bén lửa những tấm ván tẩm hắc ín và ngọn lửa lan sang các nhà kho dọc bến cảng.",
            "Ông Tomas Brell giữ ngọn hải đăng trên mũi đất phía bắc từ năm {{1923|date|1923}}, và ngọn đèn chưa bao giờ tắt trong một đêm bão nào khi ông còn sống trên mũi đất."},
        {"he", "השריפה במזח הישן – 3 במרץ 2015", "שומר המגדלור בכף הצפוני – 9 באפריל 2015",
            "המזח", "באפריל",
            "המזח הישן של קרבו נשרף בקיץ {{1911|date|1911}}, כאשר ניצוץ ממנוף קיטור הצית את הקרשים המזופתים והאש התפשטה אל המחסנים שלאורך הרציף.",
            "תומס ברל שמר על המגדלור בכף הצפוני משנת {{1923|date|1923}}, והאור לא כבה אף באחד מלילות הסערה כל עוד חי על הכף."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String headline = c[2].substring(0, c[2].indexOf(" – "));
      String storm = switch (c[0]) {
        case "vi" -> "Một đêm bão";
        case "he" -> "לילה של סערה";
        default -> "A night of storm";
      };
      for (String sub : new String[] {"", storm + "\n\n"}) {
        String page = c[1] + "\n\n" + c[5] + "\n\n" + c[2] + "\n\n" + sub + c[6] + "\n";
        Result r = gen(lang, page);
        assertContext(r, "1923", headline, c[3]);
        for (Question q : about(r, "1923")) {
          assertFalse(q.context().contains(c[4]), q.context()); // the entry's date is no topic
        }
      }
    }
  }

  private static final String LEAD = "Karvo is a small harbour town on the northern coast, known "
      + "for its fishing fleet, its old pier and the lighthouse that stands on the cape above it.";

  @Test
  void aSectionWhoseHeadingNamesNothingGetsNoHeadingOfAnother() {
    String page = "Karvo harbour\n\n" + LEAD + "\n\nThe Old Pier\n\n"
        + "The old pier of Karvo was built of oak in {{1851|date|1851}} by the merchants of the town.\n\n"
        + "History\n\n"
        + "The fishing fleet of Karvo grew to {{40|number|40}} boats when the new cannery opened on the quay.\n";
    for (Question q : about(gen(Language.EN, page), "40")) {
      assertFalse(q.context() != null && q.context().contains("Old Pier"), q.context());
    }
    assertContext(gen(Language.EN, page), "1851", "The Old Pier", "History");
  }

  @Test
  void aMarkdownSubheadingNamingNothingLeavesItsParentGoverning() {
    String page = "# Karvo harbour\n\n" + LEAD + "\n\n## The Fishing Fleet\n\n"
        + "The fleet of Karvo was small before the railway reached the coast in the north.\n\n"
        + "### 1923\n\n"
        + "The fishing fleet of Karvo grew to {{40|number|40}} boats when the new cannery opened on the quay.\n";
    assertContext(gen(Language.EN, page), "40", "The Fishing Fleet", "1923");
  }

  @Test
  void aYearOpeningTheTitleStopsNoQuestionOfThatYear() {
    // The title's year would give the answer away: the title goes without it, the fact is asked.
    String page = "1906 Great Karvo earthquake\n\nThe Great Karvo earthquake struck the northern coast at "
        + "dawn in {{1906|date|1906}} and destroyed half of the old harbour town and its pier.\n";
    List<Question> qs = about(gen(Language.EN, page), "1906");
    assertFalse(qs.isEmpty(), "1906 asked");
    for (Question q : qs) {
      assertEquals("Great Karvo earthquake", q.context());
    }
    assertEquals("Karvo earthquake", YearlessTitles.withoutYear("1906 Karvo earthquake"));
    assertEquals(null, YearlessTitles.withoutYear("1906 1907 Karvo"));
  }

  @Test
  void aChronologyEntryOpeningWithItsDateHeadsItsOwnEntryInEachLanguage() {
    // A page of chronology entries, each headed "date – headline": each entry's questions take
    // its own headline (without the date, which may be the answer), never the entry above it.
    String[][] cases = {
        {"en", "1911 – The old pier fire", "1923 – The lighthouse keeper", "old pier",
            "The old pier of Karvo burned down in the summer of {{1911|date|1911}}, when a spark from a steam crane set the tarred planks alight and the fire spread to the warehouses along the quay.",
            "Tomas Brell kept the lighthouse on the northern cape from {{1923|date|1923}}, and the light never failed on a single night of storm while he lived on the cape."},
        {"vi", "1911 – Vụ cháy cầu tàu cũ", "1923 – Người gác hải đăng", "cầu tàu",
            "Cầu tàu cũ của Karvo bị cháy vào mùa hè năm {{1911|date|1911}}, khi một tia lửa từ cần cẩu hơi nước làm bén lửa những tấm ván tẩm hắc ín và ngọn lửa lan sang các nhà kho dọc bến cảng.",
            "Ông Tomas Brell giữ ngọn hải đăng trên mũi đất phía bắc từ năm {{1923|date|1923}}, và ngọn đèn chưa bao giờ tắt trong một đêm bão nào khi ông còn sống trên mũi đất."},
        {"he", "1911 – השריפה במזח הישן", "1923 – שומר המגדלור", "המזח",
            "המזח הישן של קרבו נשרף בקיץ {{1911|date|1911}}, כאשר ניצוץ ממנוף קיטור הצית את הקרשים המזופתים והאש התפשטה אל המחסנים שלאורך הרציף.",
            "תומס ברל שמר על המגדלור בכף הצפוני משנת {{1923|date|1923}}, והאור לא כבה אף באחד מלילות הסערה כל עוד חי על הכף."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String page = c[1] + "\n\n" + c[4] + "\n\n" + c[2] + "\n\n" + c[5] + "\n";
      Result r = gen(lang, page);
      String own = c[2].substring(c[2].indexOf(" – ") + 3);
      assertContext(r, "1923", own, c[3]);
      assertContext(r, "1911", c[1].substring(c[1].indexOf(" – ") + 3), "1911 –");
    }
  }
}
