package org.factdrill.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Numbers that name a model rather than count anything: a number bound to a capitalised model
 * word ("Boeing 747", where the pack says its language puts a maker's name before the model
 * number), followed by a variant word written in capitals ("737 MAX", the pack's
 * {@code model-variants}), or joined by a dash to letters with a capital ("737-MAX"); and, once a
 * number has been read as a model in a text, the same number next to a capitalised word
 * elsewhere in it ("Boeing 737" ... "737 Classic").
 */
final class ModelNumbers {
  private ModelNumbers() {}

  /** Blocks model numbers at digits token i if it is one; returns true when it did. */
  static boolean mark(Toks t, int i, Lexicon lex) {
    if (t.isBlocked(i) || !plain(t, i) || yearLike(t, i)) {
      return false;
    }
    boolean model;
    if (t.isDash(i + 1) && t.attached(i + 1)) {
      // "737-MAX": letters with a capital joined by a dash (not "20-year", "5-day").
      model = t.isWordTok(i + 2) && t.attached(i + 2) && latin(t.get(i + 2))
          && hasUpper(t.get(i + 2));
    } else if (t.attached(i + 1) && (t.isWordTok(i + 1) || t.isDigits(i + 1)
        || t.isPunct(i + 1, '%') || t.isPunct(i + 1, '°') || t.isDigits(i + 2) && t.attached(i + 2))) {
      model = false; // "5th", "1990s", "2,000", "3.5", "10:30": not this rule's
    } else {
      model = variantAfter(t, i, lex) || makerBefore(t, i, lex) || catalogueBefore(t, i, lex);
    }
    if (model) {
      t.blocked[i] = true;
    }
    return model;
  }

  /**
   * Second pass over a text: numbers read as models somewhere in it stay models wherever they
   * stand next to a capitalised word; {@code models} holds the digits of those read so.
   */
  static void recurring(Toks t, Set<String> models) {
    if (models.isEmpty()) {
      return;
    }
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isBlocked(i) && t.isDigits(i) && models.contains(t.get(i).text())
          && !yearLike(t, i)
          && plain(t, i) && (capitalisedWord(t, i + 1) && !t.attached(i + 1)
          || capitalisedWord(t, i - 1) && !t.attached(i) && t.isWordTok(i - 2))) {
        t.blocked[i] = true;
      }
    }
  }

  /** A set to collect model numbers in, one per text. */
  static Set<String> collector() {
    return new HashSet<>();
  }

  /** Digits of one to four figures with no word, digits or dash glued before them. */
  private static boolean plain(Toks t, int i) {
    if (t.length(i) > 4) {
      return false;
    }
    int p = i - 1;
    return !t.attached(i) || !(t.isWordTok(p) || t.isDigits(p) || t.isDash(p)
        || t.isPunct(p, '.') || t.isPunct(p, ',') || t.isPunct(p, '/') || t.isPunct(p, '#'));
  }

  /** "737 MAX": a variant word of the pack written in capitals right after the number. */
  private static boolean variantAfter(Toks t, int i, Lexicon lex) {
    return t.isWordTok(i + 1) && t.length(i + 1) >= 2 && allCaps(t, i + 1)
        && lex.words(WordList.MODEL_VARIANTS).contains(t.norm(i + 1));
  }

  /**
   * "the Boeing 747": a word written with a capital and small letters right after a small-letter
   * word or the first word of a sentence (not a name of several words such as a byline's
   * author), on the same line as the number, not a
   * month, weekday, hedge, era or currency, before a number that cannot be a year and is no day
   * of a month after it.
   */
  private static boolean makerBefore(Toks t, int i, Lexicon lex) {
    if (!lex.has(PackFeature.MODEL_NAME_BEFORE_NUMBER) || !capitalisedWord(t, i - 1)
        || allCaps(t, i - 1) || !t.isWordTok(i - 2) || t.attached(i - 1)
        || t.lineBreakBefore(i) || t.lineBreakBefore(i - 1)
        || t.capitalized(i - 2) && !t.sentenceStart(i - 2)) {
      return false;
    }
    Token w = t.get(i - 1);
    String n = w.norm();
    if (lex.month(n) > 0 || lex.words(WordList.WEEKDAYS).contains(n)
        || lex.words(WordList.HEDGES).contains(n) || lex.words(WordList.ERA_AD).contains(n)
        || lex.words(WordList.ERA_BC).contains(n) || Currencies.code(w.text()) != null
        || lex.currencyBefore(t, i - 1) != null || lex.currencyBefore(t, i - 2) != null
        || lex.designator(t, i - 1)) {
      return false;
    }
    return !(t.isWordTok(i + 1) && (lex.month(t.norm(i + 1)) > 0
        || lex.words(WordList.MONTH_NUMBER_WORDS).contains(t.norm(i + 1))));
  }

  /**
   * "BWV 147", "RV 269": a catalogue's or series' designator written in capitals (two to five
   * letters, no ISO currency code, era or month) right before the number on its line numbers a
   * work; "the UN 75 years on" keeps its duration (a duration unit or year word after the number).
   */
  private static boolean catalogueBefore(Toks t, int i, Lexicon lex) {
    int w = i - 1;
    if (!t.isWordTok(w) || t.length(w) < 2 || t.length(w) > 5 || t.attached(i)
        || t.lineBreakBefore(i) || !capitalisedWord(t, w) || !allLetterCaps(t, w)) {
      return false;
    }
    String n = t.norm(w);
    return Currencies.code(t.text.substring(t.startOf(w), t.endOf(w))) == null
        && lex.month(n) <= 0 && !lex.words(WordList.ERA_AD).contains(n)
        && !lex.words(WordList.ERA_BC).contains(n)
        && !(t.isWordTok(i + 1) && (lex.words(WordList.DURATION_UNITS).contains(t.norm(i + 1))
        || lex.words(WordList.YEAR_WORDS).contains(t.norm(i + 1))));
  }

  /** Word i holds only capital letters. */
  private static boolean allLetterCaps(Toks t, int i) {
    for (int k = t.startOf(i); k < t.endOf(i); k++) {
      if (!Character.isUpperCase(t.chars[k])) {
        return false;
      }
    }
    return true;
  }

  /** Digit run i is four digits from 1000 to 2100: a year may stand next to any name ("the Paris 1900 fair"). */
  private static boolean yearLike(Toks t, int i) {
    if (t.length(i) != 4) {
      return false;
    }
    int v = t.smallValue(i);
    return v >= 1000 && v <= 2100;
  }

  private static boolean capitalisedWord(Toks t, int i) {
    return t.capitalized(i) && t.chars[t.startOf(i)] < 0x250;
  }

  /** Word i holds only capitals and digits, read off the arrays. */
  private static boolean allCaps(Toks t, int i) {
    for (int k = t.startOf(i); k < t.endOf(i); k++) {
      char c = t.chars[k];
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean latin(Token w) {
    return w.text().charAt(0) < 0x250;
  }

  private static boolean hasUpper(Token w) {
    return w.text().chars().anyMatch(Character::isUpperCase);
  }
}
