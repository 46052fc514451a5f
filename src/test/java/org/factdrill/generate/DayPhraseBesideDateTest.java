package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 57 of the twenty-first review: a phrase counting a day from another ("the night before",
 * "the next morning", "that same day", "hôm sau", "đêm trước", "למחרת") set off by a comma right
 * before a date that writes that day is the date's apposition: the phrase is taken out of the
 * prompt with its comma, and the auditor flags one left in (so the gate keeps it out). A day
 * phrase with no date of a day shown before it is flagged too; one after a shown date is not.
 * Names, places and figures are invented.
 */
class DayPhraseBesideDateTest {
  private static final BankAudit AUDIT = new BankAudit();

  private static List<Question> asked(Language lang, String text, String answer) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .filter(q -> q.answer() != null && answer.equals(q.answer().text())).toList();
  }

  /** Every question asking {@code answer} shows {@code shown} and none shows {@code phrase}. */
  private static void assertDropped(Language lang, String text, String answer, String phrase,
      String shown) {
    List<Question> qs = asked(lang, text, answer);
    assertFalse(qs.isEmpty(), text + "\n" + Fixtures.extracted(lang, text).report()
        .format(Fixtures.extracted(lang, text).bank()));
    for (Question q : qs) {
      String p = q.prompt() == null ? "" : q.prompt();
      assertFalse(p.toLowerCase(java.util.Locale.ROOT).contains(phrase.toLowerCase(
          java.util.Locale.ROOT)), p);
      assertTrue(p.contains(shown), p);
    }
  }

  @Test
  void aDayPhraseBeforeTheDateNamingItsDayIsTakenOut() {
    String en = "The Lamor rising\n\nOn 20 March 1931 the rebels took the town of Lamor. %s, "
        + "19 March, more than 400 men had gathered by the Varn.\n";
    for (String phrase : List.of("The day before", "The night before", "That same night")) {
      assertDropped(Language.EN, String.format(en, phrase), "400", phrase, "19 March");
    }
    assertDropped(Language.EN, "The Ostrel crossing\n\nThe army reached the Ostrel in May 1944. "
        + "The next morning, on 12 May 1944, its engineers threw 14 bridges over the river.\n",
        "14", "next morning", "12 May 1944");
    assertDropped(Language.EN, "The Varn garrison\n\nThe council met at dawn on 15 March 1871. "
        + "The guards, the night before, 14 March, had fled with 60 rifles.\n", "60",
        "night before", "The guards, 14 March (1871), had fled");
    assertDropped(Language.EN, "The Varn garrison\n\nThe council met on 2 May 1871. The day "
        + "after, 3 May, 60 guards left the town.\n", "60", "day after", "3 May (1871)");
    assertDropped(Language.EN, "The Ostrel crossing\n\nThe army reached the Ostrel in May 1944 "
        + "and the next day, 12 May 1944, its engineers threw 14 bridges over the river.\n",
        "14", "next day", "12 May 1944");
  }

  @Test
  void aVietnameseDayPhraseBeforeTheDateIsTakenOutWithItsComma() {
    String[][] cases = {
        {"Ngày 7 tháng 5 năm 1954, quân đội chiếm được cứ điểm Ralo. %s, ngày 6 tháng 5, "
            + "hơn 3.000 quân đã vượt sông Kem.", "3.000", "6 tháng 5"},
        {"Ngày 7 tháng 5 năm 1954, quân đội chiếm được cứ điểm Ralo. Quân đội đã vượt sông Kem "
            + "từ %s, 6/5/1954, với 45 khẩu pháo.", "45", "từ 6/5/1954"}};
    for (String[] c : cases) {
      for (String phrase : List.of("đêm trước", "Tối hôm trước", "hôm trước")) {
        String s = String.format(c[0], c[0].contains("từ %s") ? phrase : capital(phrase));
        String text = "Trận Ralo\n\n" + s + "\n";
        assertDropped(Language.VI, text, c[1], phrase, c[2]);
      }
    }
  }

  @Test
  void aHebrewDayPhraseBeforeTheDateIsTakenOut() {
    String text = "מרד העיר ורן\n\nהמועצה התכנסה בשחר ב-15 במרץ 1871. בלילה שלפני כן, 14 במרץ, "
        + "ברחו 60 שומרים מן העיר.\n";
    assertDropped(Language.HE, text, "60", "בלילה שלפני", "14 במרץ");
  }

  private static String capital(String s) {
    return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  @Test
  void theRestatedDateAskedStillTakesItsYearWithoutThePhrase() {
    // vi21's class 47: the restated date is asked with its year; now the phrase is gone too.
    String text = "Cuộc khởi nghĩa ở Lamor\n\nNgày 20 tháng 3 năm 1931, nghĩa quân chiếm được "
        + "thị trấn Lamor sau ba giờ giao tranh. Đêm hôm trước, 19 tháng 3, hơn 400 người đã "
        + "tập trung bên bờ sông Varn.\n";
    assertDropped(Language.VI, text, "19 tháng 3", "hôm trước", "1931");
  }

  private static String categories(String lang, String prompt, String answer) {
    Question q = new Question.Cloze(Question.Header.of("q", "f-q", lang, prompt, List.of(),
        "Lamor", null), new Question.Answer(AnswerValue.Number.of(400), answer));
    Bank b = new Bank(1, new Bank.GeneratorInfo("test", "1"), List.of(), List.of(q));
    return AUDIT.audit("b.json", b).stream().map(h -> h.category().label()).distinct()
        .sorted().collect(Collectors.joining(","));
  }

  @Test
  void theAuditorFlagsADayPhraseLeftBesideItsDate() {
    assertEquals("relative", categories("en",
        "The night before, 19 March (1931), more than _____ men had gathered by the Varn.", "400"));
    assertEquals("relative", categories("en",
        "The army gathered by the Varn and, the next day, on 19 March 1931, _____ men crossed.",
        "400"));
    assertEquals("relative", categories("vi",
        "Đêm trước, ngày 6 tháng 5 (1954), hơn _____ quân đã vượt sông Kem.", "3.000"));
    assertEquals("relative", categories("vi",
        "Sáng hôm sau, 6/5/1954, hơn _____ quân đã vượt sông Kem.", "3.000"));
  }

  @Test
  void theAuditorFlagsADayPhraseCountedFromADayNotShownOnly() {
    assertEquals("relative", categories("en",
        "The next day, more than _____ men crossed the Varn at Lamor in 1931.", "400"));
    assertEquals("relative", categories("vi",
        "Hôm sau, hơn _____ quân đã vượt sông Kem (1954).", "3.000"));
    assertEquals("relative", categories("en",
        "A month later, more than _____ men crossed the Varn at Lamor in 1931.", "400"));
    // ...and passes one after the day it counts from, or whose object is a date.
    assertEquals("", categories("en",
        "The rebels took Lamor on 20 March 1931. The next day, more than _____ men crossed.",
        "400"));
    assertEquals("", categories("en",
        "More than _____ men had gathered by the Varn the day before 20 March 1931.", "400"));
    assertEquals("", categories("vi",
        "Ngày 5 tháng 5 năm 1954 quân đội tới sông Kem; hôm sau, hơn _____ quân đã vượt sông.",
        "3.000"));
    assertEquals("", categories("en",
        "The rebels took Lamor in March 1931. A month later, more than _____ men crossed.", "400"));
  }
}
