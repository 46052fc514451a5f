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

  /** A lexicon that is nothing but its pack's data, with the shared rules below. */
  Lexicon(LanguagePack pack) {
    this.pack = pack;
    this.prefixes = pack.prefixes();
    for (Map.Entry<String, LanguagePack.Numeral> e : pack.numerals().entrySet()) {
      LanguagePack.Numeral n = e.getValue();
      numbers.put(e.getKey(), new NumberWord(n.value(), NumberWord.Role.valueOf(n.role().name()),
          n.starts()));
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
    int k = prefixLength(norm, holidays::containsKey);
    return k < 0 ? List.of() : holidays.get(norm.substring(k));
  }

  private final Set<String> percentStarts;

  /** The language's data and declared features. */
  final LanguagePack pack() {
    return pack;
  }

  /** Shorthand for {@code pack().words(category)}. */
  final Set<String> words(String category) {
    return pack.words(category);
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

  /** Shorthand for {@code pack().has(feature)}. */
  final boolean has(String feature) {
    return pack.has(feature);
  }

  /** The character that groups thousands in digits ("," in English, "." in Vietnamese). */
  final char groupSeparator() {
    return pack.groupSeparator();
  }

  final char decimalSeparator() {
    return pack.decimalSeparator();
  }

  /** Looks up a numeral; a language with prefix letters also tries the word without them. */
  Hit number(String norm) {
    if (prefixes.isEmpty()) {
      NumberWord w = numbers.get(norm);
      return w == null ? null : new Hit(w, "");
    }
    int k = prefixLength(norm, numbers::containsKey);
    return k < 0 ? null : new Hit(numbers.get(norm.substring(k)), norm.substring(0, k));
  }

  /** Month number 1-12 for a month name (prefix letters stripped), else 0. */
  int month(String norm) {
    if (prefixes.isEmpty()) {
      Integer m = months.get(norm);
      return m == null ? 0 : m;
    }
    int k = prefixLength(norm, months::containsKey);
    return k < 0 ? 0 : months.get(norm.substring(k));
  }

  /** The prefix letters before a month name ("ב" of "בספטמבר"), or null when not a month. */
  final String monthPrefix(String norm) {
    int k = prefixLength(norm, months::containsKey);
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
    return words("hedges");
  }

  /** Words that may precede a bare month name or year and mark it as a time ("in", "since"). */
  Set<String> timePrepositions() {
    return words("time-prepositions");
  }

  /** Words after a number that make it a count of things, so "1500 soldiers" is no year. */
  /** Whether a word (without prefixes) is a count noun; packs with plural shapes add them. */
  boolean countNounWord(String w) {
    return words("count-nouns").contains(w);
  }

  boolean countNoun(Toks t, int i) {
    Token tok = t.get(i);
    return tok != null && tok.isWord() && words("count-nouns").contains(tok.norm());
  }

  /** Words that say the number is negative: "minus", "âm", "מינוס". */
  Set<String> minusWords() {
    return words("minus");
  }

  /** Number of tokens forming a percent word at i ("percent", "phần trăm", "אחוזים"), or 0. */
  int percentWord(Toks t, int i) {
    // Runs after every number: only a word that starts a percent phrase builds the phrase.
    return t.isWordTok(i) && percentStarts.contains(t.norm(i)) ? phrase(t, i, words("percent")) : 0;
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
    return prefixLength(t.norm(i), words("designators")::contains) >= 0;
  }

  /** The counted noun after a number, starting at token i, or null; never on the next line. */
  String unit(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || tok.newlinesBefore() > 0 || !tok.isWord() || tok.isCapitalized() || words("unit-stops").contains(tok.norm())
        || month(tok.norm()) > 0 || number(tok.norm()) != null) {
      return null;
    }
    // "300 armored vehicles": where adjectives come before the noun, the counted noun is the
    // word after those with an adjective ending (the pack's `adjective-endings`).
    if (adjective(tok.norm()) && !words("count-nouns").contains(tok.norm()) && t.get(i + 1) != null
        && t.get(i + 1).gapBefore()) {
      String noun = unit(t, i + 1);
      if (noun != null) {
        return noun;
      }
    }
    return tok.text();
  }

  private boolean adjective(String w) {
    for (String e : words("adjective-endings")) {
      if (w.length() > e.length() + 2 && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** Further words that may start a fact in this language ("ngày", "בשנת", "a", "AD"). */
  protected Set<String> extraTriggers() {
    return words("triggers");
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
    if (isPrefixOnly(n)) {
      return true;
    }
    // As prefixLength(n, triggers()::contains) >= 0, without a substring per prefix tried.
    for (int k = 1; k <= 3 && k <= n.length() - 2; k++) {
      if (prefixes.indexOf(n.charAt(k - 1)) < 0) {
        return false;
      }
      if (isTrigger(n, k)) {
        return true;
      }
    }
    return false;
  }

  /** Currency names whose first word may start a money fact after a number or alone. */
  protected Set<String> currencyWords() {
    Set<String> s = new java.util.HashSet<>();
    for (String name : pack.currencies().keySet()) {
      s.add(name.split(" ")[0]);
    }
    return s;
  }

  /**
   * The trigger words, and a bit filter over (first letter, last letter, length) that rejects
   * almost every other word without hashing it: this test runs on every word of a document.
   */
  private record TriggerSet(Set<String> words, long[] filter) {
    private static final int BITS = 16;

    /** Mixes the first two and last two letters and the length ("and"/"aud", "there"/"three"). */
    static int key(String s, int from) {
      int last = s.length() - 1;
      int h = s.charAt(from);
      h = h * 31 + s.charAt(Math.min(from + 1, last));
      h = h * 31 + s.charAt(Math.max(from, last - 1));
      h = h * 31 + s.charAt(last);
      h = h * 31 + last - from;
      return (h * 0x9E3779B1) >>> (32 - BITS);
    }

    static TriggerSet of(Set<String> words) {
      long[] f = new long[(1 << BITS) / 64];
      for (String w : words) {
        if (!w.isEmpty()) {
          int k = key(w, 0);
          f[k >>> 6] |= 1L << k;
        }
      }
      return new TriggerSet(Set.copyOf(words), f);
    }

    boolean contains(String s, int from) {
      if (from >= s.length()) {
        return from == 0 && words.contains(s);
      }
      int k = key(s, from);
      return (filter[k >>> 6] & (1L << k)) != 0
          && words.contains(from == 0 ? s : s.substring(from));
    }
  }

  private volatile TriggerSet triggerSet;

  /** True when {@code s} from index {@code from} on is a trigger word. */
  protected boolean isTrigger(String s, int from) {
    return triggerSet().contains(s, from);
  }

  /** Every normalized word that may start a fact. */
  protected Set<String> triggers() {
    return triggerSet().words();
  }

  /** Built once, on first use (the subclasses' word lists are not ready in this constructor). */
  private TriggerSet triggerSet() {
    TriggerSet ts = triggerSet;
    if (ts == null) {
      Set<String> s = new java.util.HashSet<>();
      s.addAll(numbers.keySet());
      s.addAll(months.keySet());
      s.addAll(extraTriggers());
      s.addAll(pack.ordinals().keySet()); // "третьего марта"
      s.addAll(words("weekdays")); // "Пт, 18 июля 2014"
      s.addAll(holidays.keySet()); // "Passover 1948"
      s.addAll(minusWords());
      s.addAll(currencyWords());
      s.addAll(Currencies.DOLLAR_PREFIXES.keySet());
      for (String c : Currencies.CODES) {
        s.add(c.toLowerCase(java.util.Locale.ROOT));
      }
      ts = TriggerSet.of(s);
      triggerSet = ts;
    }
    return ts;
  }

  /** Words that make the numeral after them vague ("hàng nghìn" = thousands of). */
  Set<String> vagueMarkers() {
    return words("vague-markers");
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
