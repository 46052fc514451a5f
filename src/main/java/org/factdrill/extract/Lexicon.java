package org.factdrill.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * The words one language uses around numbers: numerals, month names, hedges, currencies, units of
 * percent, and the nouns that make a following number a designation rather than a quantity.
 * Recognizers are shared; only this vocabulary (and each language's date grammar) differs.
 */
abstract class Lexicon {
  /** A number word found in a token, with the one-letter prefixes (Hebrew) stripped from it. */
  record Hit(NumberWord word, String prefix) {}

  protected final Map<String, NumberWord> numbers = new HashMap<>();
  protected final Map<String, Integer> months = new HashMap<>();

  abstract Language language();

  /** The character that groups thousands in digits ("," in English, "." in Vietnamese). */
  char groupSeparator() {
    return ',';
  }

  char decimalSeparator() {
    return '.';
  }

  /** Looks up a numeral; Hebrew also tries the word without its prefix letters. */
  Hit number(String norm) {
    NumberWord w = numbers.get(norm);
    return w == null ? null : new Hit(w, "");
  }

  /** Month number 1-12 for a month name (prefix letters stripped in Hebrew), else 0. */
  int month(String norm) {
    Integer m = months.get(norm);
    return m == null ? 0 : m;
  }

  /** Words before a number that hedge it: "about", "khoảng", "כמעט". */
  abstract Set<String> approximators();

  /** Words that may precede a bare month name or year and mark it as a time ("in", "since"). */
  abstract Set<String> timePrepositions();

  /** Words after a number that make it a count of things, so "1500 soldiers" is no year. */
  abstract boolean countNoun(Toks t, int i);

  /** Words that say the number is negative: "minus", "âm", "מינוס". */
  abstract Set<String> minusWords();

  /** Number of tokens forming a percent word at i ("percent", "phần trăm", "אחוזים"), or 0. */
  abstract int percentWord(Toks t, int i);

  /** Currency named by words or a code at i, e.g. "dollars", "đô la", "ש"ח"; null when none. */
  abstract Currency currencyAfter(Toks t, int i);

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
  abstract boolean designator(Toks t, int i);

  /** The counted noun after a number, starting at token i, or null. */
  abstract String unit(Toks t, int i);

  /** Further words that may start a fact in this language ("ngày", "בשנת", "a", "AD"). */
  protected Set<String> extraTriggers() {
    return Set.of();
  }

  /**
   * A cheap test run on every word before the recognizers: can a fact start here? Numerals,
   * months, sign words, currency names and codes, and the language's date words.
   */
  boolean trigger(Toks t, int i) {
    return isTrigger(t.get(i).norm(), 0);
  }

  /** Currency names whose first word may start a money fact after a number or alone. */
  protected Set<String> currencyWords() {
    return Set.of();
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
    return Set.of();
  }

  /** A currency and how many tokens name it. */
  record Currency(String code, int length, java.math.BigDecimal multiplier) {
    Currency(String code, int length) {
      this(code, length, java.math.BigDecimal.ONE);
    }
  }

  static Lexicon of(Language lang) {
    switch (lang) {
      case VI:
        return VietnameseLexicon.INSTANCE;
      case HE:
        return HebrewLexicon.INSTANCE;
      default:
        return EnglishLexicon.INSTANCE;
    }
  }

  protected void put(NumberWord.Role role, long value, boolean starts, String... words) {
    for (String w : words) {
      numbers.put(w, new NumberWord(value, role, starts));
    }
  }

  protected void add(long value, String... words) {
    put(NumberWord.Role.ADD, value, true, words);
  }

  protected void month(int m, String... names) {
    for (String n : names) {
      months.put(n, m);
    }
  }
}
