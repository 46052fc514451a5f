package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, rubric lines 1 and 2 (ninth session): a time that points back ("at that time",
 * "bấy giờ", "אז") is resolved to the one year the sentence before states and shown in
 * brackets, or the fact is not asked; a weekday ("on Sunday") with no date of a day in the
 * prompt or the sentence before is not asked. Every text here is made up.
 */
class TimeBackReferenceTest {

  private static List<Question> clozes(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList();
  }

  private static Question clozeWith(Result r, String answer) {
    return clozes(r).stream().filter(q -> q.answer().text().equals(answer)).findFirst()
        .orElse(null);
  }

  private static boolean skipped(Result r, String text, SkipReason reason) {
    return r.report().skipped().stream().anyMatch(s -> s.reason() == reason
        && s.text().contains(text));
  }

  @Test
  void thenTakesTheOneYearOfTheSentenceBefore(@TempDir Path dir) throws Exception {
    String[][] texts = {
        {"The Varn Bridge\n\nThe council of Varn opened the first stone bridge over the river in"
            + " 1921. At that time the council employed 340 masons from the hill villages.\n",
            // "the council" names nothing the context line names: the sentence before, which
            // names it (and states 1921), is shown with it (NamelessClause).
            "in 1921. At that time the council employed _____ masons"},
        {"Cầu Varn\n\nNăm 1921, hội đồng Varn khánh thành cây cầu đá đầu tiên bắc qua sông."
            + " Bấy giờ hội đồng thuê 340 thợ đá từ các làng trên đồi.\n",
            "bắc qua sông. Bấy giờ hội đồng thuê _____ thợ đá"},
        {"גשר וארן\n\nבשנת 1921 פתחה מועצת וארן את גשר האבן הראשון מעל הנהר. אז העסיקה המועצה"
            + " 340 בנאים מכפרי ההרים.\n", "אז (1921) העסיקה המועצה _____ בנאים"}};
    for (String[] t : texts) {
      Result r = RealText.generate(dir, "t.txt", t[0]);
      Question q = clozeWith(r, "340");
      assertTrue(q != null && q.prompt().contains(t[1]),
          (q == null ? "not asked" : q.prompt()) + "\n" + r.report().format(r.bank()));
    }
  }

  @Test
  void thenWithNoOrSeveralYearsBeforeIsNotAsked(@TempDir Path dir) throws Exception {
    String[] texts = {
        "The Varn Bridge\n\nThe council of Varn opened the stone bridge in 1921 and the mill in"
            + " 1925. At that time the council employed 340 masons from the hill villages.\n",
        "The Varn Bridge\n\nThe council of Varn opened the first stone bridge over the river."
            + " By then the council employed 340 masons from the hill villages.\n",
        "Cầu Varn\n\nHội đồng Varn khánh thành cây cầu đá đầu tiên bắc qua sông. Lúc bấy giờ"
            + " hội đồng thuê 340 thợ đá từ các làng trên đồi.\n"};
    for (String t : texts) {
      Result r = RealText.generate(dir, "t.txt", t);
      assertEquals(null, clozeWith(r, "340"), t);
      assertTrue(skipped(r, "340", SkipReason.RELATIVE_TIME), r.report().format(r.bank()));
    }
  }

  @Test
  void aTimeOfTheSentenceItselfNeedsNothingShown(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Varn Bridge\n\nThe council of Varn built"
        + " the bridge. In 1921 the council, which at that time employed 340 masons, opened"
        + " it.\n");
    Question q = clozeWith(r, "340");
    assertTrue(q != null && !q.prompt().contains("(1921)"), r.report().format(r.bank()));
  }

  @Test
  void aWeekdayWithoutADateIsNotAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Varn Strike\n\nOn Sunday the dock workers"
        + " of Varn stopped work and 2,400 men marched to the harbour office of the city.\n");
    assertEquals(null, clozeWith(r, "2,400"));
    assertTrue(skipped(r, "2,400", SkipReason.RELATIVE_TIME), r.report().format(r.bank()));
    Result he = RealText.generate(dir, "t.txt", "שביתת וארן\n\nביום ראשון הפסיקו פועלי הנמל של"
        + " וארן את עבודתם ו-2400 איש צעדו אל משרד הנמל של העיר.\n");
    assertTrue(clozes(he).stream().noneMatch(q -> q.prompt().contains("ביום ראשון")),
        he.report().format(he.bank()));
  }

  @Test
  void aWeekdayBesideADateIsAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Varn Strike\n\nOn Sunday, 4 March 1923,"
        + " the dock workers of Varn stopped work and 2,400 men marched to the harbour office of"
        + " the city.\n");
    assertTrue(clozeWith(r, "2,400") != null, r.report().format(r.bank()));
  }

  @Test
  void aYearStartingOnAWeekdayIsNoDay(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Year in Varn\n\nThe year was a common year"
        + " starting on Tuesday, and the council of Varn counted 2,400 households in it.\n");
    assertTrue(clozeWith(r, "2,400") != null, r.report().format(r.bank()));
  }
}
