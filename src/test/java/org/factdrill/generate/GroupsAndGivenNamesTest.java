package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A prompt that points outside itself by a group word or a given name (issue 20, rubric line 1),
 * on invented texts in English, Vietnamese and Hebrew: a plural pronoun, demonstrative or count
 * opening the clause ("These were", "họ", "השניים") needs the sentence shown with it to name
 * someone; a member of a family introduced in full and then called by the given name alone
 * ("Piet") needs a full name on screen or the sentence before that shows one. Each with a near
 * case that must stay asked.
 */
class GroupsAndGivenNamesTest {

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static List<Question> asked(Result r, String answer) {
    return Fixtures.clozes(r, answer);
  }

  /** The one cloze asking {@code answer}, whose prompt shows {@code shown}. */
  private static void askedShowing(Result r, String answer, String shown) {
    List<Question> q = asked(r, answer);
    assertEquals(1, q.size(), r.report().format(r.bank()));
    assertTrue(q.get(0).prompt().contains(shown), q.get(0).prompt());
  }

  @Test
  void aGroupOpeningAClauseAfterASentenceNamingNoOneIsNotAsked() {
    Result r = gen(Language.EN, """
        Harbour defences of Kessport

        The council met again in the spring and argued for weeks over the money. These were \
        finished in {{1784|date|1784}} at a cost the town could barely bear.
        """);
    assertTrue(asked(r, "1784").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.DANGLING_START, "1784"));
  }

  @Test
  void aGroupOpeningAClauseTakesTheSentenceThatNamesIt() {
    Result r = gen(Language.EN, """
        Harbour defences of Kessport

        In the spring the council ordered three forts built along the Varn estuary. These were \
        finished in {{1784|date|1784}} at a cost the town could barely bear.
        """);
    askedShowing(r, "1784", "Varn estuary");
  }

  @Test
  void theTwoAsASubjectNeedTheSentenceThatNamesThem() {
    Result named = gen(Language.EN, """
        Treaty of Orsel

        Envoys of Maronia and Quell met at Orsel in the autumn. The two signed the treaty on \
        {{12 May 1851|date|1851-05-12}} after a winter of talks.
        """);
    askedShowing(named, "12 May 1851", "Maronia and Quell");
    Result unnamed = gen(Language.EN, """
        Treaty of Orsel

        The envoys met again in the autumn. The two signed the treaty on \
        {{12 May 1851|date|1851-05-12}} after a winter of talks.
        """);
    assertTrue(asked(unnamed, "12 May 1851").isEmpty(), unnamed.report().format(unnamed.bank()));
  }

  @Test
  void aVietnameseGroupOpeningAParagraphIsNotAsked() {
    Result r = gen(Language.VI, """
        Khởi nghĩa vùng Tây Nguyên

        Những người này đã chiếm được đồn lớn vào {{năm 1771|date|1771}} sau nhiều ngày vây hãm.
        """);
    assertTrue(asked(r, "năm 1771").isEmpty(), r.report().format(r.bank()));
  }

  @Test
  void aVietnameseGroupTakesTheSentenceThatNamesIt() {
    Result r = gen(Language.VI, """
        Khởi nghĩa vùng Tây Nguyên

        Lạc Vân và em trai Lạc Phong dựng cờ ở ấp Kim Sơn. Hai anh em đã chiếm được đồn lớn vào \
        {{năm 1771|date|1771}} sau nhiều ngày vây hãm.
        """);
    askedShowing(r, "năm 1771", "Lạc Vân");
  }

  @Test
  void aHebrewGroupTakesTheSentenceBeforeIt() {
    Result r = gen(Language.HE, """
        ועידת הנמל

        נציגי העירייה ונציגי הסוחרים נפגשו בבית המכס. השניים חתמו על חוזה חכירה ב-{{1931|date|1931}} אחרי חודשים של דיונים.
        """);
    askedShowing(r, "1931", "נציגי העירייה");
    Result alone = gen(Language.HE, """
        ועידת הנמל

        השניים חתמו על חוזה חכירה ב-{{1931|date|1931}} אחרי חודשים של דיונים.
        """);
    assertTrue(asked(alone, "1931").isEmpty(), alone.report().format(alone.bank()));
  }

  @Test
  void aGivenNameAloneOfAFamilyIntroducedBeforeIsNotAsked() {
    Result r = gen(Language.EN, """
        The Verlo workshop

        The workshop was run by Anna Verlo, Piet Verlo and Mara Verlo, who had learnt the trade in \
        the north.

        Trade grew through the next decade and the workshop took on apprentices. Piet opened a \
        second shop in {{1862|date|1862}} near the river market.
        """);
    assertTrue(asked(r, "1862").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.DANGLING_START, "1862"));
  }

  @Test
  void aGivenNameTakesTheSentenceBeforeThatShowsTheFullName() {
    Result r = gen(Language.EN, """
        The Verlo workshop

        The workshop was run by Anna Verlo, Piet Verlo and Mara Verlo. Piet Verlo kept the books. \
        Piet opened a second shop in {{1862|date|1862}} near the river market.
        """);
    askedShowing(r, "1862", "Piet Verlo kept");
  }

  @Test
  void aFullNameInTheSameSentenceOrItsContextLineStaysAsked() {
    Result same = gen(Language.EN, """
        The Verlo workshop

        The workshop was run by Anna Verlo, Piet Verlo and Mara Verlo.

        Trade grew through the next decade. Piet Verlo, the youngest, opened a second shop in \
        {{1862|date|1862}} near the river market, and Piet ran it alone.
        """);
    assertEquals(1, asked(same, "1862").size(), same.report().format(same.bank()));
    Result heading = gen(Language.EN, """
        The Verlo workshop

        The workshop was run by Anna Verlo, Piet Verlo and Mara Verlo.

        Piet Verlo

        Trade grew through the next decade. Piet opened a second shop in {{1862|date|1862}} near \
        the river market.
        """);
    assertEquals(1, asked(heading, "1862").size(), heading.report().format(heading.bank()));
  }

  @Test
  void aSurnameOfOnePersonOrANameTheTextUsedAloneFirstStaysAsked() {
    Result one = gen(Language.EN, """
        The Verlo workshop

        The workshop was run by Piet Verlo, who had learnt the trade in the north.

        Trade grew through the next decade. Verlo opened a second shop in {{1862|date|1862}} near \
        the river market.
        """);
    assertEquals(1, asked(one, "1862").size(), one.report().format(one.bank()));
    Result place = gen(Language.EN, """
        The river towns

        Traders came to Harl by boat. Later the towns of North Harl and South Harl grew up.

        Harl built a second market in {{1862|date|1862}} near the river.
        """);
    assertEquals(1, asked(place, "1862").size(), place.report().format(place.bank()));
  }

  @Test
  void aTitleSharedByTwoNamesOrANameInsideALongerOneMakesNoFamily() {
    Result title = gen(Language.EN, """
        The river treaty

        The treaty was drafted under President Halvor Dane and signed under President Ostrel Mott, \
        and the president kept a copy in the archive.

        Trade grew through the next decade. Mott opened the new customs house in {{1862|date|1862}} \
        near the river market.
        """);
    assertEquals(1, asked(title, "1862").size(), title.report().format(title.bank()));
    Result plates = gen(Language.EN, """
        The Venn fault

        The fault lies between the Harl Plate and the North Venn Plate, which grind past each other.

        The western (Harl) plate carried the island of Tessa {{300|number|300}} kilometres to the north.
        """);
    assertEquals(1, asked(plates, "300").size(), plates.report().format(plates.bank()));
  }

  @Test
  void aVietnameseGivenNameAloneOfBrothersNamedInRowsIsNotAsked() {
    Result r = gen(Language.VI, """
        Anh em họ Lạc

        Ba người con của ông Lạc Thông gồm:
        - Lạc Vân, con trưởng
        - Lạc Phong, con thứ

        Sau nhiều năm chuẩn bị, quân khởi nghĩa tiến ra phía bắc. Phong lên ngôi vua vào \
        {{năm 1788|date|1788}} tại núi Bân.
        """);
    assertTrue(asked(r, "năm 1788").isEmpty(), r.report().format(r.bank()));
    Result full = gen(Language.VI, """
        Anh em họ Lạc

        Ba người con của ông Lạc Thông gồm:
        - Lạc Vân, con trưởng
        - Lạc Phong, con thứ

        Sau nhiều năm chuẩn bị, quân khởi nghĩa tiến ra phía bắc. Lạc Phong lên ngôi vua vào \
        {{năm 1788|date|1788}} tại núi Bân.
        """);
    assertEquals(1, asked(full, "năm 1788").size(), full.report().format(full.bank()));
  }

  @Test
  void aGroupAfterAFrontedPhraseNeedsTheSentenceThatNamesIt() {
    Result r = gen(Language.EN, """
        Harbour defences of Kessport

        The council met again in the spring and argued for weeks over the money. In the summer, \
        they finished the forts in {{1786|date|1786}} at a cost the town could barely bear.
        """);
    assertTrue(asked(r, "1786").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.DANGLING_START, "1786"));
    Result named = gen(Language.EN, """
        Harbour defences of Kessport

        In the spring the council ordered three forts built along the Varn estuary. In the \
        summer, they finished the forts in {{1786|date|1786}} at a cost the town could barely bear.
        """);
    askedShowing(named, "1786", "Varn estuary");
  }

  @Test
  void aVietnameseGroupAfterAFrontedPhraseNeedsTheSentenceThatNamesIt() {
    Result r = gen(Language.VI, """
        Khởi nghĩa vùng Tây Nguyên

        Quân khởi nghĩa bàn bạc nhiều tuần về lương thực. Sau nhiều ngày vây hãm, họ chiếm được đồn lớn vào \
        {{năm 1786|date|1786}} giữa mùa hè.
        """);
    assertTrue(asked(r, "năm 1786").isEmpty(), r.report().format(r.bank()));
    Result named = gen(Language.VI, """
        Khởi nghĩa vùng Tây Nguyên

        Lạc Vân và em trai Lạc Phong dựng cờ ở ấp Kim Sơn. Sau nhiều ngày vây hãm, họ chiếm được đồn lớn \
        vào {{năm 1786|date|1786}} giữa mùa hè.
        """);
    askedShowing(named, "năm 1786", "Lạc Vân");
  }

  @Test
  void aHebrewGroupAfterATimePhraseOrAPrefixLetterNeedsASentenceBeforeIt() {
    for (String opening : List.of("ב-1786 הם חתמו", "והשניים חתמו", "ושלושתם חתמו", "ואלה חתמו")) {
      Result alone = gen(Language.HE, """
          ועידת הנמל

          %s על חוזה חכירה ב-{{1931|date|1931}} אחרי חודשים של דיונים.
          """.formatted(opening));
      assertTrue(asked(alone, "1931").isEmpty(), opening + alone.report().format(alone.bank()));
      Result named = gen(Language.HE, """
          ועידת הנמל

          נציגי העירייה ונציגי הסוחרים נפגשו בבית המכס. %s על חוזה חכירה ב-{{1931|date|1931}} אחרי חודשים של דיונים.
          """.formatted(opening));
      askedShowing(named, "1931", "נציגי העירייה");
    }
  }

  @Test
  void aGivenNameAloneOfOnePersonNamedInFullBeforeNeedsTheFullName() {
    Result r = gen(Language.EN, """
        The Quell bindery

        The bindery was founded by Mara Quell, who had learnt the trade in the north.

        Trade grew through the next decade and the bindery took on apprentices. Mara opened a \
        second shop in {{1862|date|1862}} near the river market.
        """);
    assertTrue(asked(r, "1862").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.DANGLING_START, "1862"));
    Result before = gen(Language.EN, """
        The Quell bindery

        The bindery was founded by Mara Quell in the north. Trade grew and Mara Quell took on \
        apprentices. Mara opened a second shop in {{1862|date|1862}} near the river market.
        """);
    askedShowing(before, "1862", "Mara Quell took");
    Result surname = gen(Language.EN, """
        The Quell bindery

        The bindery was founded by Mara Quell, who had learnt the trade in the north.

        Trade grew through the next decade and the bindery took on apprentices. Quell opened a \
        second shop in {{1862|date|1862}} near the river market.
        """);
    assertEquals(1, asked(surname, "1862").size(), surname.report().format(surname.bank()));
    Result shortName = gen(Language.EN, """
        The Quell bindery

        The bindery was founded by Mara Quell, whom everyone called Mara, in the north.

        Trade grew through the next decade and the bindery took on apprentices. Mara opened a \
        second shop in {{1862|date|1862}} near the river market.
        """);
    assertEquals(1, asked(shortName, "1862").size(), shortName.report().format(shortName.bank()));
  }

  @Test
  void aTitleOrAWordOpeningSeveralNamesIsNoGivenName() {
    Result title = gen(Language.EN, """
        The river treaty

        The treaty was signed under Governor Ostrel Mott, and the governor kept a copy.

        Trade grew through the next decade. The Governor opened the new customs house in \
        {{1862|date|1862}} near the river market.
        """);
    assertEquals(1, asked(title, "1862").size(), title.report().format(title.bank()));
    Result places = gen(Language.EN, """
        The river towns

        Traders came from Varn Hollow and from Varn Crossing by boat.

        Trade grew through the next decade. Varn traders built a second market in \
        {{1862|date|1862}} near the river.
        """);
    assertEquals(1, asked(places, "1862").size(), places.report().format(places.bank()));
    Result river = gen(Language.EN, """
        Upstream trade

        Traders came down the Tessel River by boat.

        Trade grew through the next decade. The Tessel flooded the second market in \
        {{1862|date|1862}} and the traders moved uphill.
        """);
    assertEquals(1, asked(river, "1862").size(), river.report().format(river.bank()));
    Result vietnamese = gen(Language.VI, """
        Triều đình Huế

        Năm ấy Trịnh Văn Khôi được cử làm sứ giả sang phương bắc.

        Sau nhiều năm chuẩn bị, nhà Trịnh ký hòa ước vào {{năm 1788|date|1788}} tại núi Bân.
        """);
    assertEquals(1, asked(vietnamese, "năm 1788").size(),
        vietnamese.report().format(vietnamese.bank()));
  }

  @Test
  void givenNamesAreReadOnlyInAScriptWithCapitals() {
    assertNull(GivenNames.alone("אנה ורלו ופיט ורלו. פיט פתח חנות.", 20, "פיט פתח חנות.", null,
        w -> true, Set.of("and")));
    // "By" opens the sentence: the text never writes it as a name, so it is no part of one.
    assertEquals("Piet", GivenNames.alone("By Anna Verlo and Piet Verlo. Piet opened a shop.", 30,
        "Piet opened a shop.", null, w -> !w.equals("By"), Set.of("and")));
    assertFalse(GivenNames.showsFullName("By Anna Verlo and Piet Verlo. Piet opened a shop.", 30,
        "Anna Verlo came.", "Piet", w -> true, Set.of("and")));
  }
}
