package org.factdrill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * The words one language uses around numbers: numerals, month names, hedges, currencies, units of
 * percent, and the nouns that make a following number a designation rather than a quantity.
 * Recognizers are shared; only this vocabulary (and each language's date grammar) differs.
 */
final class Lexicon {
  /** A number word found in a token, with the one-letter prefixes (Hebrew) stripped from it. */
  record Hit(NumberWord word, String prefix) {}

  protected final Map<String, NumberWord> numbers = new HashMap<>();
  protected final Map<String, Integer> months = new HashMap<>();
  private final LanguagePack pack;
  private final String prefixes;
  private final Map<String, List<Holiday>> holidays;
  /** The keys of numbers, months and holidays, filtered: looked up with and without prefixes. */
  private final WordSet numberWords;
  private final WordSet monthWords;
  private final WordSet holidayWords;
  /** The second words of the two-word hedges ("than" of "more than"): only they build a pair. */
  private final Set<String> hedgePairEnds;
  private final Map<String, Long> scaleSuffixes;
  /** Currency names, codes and symbols around amounts. */
  private final CurrencyReader currencies;
  /** The pack's word lists and features by {@link WordList} and {@link PackFeature} ordinal. */
  private final Set<String>[] lists;
  /** The first words of each list's entries: a phrase is looked for only where one starts. */
  private final Set<String>[] starts;
  private final boolean[] features;
  /** The pack's separators, read once: digits ask for them at every number (a map look-up). */
  private final char group;
  private final char decimal;
  /** Numerals without prefix letters, each with its one {@link Hit}: no allocation per look-up. */
  private final Map<String, Hit> plainHits = new HashMap<>();

  /** A lexicon that is nothing but its pack's data, with the shared rules below. */
  Lexicon(LanguagePack pack) {
    this.pack = pack;
    this.prefixes = pack.prefixes();
    this.group = pack.groupSeparator();
    this.decimal = pack.decimalSeparator();
    List<Set<String>> resolved = new ArrayList<>();
    for (WordList w : WordList.values()) {
      resolved.add(pack.words(w.key));
    }
    @SuppressWarnings("unchecked")
    Set<String>[] all = resolved.toArray(new Set[0]);
    this.lists = all;
    @SuppressWarnings("unchecked")
    Set<String>[] firsts = new Set[all.length];
    for (int k = 0; k < all.length; k++) {
      firsts[k] = DateTokens.firstWords(all[k]);
    }
    this.starts = firsts;
    this.features = new boolean[PackFeature.values().length];
    for (PackFeature f : PackFeature.values()) {
      features[f.ordinal()] = pack.has(f.key);
    }
    for (Map.Entry<String, LanguagePack.Numeral> e : pack.numerals().entrySet()) {
      LanguagePack.Numeral n = e.getValue();
      numbers.put(e.getKey(), new NumberWord(n.value(), NumberWord.Role.valueOf(n.role().name()),
          n.starts()));
    }
    for (Map.Entry<String, NumberWord> e : numbers.entrySet()) {
      plainHits.put(e.getKey(), new Hit(e.getValue(), ""));
    }
    months.putAll(pack.monthForms());
    Set<String> starts = new java.util.HashSet<>();
    for (String w : pack.words("percent")) {
      starts.add(w.split(" ")[0]);
    }
    this.percentStarts = Set.copyOf(starts);
    Map<String, List<Holiday>> hol = new HashMap<>();
    for (Map.Entry<String, String> e : pack.holidays().entrySet()) {
      List<String> norms = new ArrayList<>();
      for (Token tok : Tokenizer.tokenize(e.getKey())) {
        norms.add(tok.norm());
      }
      hol.computeIfAbsent(norms.get(0), k -> new ArrayList<>())
          .add(new Holiday(List.copyOf(norms), e.getValue()));
    }
    for (List<Holiday> l : hol.values()) {
      l.sort((a, b) -> b.norms().size() - a.norms().size()); // longest name first
    }
    this.holidays = Map.copyOf(hol);
    this.numberWords = WordSet.of(numbers.keySet());
    this.monthWords = WordSet.of(months.keySet());
    this.holidayWords = WordSet.of(holidays.keySet());
    Set<String> ends = new java.util.HashSet<>();
    for (String pair : words(WordList.HEDGE_PAIRS)) {
      ends.add(pair.substring(pair.lastIndexOf(' ') + 1));
    }
    this.hedgePairEnds = Set.copyOf(ends);
    this.scaleSuffixes = pack.scaleSuffixes();
    this.currencies = new CurrencyReader(this);
  }

  /** A holiday name as the tokenizer's normalized tokens, and its calendar rule id. */
  record Holiday(List<String> norms, String rule) {}

  /**
   * The holiday names whose first word is {@code norm} (prefix letters stripped), longest first,
   * with how many prefix letters were stripped; empty when none starts there.
   */
  final List<Holiday> holidaysStartingWith(String norm) {
    if (holidays.isEmpty()) {
      return List.of();
    }
    if (prefixes.isEmpty()) { // as prefixLength below, without a lambda: runs at every candidate
      if (!holidayWords.mayContain(norm, 0)) {
        return List.of(); // the bit filter: no hash probe for the words that start no holiday
      }
      List<Holiday> l = holidays.get(norm);
      return l == null ? List.of() : l;
    }
    int k = prefixLength(norm, holidayWords);
    return k < 0 ? List.of() : holidays.get(norm.substring(k));
  }

  private final Set<String> percentStarts;

  /** The language's data and declared features. */
  final LanguagePack pack() {
    return pack;
  }

  /** The first words of the entries of {@code category} ("b" of "b . c ."). */
  final Set<String> starts(WordList category) {
    return starts[category.ordinal()];
  }

  /** The pack's word list {@code category}, resolved once (see {@link WordList}). */
  final Set<String> words(WordList category) {
    return lists[category.ordinal()];
  }

  /** Scale letters glued to digits, as pack.tsv's scale-suffixes declares them ("К=1000"). */
  final Map<String, Long> scaleSuffixes() {
    return scaleSuffixes;
  }


  /** True when the pack declares {@code feature}, resolved once (see {@link PackFeature}). */
  final boolean has(PackFeature feature) {
    return features[feature.ordinal()];
  }

  /** The character that groups thousands in digits ("," in English, "." in Vietnamese). */
  final char groupSeparator() {
    return group;
  }

  final char decimalSeparator() {
    return decimal;
  }

  /** Looks up a numeral; a language with prefix letters also tries the word without them. */
  Hit number(String norm) {
    if (prefixes.isEmpty()) {
      return plainHits.get(norm);
    }
    int k = prefixLength(norm, numberWords);
    if (k <= 0) {
      return k < 0 ? null : plainHits.get(norm);
    }
    return new Hit(numbers.get(norm.substring(k)), norm.substring(0, k));
  }

  /** Month number 1-12 for a month name (prefix letters stripped), else 0. */
  int month(String norm) {
    if (prefixes.isEmpty()) {
      Integer m = months.get(norm);
      return m == null ? 0 : m;
    }
    int k = prefixLength(norm, monthWords);
    return k < 0 ? 0 : months.get(norm.substring(k));
  }

  /** The prefix letters before a month name ("ב" of "בספטמבר"), or null when not a month. */
  final String monthPrefix(String norm) {
    int k = prefixLength(norm, monthWords);
    return k < 0 ? null : norm.substring(0, k);
  }

  /**
   * How many of the pack's prefix letters start {@code norm} and leave a known word (0 when it is
   * known as it is), or -1. Always -1 or 0 in a language without prefix letters.
   */
  final int prefixLength(String norm, java.util.function.Predicate<String> known) {
    if (known.test(norm)) {
      return 0;
    }
    for (int k = 1; k <= 3 && k <= norm.length() - 2; k++) {
      if (prefixes.indexOf(norm.charAt(k - 1)) < 0) {
        return -1;
      }
      if (known.test(norm.substring(k))) {
        return k;
      }
    }
    return -1;
  }

  /** As the prefixLength above, but cuts no substring unless the set's filter lets it. */
  private int prefixLength(String norm, WordSet known) {
    return known.contains(norm, 0) ? 0 : prefixedLength(norm, known);
  }

  /** As prefixLength, for a word known not to be in {@code known} as it is: 1 to 3, or -1. */
  private int prefixedLength(String norm, WordSet known) {
    for (int k = 1; k <= 3 && k <= norm.length() - 2; k++) {
      if (prefixes.indexOf(norm.charAt(k - 1)) < 0) {
        return -1;
      }
      if (known.contains(norm, k)) {
        return k;
      }
    }
    return -1;
  }

  /** True when the whole token consists of prefix letters: the ב of "ב-1948". */
  final boolean isPrefixOnly(String norm) {
    if (prefixes.isEmpty() || norm.isEmpty() || norm.length() > 3) {
      return false;
    }
    for (int k = 0; k < norm.length(); k++) {
      if (prefixes.indexOf(norm.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** True when the language has prefix letters. */
  final boolean hasPrefixes() {
    return !prefixes.isEmpty();
  }

  /** Words before a number that hedge it: "about", "khoảng", "כמעט". */
  Set<String> approximators() {
    return words(WordList.HEDGES);
  }

  /** True when "w2 w1" is a two-word hedge: "more than", "up to", "ước tính". */
  final boolean hedgePair(String w2, String w1) {
    // No string built for a w1 that ends no pair: this runs after every fact found.
    return hedgePairEnds.contains(w1) && words(WordList.HEDGE_PAIRS).contains(w2 + " " + w1);
  }

  /** Words that may precede a bare month name or year and mark it as a time ("in", "since"). */
  Set<String> timePrepositions() {
    return words(WordList.TIME_PREPOSITIONS);
  }

  /** Words after a number that make it a count of things, so "1500 soldiers" is no year. */
  /** Whether a word (without prefixes) is a count noun; packs with plural shapes add them. */
  /**
   * A noun that counts: one of the pack's count nouns, or a plural by the pack's
   * {@code plural-endings} ("soldiers", "חיילים") that is not a stop word, a listed non-plural
   * ("שנים" years), a word of three letters or fewer, or a word ending in the ending twice ("ss").
   */
  boolean countNounWord(String w) {
    if (words(WordList.COUNT_NOUNS).contains(w)) {
      return true;
    }
    Set<String> endings = words(WordList.PLURAL_ENDINGS);
    if (endings.isEmpty() || w.length() <= 3 || words(WordList.UNIT_STOPS).contains(w)
        || words(WordList.NOT_PLURALS).contains(w)) {
      return false;
    }
    for (String e : endings) {
      if (w.endsWith(e) && !w.endsWith(e + e)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code w} ends in one of the pack's plural endings ("dollars", "millions"). */
  boolean pluralForm(String w) {
    for (String e : words(WordList.PLURAL_ENDINGS)) {
      if (w.length() > e.length() && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** A count noun at token i; a capitalized word is a name, not a counted noun. */
  boolean countNoun(Toks t, int i) {
    Token tok = t.get(i);
    return tok != null && tok.isWord() && !tok.isCapitalized() && countNounWord(tok.norm());
  }

  /** Words that say the number is negative: "minus", "âm", "מינוס". */
  Set<String> minusWords() {
    return words(WordList.MINUS);
  }

  /** Number of tokens forming a percent word at i ("percent", "phần trăm", "אחוזים"), or 0. */
  int percentWord(Toks t, int i) {
    // Runs after every number: only a word that starts a percent phrase builds the phrase.
    return t.isWordTok(i) && percentStarts.contains(t.norm(i)) ? phrase(t, i, words(WordList.PERCENT)) : 0;
  }

  /**
   * The number of tokens from i that spell one of {@code phrases} (entries of one or more words
   * separated by spaces), the longest that fits; 0 for none.
   */
  static int phrase(Toks t, int i, Set<String> phrases) {
    return phrases.isEmpty() || !t.isWordTok(i) ? 0 : DateTokens.phrase(t, i, phrases);
  }

  /** The currency named by words or a code at i ("dollars", "đô la", "ש"ח"); null when none. */
  CurrencyReader.Currency currencyAfter(Toks t, int i) {
    return currencies.after(t, i);
  }

  /**
   * A currency named by words before digits, where the language writes it so (a currency name, then its digits),
   * with how many tokens name it; null when none.
   */
  CurrencyReader.Currency currencyBefore(Toks t, int i) {
    return currencies.before(t, i);
  }

  /** The denominator a fraction word names ("third" 3, "quarters" 4), or 0. */
  final int denominator(String w) {
    Integer d = pack.fractions().get(w);
    return d == null ? 0 : d;
  }

  /** Nouns after which a number is a designation: "Section 907", "Quân đoàn 4", "סעיף 3". */
  boolean designator(Toks t, int i) {
    return filtered().designator(t, i);
  }

  /** The pack's lists behind bit filters, tested on a word's characters (made when first asked for). */
  private volatile DateLists filtered;

  final DateLists filtered() {
    DateLists d = filtered;
    if (d == null) {
      d = new DateLists(this);
      filtered = d;
    }
    return d;
  }

  /**
   * The counted noun after a number, starting at token i, or null; never on the next line, never
   * a detached prefix letter, a name, a month or a numeral (a numeral used only inside compounds, the
   * Vietnamese "năm", is a noun on its own). A pack's {@code two-syllable-heads} take the next
   * syllable with them ("quân nhân"); where adjectives come before the noun, the noun is the
   * word after those with an adjective ending.
   */
  String unit(Toks t, int i) {
    // Where words take one-letter prefixes, a word of one letter is a prefix written apart. The
    // arrays and the stop words' bit filter first: no token for a word after a number in prose.
    if (!t.isWordTok(i) || t.lineBreakBefore(i) || t.capitalized(i)
        || !prefixes.isEmpty() && (t.normByChars(i) ? t.length(i) : t.norm(i).length()) < 2
        || filtered().has(WordList.UNIT_STOPS, t, i)) {
      return null;
    }
    Token tok = t.get(i);
    String w = tok.norm();
    if ((month(w) > 0 || number(w) != null)
        && !words(WordList.COMPOUND_ONLY_NUMERALS).contains(w)) {
      return null;
    }
    Token next = t.get(i + 1);
    if (words(WordList.TWO_SYLLABLE_HEADS).contains(w) && next != null && next.isWord()
        && next.gapBefore() && !next.isCapitalized()
        && !words(WordList.UNIT_STOPS).contains(next.norm())) {
      return t.text.substring(tok.start(), next.end());
    }
    // "300 armored vehicles": where adjectives come before the noun, the counted noun is the
    // word after those with an adjective ending (the pack's `adjective-endings`).
    if (adjective(w) && !words(WordList.COUNT_NOUNS).contains(w) && next != null
        && next.gapBefore()) {
      String noun = unit(t, i + 1);
      if (noun != null) {
        return noun;
      }
    }
    return tok.text();
  }

  private boolean adjective(String w) {
    for (String e : words(WordList.ADJECTIVE_ENDINGS)) {
      if (w.length() > e.length() + 2 && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** Further words that may start a fact in this language ("ngày", "בשנת", "a", "AD"). */
  private Set<String> extraTriggers() {
    return words(WordList.TRIGGERS);
  }

  /**
   * A cheap test run on every word before the recognizers: can a fact start here? Numerals,
   * months, sign words, currency names and codes, and the language's date words.
   */
  boolean trigger(Toks t, int i) {
    WordSet set = triggerSet(); // the whole word tested once, then its prefix letters stripped
    return set.containsWord(t, i, 0) || !prefixes.isEmpty() && set.prefixedAt(t, i, prefixes);
  }

  private volatile WordSet triggerSet;

  /** True when {@code s} from index {@code from} on is a trigger word. */
  protected boolean isTrigger(String s, int from) {
    return triggerSet().contains(s, from);
  }

  /** Every normalized word that may start a fact. */
  protected Set<String> triggers() {
    return triggerSet().words();
  }

  /** Built once, on first use (the subclasses' word lists are not ready in this constructor). */
  private WordSet triggerSet() {
    WordSet ts = triggerSet;
    if (ts == null) {
      Set<String> s = new java.util.HashSet<>();
      s.addAll(numbers.keySet());
      s.addAll(months.keySet());
      s.addAll(extraTriggers());
      s.addAll(pack.ordinals().keySet()); // "третьего марта"
      s.addAll(words(WordList.WEEKDAYS)); // "Пт, 18 июля 2014"
      s.addAll(holidays.keySet()); // "Passover 1948"
      s.addAll(minusWords());
      s.addAll(currencies.triggerWords());
      s.addAll(Currencies.DOLLAR_PREFIXES.keySet());
      for (String c : Currencies.CODES) {
        s.add(c.toLowerCase(java.util.Locale.ROOT));
      }
      ts = WordSet.of(s);
      triggerSet = ts;
    }
    return ts;
  }

  /** Words that make the numeral after them vague ("hàng nghìn" = thousands of). */
  Set<String> vagueMarkers() {
    return words(WordList.VAGUE_MARKERS);
  }

  /**
   * One lexicon per installed pack, built once when first asked for and never changed after (no
   * mutable cache): the packs are fixed when the program starts.
   */
  private static final class ByLanguage {
    static final Map<Language, Lexicon> ALL = build();

    private static Map<Language, Lexicon> build() {
      Map<Language, Lexicon> out = new HashMap<>();
      for (Language l : Language.values()) {
        out.put(l, new Lexicon(l.pack()));
      }
      return Map.copyOf(out);
    }
  }

  /** The lexicon of a language: its pack's data and the shared rules; a new language needs no code. */
  static Lexicon of(Language lang) {
    return ByLanguage.ALL.get(lang == null ? Language.DEFAULT : lang);
  }
}
