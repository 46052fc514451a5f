package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A prompt names whom or what it is about, on invented sentences: a pronoun subject after a
 * fronted time phrase takes the sentence that names it (or is not asked), an expletive "it" or an
 * existential "there" needs nothing; a clause that names nothing at all (its subject dropped, or
 * in a list row above it) takes the sentence before that names it, while one whose words name
 * its context line's topic stands as it is.
 */
class NamedSubjectTest {

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static Optional<Question> cloze(Result r, String answer) {
    return r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.CLOZE && q.answer().text().equals(answer)).findFirst();
  }

  private static Set<SkipReason> reasons(Result r, String answer) {
    return r.report().skipped().stream().filter(s -> s.text().equals(answer))
        .map(Report.Skipped::reason).collect(Collectors.toSet());
  }

  private static Question asked(Result r, String answer) {
    return cloze(r, answer).orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
  }

  @Test
  void aPronounSubjectAfterAFrontedYearTakesTheSentenceThatNamesIt() {
    Result r = gen(Language.EN, """
        Harbour Office of Valmora

        The Harbour Office of Valmora first opened near the old fish market in the lower town. In \
        {{1912|date|1912}}, it moved to a larger building on Quay Street beside the customs house.
        """);
    assertTrue(asked(r, "1912").prompt().contains("Harbour Office of Valmora first opened"),
        asked(r, "1912").prompt());
  }

  @Test
  void aPronounSubjectAfterAFrontedYearOpeningAParagraphIsNotAsked() {
    Result r = gen(Language.EN, """
        Harbour Office of Valmora

        In {{1912|date|1912}}, they moved to a larger building on Quay Street beside the customs house.
        """);
    assertTrue(cloze(r, "1912").isEmpty(), r.report().format(r.bank()));
    assertTrue(reasons(r, "1912").contains(SkipReason.DANGLING_START));
  }

  @Test
  void anExpletiveItOrAnExistentialThereAfterAFrontedPhrasePointsNowhere() {
    Result r = gen(Language.EN, """
        Treaty of Corvana

        Although the truce of Corvana was signed in {{1918|date|1918}}, it took six months of talks \
        at Lismore to end the war between Ardel and Vensa.

        In {{1900|date|1900}}, there were about four hundred settlers in the Ardel valley and its hills.
        """);
    assertFalse(asked(r, "1918").prompt().isEmpty());
    assertTrue(asked(r, "1900").prompt().startsWith("In _____, there were"), asked(r, "1900").prompt());
  }

  @Test
  void aClauseNamingNothingTakesTheSentenceBeforeThatNamesItsSubject() {
    Result r = gen(Language.EN, """
        Chronicle of the southern kings

        The house of Tarvel ruled the river towns after the fall of Osmir. Counted from the year of \
        the flood to the year of the great fire, it lasted {{149|number|149}} years in all.
        """);
    assertTrue(asked(r, "149").prompt().contains("house of Tarvel"), asked(r, "149").prompt());
  }

  @Test
  void aClauseNamingNothingIsAskedAsItIsWhenThePairWouldNotFitWhole() {
    Result r = gen(Language.EN, """
        Chronicle of the southern kings

        The house of Tarvel ruled the river towns and the hill country after the fall of Osmir,         and its princes kept the old customs of the valley, the markets and the toll bridges alive.         Counted from the year of the flood that drowned the lower fields to the year of the great         fire that burned the granaries and the old market halls of the riverside quarter, it lasted         {{149|number|149}} years in all, longer than any line before or after it.
        """);
    Question q = asked(r, "149");
    assertFalse(q.prompt().contains("house of Tarvel"), q.prompt());
  }

  @Test
  void aSubjectlessClauseAfterAListRowTakesTheRowThatNamesIt() {
    Result r = gen(Language.VI, """
        Sử ký các đời vua

        Đời Chiến quốc, vua Triệu Vũ Đế. Truyền ngôi năm đời, kể từ năm giáp ngọ cho đến năm canh \
        ngọ, cả thảy {{97|number|97}} năm.
        """);
    assertTrue(asked(r, "97").prompt().contains("Triệu Vũ Đế"), asked(r, "97").prompt());
  }

  @Test
  void aClauseWhoseWordsNameItsContextLineStandsAsItIs() {
    Result r = gen(Language.VI, """
        Chiến tranh ở vùng núi

        Chiến tranh bắt đầu từ {{năm 1950|date|1950}} và kết thúc trong bế tắc sau ba năm giao tranh.
        """);
    assertTrue(asked(r, "năm 1950").prompt().startsWith("Chiến tranh bắt đầu"),
        asked(r, "năm 1950").prompt());
    Result en = gen(Language.EN, """
        The war in the mountains

        The war began in {{1950|date|1950}} and ended in a stalemate after three years of fighting.
        """);
    assertTrue(asked(en, "1950").prompt().startsWith("The war began"), asked(en, "1950").prompt());
  }

  @Test
  void aRowOfNamesAndYearsInRunningTextIsNotAsked() {
    Result r = gen(Language.VI, """
        Các đời vua nhà Lê

        Lê Thái Tổ ({{1428|date|1428}}–1433). Lê Thái Tông (1433–{{1442|date|1442}}). Vua Lê Nhân \
        Tông lên ngôi khi mới hai tuổi vào {{năm 1442|date|1442}} sau cái chết đột ngột của vua cha.
        """);
    assertTrue(cloze(r, "1428").isEmpty(), r.report().format(r.bank()));
    assertTrue(reasons(r, "1428").contains(SkipReason.LAYOUT));
    assertTrue(cloze(r, "năm 1442").isPresent(), r.report().format(r.bank()));
  }
}
