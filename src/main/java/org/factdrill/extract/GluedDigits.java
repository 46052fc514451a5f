package org.factdrill.extract;

import java.util.Set;

/**
 * Digits that belong to a word or a name rather than standing as a figure, found by what is glued
 * to them: a note mark or user-name digits glued to the end of a word ("תושביה3 עבדו", a
 * superscript note copied as text; "slav4", a signature's user name), a number inside a file name
 * ("old map (2).png") and a year cut to two digits with its apostrophe ("מבצע 82'"). A figure of
 * the story is written apart from the words around it; where white space was lost before a
 * number, the word before it is one that leads numbers (a preposition, a year or month word, a
 * hedge, the language's prefix letters: "năm1993", "ב1948"), and a label glued to a date's day
 * or to a table row's value ("Signed7 May 1945", "Population12,345") is left to its own rule.
 */
final class GluedDigits {
  private GluedDigits() {}

  /** Extensions of files a wiki or a page names inline; the number before one names the file. */
  private static final Set<String> FILE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "svg",
      "tif", "tiff", "webp", "bmp", "pdf", "djvu", "ogg", "ogv", "oga", "webm", "mp3", "mp4",
      "wav", "doc", "docx", "xls", "xlsx", "txt");

  /** True when the digits token at {@code i} is part of a word, a file's name or a cut year. */
  static boolean label(Toks t, int i, Lexicon lex) {
    return t.isDigits(i) && (afterWord(t, i, lex) || inFileName(t, i) || shortYear(t, i));
  }

  /**
   * One to three digits glued to the end of a word of two letters or more that leads no number,
   * with white space or punctuation (not a group or decimal mark before more digits) after them.
   */
  static boolean afterWord(Toks t, int i, Lexicon lex) {
    if (t.length(i) > 3 || !t.attached(i) || !t.isWordTok(i - 1)) {
      return false;
    }
    String w = t.norm(i - 1);
    if (w.length() < 2 || lex.isPrefixOnly(w) || leadsNumbers(t, i - 1, lex)
        || Currencies.code(t.get(i - 1).text()) != null) {
      return false;
    }
    Token next = t.get(i + 1);
    if (t.isDigits(i + 1) && Character.isSpaceChar(lex.groupSeparator())
        && t.get(i + 1).text().length() == 3) {
      return false; // "епдрблж852 143": the first group of a number grouped by spaces
    }
    if ((next == null || next.newlinesBefore() > 0 || t.get(i - 1).isCapitalized())
        && NonFacts.rowLabel(t, i - 1, lex)) {
      return false; // "Population12", "Depth5 mi": a row's label and its value
    }
    if (next != null && !next.gapBefore()) {
      if (next.isWord() || next.isDigits() || t.isDigits(i + 2) && t.attached(i + 2)) {
        return false; // "abc12def", "Area1.5", "Deaths3,000": no lone number
      }
    }
    // "Signed7 May 1945": a label glued to the day of a date.
    return !(t.isWordTok(i + 1) && (lex.month(t.norm(i + 1)) > 0
        || lex.words(WordList.MONTH_NUMBER_WORDS).contains(t.norm(i + 1))));
  }

  /** A word that leads a number, alone or after the language's prefix letters. */
  private static boolean leadsNumbers(Toks t, int j, Lexicon lex) {
    String w = t.norm(j);
    if (lex.trigger(t, j) || AllPacks.DIGIT_PREFIXES.contains(w) || lex.designator(t, j)) {
      return true;
    }
    for (WordList l : LEADS) {
      Set<String> words = lex.words(l);
      if (!words.isEmpty() && lex.prefixLength(w, words::contains) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final WordList[] LEADS = {WordList.TIME_PREPOSITIONS, WordList.HEDGES,
      WordList.DATE_HEDGES, WordList.YEAR_WORDS, WordList.DAY_WORDS, WordList.MONTH_NUMBER_WORDS,
      WordList.DECADE_WORDS, WordList.CENTURY_WORDS, WordList.FISCAL_YEAR_PREFIXES,
      WordList.DAY_PREPOSITIONS, WordList.APPROX_PREFIXES, WordList.RANGE_CONNECTORS,
      WordList.RANGE_BETWEEN, WordList.MINUS, WordList.SCALE_WORDS, WordList.AGE_WORDS};

  /** Digits in a run of glued tokens that ends in a file's extension: "(2).png", "map_3.svg". */
  static boolean inFileName(Toks t, int i) {
    for (int k = i + 1; k <= i + 6 && t.attached(k); k++) {
      if (t.isPunct(k, '.') && t.isWordTok(k + 1) && t.attached(k + 1)
          && FILE_EXTENSIONS.contains(t.norm(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two digits followed by an apostrophe or a geresh and nothing glued after it, the year a name
   * cuts short ("מבצע 82'", the operation of '82): which century it means the text leaves to the
   * reader, and it is no count.
   */
  static boolean shortYear(Toks t, int i) {
    if (t.length(i) != 2 || t.attached(i)) {
      return false;
    }
    // Read off the arrays: every run of two digits asks.
    if (i + 1 >= t.size() || !t.attached(i + 1) || !(t.isPunct(i + 1, '\'')
        || t.isPunct(i + 1, '\u2019') || t.isPunct(i + 1, '\u05F3'))) {
      return false;
    }
    return i + 2 >= t.size() || !t.attached(i + 2) || !t.isWordTok(i + 2) && !t.isDigits(i + 2);
  }
}
