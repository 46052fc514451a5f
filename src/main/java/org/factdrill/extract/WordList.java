package org.factdrill.extract;

/**
 * The word lists of a pack's words.tsv that the grammar engine reads, by name. {@link Lexicon}
 * resolves each once per language into an array slot, so a look-up on the hot path is an array
 * load rather than a hash of the category name (which cost about a fifth of extraction time).
 */
enum WordList {
  ABSOLUTE_SMALL_NUMERALS("absolute-small-numerals"),
  ADJECTIVE_ENDINGS("adjective-endings"),
  AMOUNT_AND("amount-and"),
  AND_PREFIXES("and-prefixes"),
  CLOCK_AFTER("clock-after"),
  CLOCK_BEFORE("clock-before"),
  COMPOUND_ONLY_NUMERALS("compound-only-numerals"),
  COUNT_NOUNS("count-nouns"),
  COUNT_SUBJECT_VERBS("count-subject-verbs"),
  DATE_FILLERS("date-fillers"),
  DATE_HEDGES("date-hedges"),
  DATE_LIST_JOINS("date-list-joins"),
  DECADE_ENDINGS("decade-endings"),
  DEFINITE_PREFIXES("definite-prefixes"),
  DESIGNATORS("designators"),
  DIGIT_SUFFIXES("digit-suffixes"),
  DURATION_UNITS("duration-units"),
  ERA_AD("era-ad"),
  ERA_BC("era-bc"),
  FIGURE_NOUNS("figure-nouns"),
  FISCAL_YEAR_PREFIXES("fiscal-year-prefixes"),
  HEDGE_PAIRS("hedge-pairs"),
  HEDGES("hedges"),
  HOLIDAY_YEAR_LINKS("holiday-year-links"),
  INDEFINITE_ARTICLES("indefinite-articles"),
  MINOR_UNITS("minor-units"),
  MINUS("minus"),
  MODEL_VARIANTS("model-variants"),
  MONTH_NUMBER_WORDS("month-number-words"),
  NAMES_WITH_NUMERALS("names-with-numerals"),
  NEEDS_UNIT_NUMERALS("needs-unit-numerals"),
  NOT_COUNT_AFTER("not-count-after"),
  NOT_MONEY_NEXT("not-money-next"),
  NOT_NUMERAL_PHRASES("not-numeral-phrases"),
  NUMERAL_AND("numeral-and"),
  ONE_AFTER_CURRENCY("one-after-currency"),
  ORDINAL_ARTICLE_CENTURIES("ordinal-article-centuries"),
  ORDINAL_ARTICLE_DECADES("ordinal-article-decades"),
  ORDINAL_ARTICLES("ordinal-articles"),
  ORDINAL_ENDINGS("ordinal-endings"),
  PERCENT("percent"),
  RANGE_ALTERNATIVES("range-alternatives"),
  RANGE_BETWEEN("range-between"),
  RANGE_BETWEEN_JOIN("range-between-join"),
  RANGE_CONNECTORS("range-connectors"),
  SCALE_WORDS("scale-words"),
  SMALL_NUMBER_DETERMINERS("small-number-determiners"),
  SMALL_NUMBER_PARTITIVES("small-number-partitives"),
  SPOKEN_DECIMAL_POINT("spoken-decimal-point"),
  TIME_PREPOSITIONS("time-prepositions"),
  TRIGGERS("triggers"),
  TWO_SYLLABLE_HEADS("two-syllable-heads"),
  UNIT_STOPS("unit-stops"),
  VAGUE_MARKERS("vague-markers"),
  WEEKDAYS("weekdays"),
  YEAR_WORDS("year-words");

  /** The category's name in words.tsv. */
  final String key;

  WordList(String key) {
    this.key = key;
  }
}
