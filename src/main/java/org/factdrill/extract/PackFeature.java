package org.factdrill.extract;

/**
 * The pack features (pack.tsv's "features") the grammar engine switches on, by name; {@link
 * Lexicon} resolves them once per language, so a test per token is a field read, not a set look-up.
 */
enum PackFeature {
  ALTERNATIVES_WITH_DIGITS("alternatives-with-digits"),
  CAPITALIZED_NUMERAL_IS_NAME("capitalized-numeral-is-name"),
  DESIGNATOR_NAME_BETWEEN("designator-name-between"),
  ERAS_IN_CAPITALS("eras-in-capitals"),
  HYPHEN_COMPOUND_NUMERALS("hyphen-compound-numerals"),
  MODEL_NAME_BEFORE_NUMBER("model-name-before-number"),
  MONTHS_IN_LOWERCASE("months-in-lowercase"),
  MONTH_FIRST_NUMERIC("month-first-numeric"),
  RANGES_EITHER_ORDER("ranges-either-order"),
  SPOKEN_FRACTIONS("spoken-fractions"),
  SPOKEN_YEARS("spoken-years"),
  TEENS_UNIT_TEN("teens-unit-ten"),
  YEAR_MAY_TOUCH_WORD("year-may-touch-word");

  /** The feature's name in pack.tsv. */
  final String key;

  PackFeature(String key) {
    this.key = key;
  }
}
