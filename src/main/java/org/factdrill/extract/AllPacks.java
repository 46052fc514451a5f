package org.factdrill.extract;

import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * Word lists read across every pack: pages mix languages (a Vietnamese article carries English
 * citation marks "[note 1]", an English one "5 km" or "[cần dẫn nguồn]"), so the marks that say a
 * number is not a fact are recognised in any installed language. Built once, immutable.
 */
final class AllPacks {
  private AllPacks() {}

  /** Words inside a citation mark: "[note 3]", "[cần dẫn nguồn]", "[דרוש מקור]". */
  static final Set<String> CITATION_WORDS = union(WordList.CITATION_WORDS);
  /** Labels of a site's counters ("views", "lượt xem", "צפיות"): a page's chrome is often in another language. */
  static final Set<String> SITE_COUNTERS = union(WordList.SITE_COUNTERS);
  /** Letters allowed glued after digits: ordinal endings, units, scales, codes ("5th", "10km"). */
  static final Set<String> DIGIT_SUFFIXES = union(WordList.DIGIT_SUFFIXES);
  /** Words allowed glued before digits: date words, currency codes ("năm1993", "US$"). */
  static final Set<String> DIGIT_PREFIXES = union(WordList.DIGIT_PREFIXES);
  /** Abbreviations after an hour that make it a clock time: "7 pm", "10 a.m.". */
  static final Set<String> CLOCK_ABBREVIATIONS = union(WordList.CLOCK_ABBREVIATIONS);
  static final Set<String> CLOCK_ABBREVIATION_STARTS = DateTokens.firstWords(CLOCK_ABBREVIATIONS);

  /** Names of hundredths of a currency after an amount: "$20 and 43 cents", "5 рублей 20 копеек". */
  static final Set<String> MINOR_UNITS = union(WordList.MINOR_UNITS);
  /** The same glued to the digits: "$20 and 43c". */
  static final Set<String> MINOR_UNIT_ABBREVIATIONS = union(WordList.MINOR_UNIT_ABBREVIATIONS);

  /** Letters glued after digits that make an ordinal ("5th"): never a quantity. */
  static final Set<String> ORDINAL_ENDINGS = union(WordList.ORDINAL_ENDINGS);
  /** Scale letters glued to digits, from every pack's scale-suffixes ("23k", "3M", "100К"). */
  static final java.util.Map<String, Long> SCALE_SUFFIXES = scaleSuffixes();

  /** Endings glued to a year that make it a decade ("1990s"). */
  static final Set<String> DECADE_ENDINGS = union(WordList.DECADE_ENDINGS);

  /** Names of time standards before a zone's offset: "UTC +2", "GMT−5". */
  static final Set<String> ZONE_NAMES = union(WordList.ZONE_NAMES);
  /** Every pack's words for the hours of a 24-hour clock time ("0630 hours"). */
  static final Set<String> CLOCK_HOURS = union(WordList.CLOCK_HOURS);

  private static java.util.Map<String, Long> scaleSuffixes() {
    java.util.Map<String, Long> all = new java.util.HashMap<>();
    for (LanguagePack p : LanguagePacks.all()) {
      p.scaleSuffixes().forEach(all::putIfAbsent);
    }
    return java.util.Map.copyOf(all);
  }

  private static Set<String> union(WordList list) {
    return LanguagePacks.allWords(list.key);
  }
}
