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
class Lexicon {
  /** A number word found in a token, with the one-letter prefixes (Hebrew) stripped from it. */
  record Hit(NumberWord word, String prefix) {}

  protected final Map<String, NumberWord> numbers = new HashMap<>();
  protected final Map<String, Integer> months = new HashMap<>();
  private final LanguagePack pack;
  private final String prefixes;
  private final int longestCurrency;
  private final Map<String, List<Holiday>> holidays;
  /** The keys of numbers, months and holidays, filtered: looked up with and without prefixes. */
  private final WordSet numberWords;
  private final WordSet monthWords;
  private final WordSet holidayWords;
  /** The second words of the two-word hedges ("than" of "more than"): only they build a pair. */
  private final Set<String> hedgePairEnds;
  /** The pack's word lists and features by {@link WordList} and {@link PackFeature} ordinal. */
  private final List<Set<String>> lists;
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
    this.lists = List.copyOf(resolved);
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
    int longest = 1;
    for (String name : pack.currencies().keySet()) {
      longest = Math.max(longest, name.split(" ").length);
    }
    this.longestCurrency = longest;
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

  /** The pack's word list {@code category}, resolved once (see {@link WordList}). */
  final Set<String> words(WordList category) {
    return lists.get(category.ordinal());
  }

  private volatile Map<String, Long> scaleSuffixes;

  /** Scale letters glued to digits, as pack.tsv's scale-suffixes declares them ("К=1000"). */
  final Map<String, Long> scaleSuffixes() {
    Map<String, Long> s = scaleSuffixes;
    if (s == null) {
      s = new HashMap<>();
      for (String e : pack.setting("scale-suffixes", "").split(" ")) {
        int eq = e.indexOf('=');
        if (eq > 0) {
          s.put(e.substring(0, eq), Long.parseLong(e.substring(eq + 1)));
        }
      }
      scaleSuffixes = s;
    }
    return s;
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
    if (known.contains(norm, 0)) {
      return 0;
    }
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
  boolean countNounWord(String w) {
    return words(WordList.COUNT_NOUNS).contains(w);
  }

  boolean countNoun(Toks t, int i) {
    Token tok = t.get(i);
    return tok != null && tok.isWord() && words(WordList.COUNT_NOUNS).contains(tok.norm());
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
    if (phrases.isEmpty() || !t.isWordTok(i)) {
      return 0;
    }
    int best = 0;
    StringBuilder sb = new StringBuilder(t.norm(i));
    for (int k = 1; k <= 4; k++) {
      if (phrases.contains(sb.toString())) {
        best = k;
      }
      if (t.get(i + k) == null) {
        break;
      }
      sb.append(' ').append(t.norm(i + k));
    }
    return best;
  }

  /** Currency named by words or a code at i, e.g. "dollars", "đô la", "ש"ח"; null when none. */
  Currency currencyAfter(Toks t, int i) {
    Currency common = commonCurrency(t, i);
    if (common != null) {
      return common;
    }
    Token tok = t.get(i);
    if (tok == null) {
      return null;
    }
    // The longest name in the pack (CLDR's "доллар США" before the pack's "доллар").
    StringBuilder sb = new StringBuilder(tok.norm());
    Currency best = null;
    for (int k = 1; k <= longestCurrency; k++) {
      String code = pack.currencies().get(sb.toString());
      if (code != null) {
        best = new Currency(code, k);
      }
      Token next = t.get(i + k);
      if (next == null || !next.isWord()) {
        break;
      }
      sb.append(' ').append(next.norm());
    }
    return best;
  }

  /**
   * Currency forms every language shares: ISO codes (USD), symbols not followed by digits (10$),
   * and dollar prefixes before "$" (3.14US$).
   */
  protected Currency commonCurrency(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null) {
      return null;
    }
    if (tok.isWord() && Currencies.DOLLAR_PREFIXES.containsKey(tok.norm())
        && tok.text().chars().allMatch(Character::isUpperCase) && t.isPunct(i + 1, '$')
        && t.attached(i + 1)) {
      return new Currency(Currencies.DOLLAR_PREFIXES.get(tok.norm()), 2);
    }
    String code = Currencies.code(tok.text());
    if (code != null) {
      return new Currency(code, 1);
    }
    if (tok.text().equals("RM")) {
      return new Currency("MYR", 1);
    }
    if (tok.type() == Token.Type.PUNCT && Currencies.SYMBOLS.containsKey(tok.text())
        && !t.isDigits(i + 1)) {
      return new Currency(Currencies.SYMBOLS.get(tok.text()), 1);
    }
    return null;
  }

