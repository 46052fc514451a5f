package org.factdrill.extract;

/**
 * A month named alone (no day, no year) inside a proper name is no date: "Cách mạng Tháng Tám",
 * "Tháng Tư đen", "Black April" name an event or a memory, not a month. Two signs, neither at a
 * sentence's or line's first word (whose capital says nothing): the month's first word is
 * capitalised in a language that writes its month words in lowercase (pack feature
 * months-in-lowercase), or the word right before the month is a capitalised word that is no month,
 * numeral or other word of the language's date grammar. A third holds in any case: the month
 * follows one of the pack's month-named-events, an event noun ("cách mạng tháng 8", "khởi nghĩa
 * tháng Tám"), so a later document's year is never given to it.
 */
final class MonthInName {
  /** Words from a verb of commemorating to the event noun it takes ("kỷ niệm 70 năm lễ …"). */
  private static final int COMMEMORATION_REACH = 5;

  private MonthInName() {}

  /** True when the bare month {@code m} is written as part of a name. */
  static boolean holds(Toks t, Match m, Lexicon lex) {
    int i = m.from();
    if (MonthInSentence.bareMonth(m.value()) == 0) {
      return false;
    }
    if (eventBefore(t, i, lex) >= 0) {
      return true; // "cách mạng tháng 8": an event named after its month, whatever the case
    }
    if (!t.capitalized(i) || t.sentenceStart(i)) {
      return false;
    }
    if (lex.has(PackFeature.MONTHS_IN_LOWERCASE)) {
      return true;
    }
    int b = i - 1;
    return t.isWordTok(b) && t.capitalized(b) && !t.sentenceStart(b) && !t.attached(i)
        && !lex.trigger(t, b); // not "Monday April", "Easter April": a date word before it
  }

  /**
   * True when the month phrase from {@code i} (its marker) to {@code end}, followed by its year, is
   * written as the name of the event noun before it, so only the year dates the event ("Cách mạng
   * tháng Tám năm 1945", "cuộc Khởi nghĩa tháng 3 năm 1885"). A language that writes its month words
   * in lowercase writes an event's name with capitals: its month word capitalised (the marker or
   * the month), or the event noun capitalised where no sentence starts. A lowercase event noun
   * before a month in digits ("cuộc khởi nghĩa tháng 3 năm 1885") is a common noun dated by an
   * ordinary date phrase: month and year stay the date.
   */
  static boolean namesEvent(Toks t, int i, int end, Lexicon lex) {
    int ev = lex.has(PackFeature.MONTHS_IN_LOWERCASE) ? eventBefore(t, i, lex) : -1;
    if (ev < 0) {
      return false;
    }
    for (int k = i; k < end; k++) {
      if (t.capitalized(k)) {
        return true; // "tháng Tám", "Tháng 8": a capital no date phrase writes
      }
    }
    for (int k = ev; k < i; k++) {
      if (t.capitalized(k) && !t.sentenceStart(k)) {
        return true; // "kỷ niệm Cách mạng tháng 8": the noun written as a name
      }
    }
    return commemorated(t, ev, lex);
  }

  /**
   * True when a verb of commemorating (pack observance-verbs) stands a few words before the event
   * noun at {@code ev} in the same clause ("kỷ niệm 70 năm cách mạng …", "lễ tưởng niệm cuộc khởi
   * nghĩa …"): what is commemorated is a named event, however its name is cased.
   */
  private static boolean commemorated(Toks t, int ev, Lexicon lex) {
    java.util.Set<String> verbs = lex.words(WordList.OBSERVANCE_VERBS);
    for (int k = ev - 1; k >= Math.max(0, ev - COMMEMORATION_REACH); k--) {
      if (!t.isWordTok(k) && !t.isDigits(k)) {
        break; // a comma or bracket ends the clause
      }
      int n = DateTokens.phrase(t, k, verbs);
      if (n > 0 && k + n <= ev) {
        return true;
      }
      if (t.lineBreakBefore(k)) {
        break;
      }
    }
    return false;
  }

  /**
   * The first token of one of the pack's month-named-events ending right before {@code i} on the
   * same line ("cách mạng", "cuộc nổi dậy"), or -1.
   */
  private static int eventBefore(Toks t, int i, Lexicon lex) {
    java.util.Set<String> events = lex.words(WordList.MONTH_NAMED_EVENTS);
    for (int n = 1; n <= 3 && !events.isEmpty() && i - n >= 0; n++) {
      if (!t.lineBreakBefore(i - n + 1) && DateTokens.phrase(t, i - n, events) == n) {
        return i - n;
      }
    }
    return -1;
  }
}
