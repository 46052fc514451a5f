package org.factdrill.extract;

/**
 * One entry of a language's number vocabulary and its role in the grammar of numerals.
 *
 * @param value the word's value: 7 for "seven", 100 for "hundred", 1000000 for "million"
 * @param role how it combines with the words around it
 * @param startsNumber false for words that only continue a numeral ("mươi", "hundreds")
 */
record NumberWord(long value, Role role, boolean startsNumber) {

  /** How a number word combines with what came before it. */
  enum Role {
    /** Added to the current group: "seven", "forty", "mười", "שלושים". */
    ADD,
    /** Multiplies the last unit word by its value: Vietnamese "mươi", "chục". */
    TENS,
    /** Multiplies the current group: "hundred", "trăm", "מאות". */
    HUNDRED,
    /** Closes the group and multiplies it: "thousand", "triệu", "מיליון", "lakh". */
    SCALE,
    /** One half of what follows: "half (a million)", "חצי". */
    HALF,
    /** Decimal point spoken as a word: "point", "phẩy", "נקודה". */
    POINT,
    /** Zero placeholder inside a numeral: Vietnamese "linh", "lẻ". */
    FILLER
  }

  static NumberWord add(long v) {
    return new NumberWord(v, Role.ADD, true);
  }
}