  /**
   * A currency named by words before digits, where the language writes it so ("ringgit 42",
   * "rupees 500"), with how many tokens name it; null when none. Only names that are nothing
   * but currencies qualify: "pound 5" or "won 3" would misread prose.
   */
  Currency currencyBefore(Toks t, int i) {
    return null;
  }

  /** Nouns after which a number is a designation: "Section 907", "Quân đoàn 4", "סעיף 3". */
  boolean designator(Toks t, int i) {
    return prefixLength(t.norm(i), words(WordList.DESIGNATORS)::contains) >= 0;
  }

  /** The counted noun after a number, starting at token i, or null; never on the next line. */
  String unit(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || tok.newlinesBefore() > 0 || !tok.isWord() || tok.isCapitalized() || words(WordList.UNIT_STOPS).contains(tok.norm())
        || month(tok.norm()) > 0 || number(tok.norm()) != null) {
      return null;
    }
    // "300 armored vehicles": where adjectives come before the noun, the counted noun is the
    // word after those with an adjective ending (the pack's `adjective-endings`).
    if (adjective(tok.norm()) && !words(WordList.COUNT_NOUNS).contains(tok.norm()) && t.get(i + 1) != null
        && t.get(i + 1).gapBefore()) {
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
  protected Set<String> extraTriggers() {
    return words(WordList.TRIGGERS);
  }

  /**
   * A cheap test run on every word before the recognizers: can a fact start here? Numerals,
   * months, sign words, currency names and codes, and the language's date words.
   */
  boolean trigger(Toks t, int i) {
    String n = t.norm(i);
    if (isTrigger(n, 0)) {
      return true;
    }
    if (prefixes.isEmpty()) {
      return false;
    }
    return isPrefixOnly(n) || prefixLength(n, triggerSet()) > 0;
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
      // A currency's name starts a fact alone only where "one" follows it ("שקל אחד"); written
      // before digits ("ringgit 42"), its words are the pack's triggers; after a number, the
      // number starts the fact. ("new", "mỹ" as triggers ran both recognizers for nothing.)
      if (!words(WordList.ONE_AFTER_CURRENCY).isEmpty()) {
        pack.currencies().keySet().forEach(name -> s.add(name.split(" ")[0]));
      }
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

  /** A currency and how many tokens name it. */
  record Currency(String code, int length, java.math.BigDecimal multiplier) {
    Currency(String code, int length) {
      this(code, length, java.math.BigDecimal.ONE);
    }
  }

  private static final java.util.concurrent.ConcurrentHashMap<Language, Lexicon> BY_LANGUAGE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The lexicon of a language: its pack's data, with the rule set the pack names in its
   * "rules" setting ("generic" when none: a new language needs no code).
   */
  static Lexicon of(Language lang) {
    return BY_LANGUAGE.computeIfAbsent(lang == null ? Language.DEFAULT : lang, l -> {
      switch (l.pack().setting("rules", "generic")) {
        case "english":
          return new EnglishLexicon(l.pack());
        case "vietnamese":
          return new VietnameseLexicon(l.pack());
        case "hebrew":
          return new HebrewLexicon(l.pack());
        default:
          return new Lexicon(l.pack());
      }
    });
  }
}
