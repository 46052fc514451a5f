package org.factdrill.extract;

import org.factdrill.text.Language;

/**
 * The month of an event's name standing right before a year phrase ("Cách mạng tháng Ba năm
 * 1930"): the month-named-event reading keeps that month in the name and leaves the year phrase
 * as the date, but the phrase is still the year of that month for the sentence, as the whole
 * "month year" was: a yearless day of that month before it in the sentence is dated by it.
 */
public final class NamedMonthYears {
  /** Tokens before the year phrase in which its month word may start ("tháng Mười Một"). */
  private static final int REACH = 4;

  private NamedMonthYears() {}

  /**
   * The month (1-12) written as part of an event's name right before the year phrase starting at
   * {@code yearStart}, reading the sentence from {@code sentenceStart}; 0 when there is none.
   */
  public static int month(String text, int sentenceStart, int yearStart, Language lang) {
    if (sentenceStart < 0 || yearStart <= sentenceStart || yearStart > text.length()) {
      return 0;
    }
    Lexicon lex = Lexicon.of(lang);
    Toks t = Tokenizer.toks(text.substring(sentenceStart, yearStart));
    DateRecognizer rec = DateRecognizer.of(lex);
    for (int k = Math.max(0, t.size() - REACH); k < t.size(); k++) {
      Match m = rec.at(t, k);
      if (m != null && m.to() == t.size() && MonthInSentence.bareMonth(m.value()) > 0
          && MonthInName.holds(t, m, lex)) {
        return MonthInSentence.bareMonth(m.value());
      }
    }
    return 0;
  }
}
