package org.factdrill.lang;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything factdrill knows about one language, read from {@code lang/<code>/} (plain TSV a
 * linguist can edit): numerals and their roles, month names and forms, word lists by category
 * (hedges, range connectors, eras, count nouns, designators...), currency names, interface
 * strings, and the language's declared features (quirks the shared engine switches on).
 *
 * <p>The engine asks a pack questions ("is this word a range connector?", "does this language
 * write teens unit-then-ten?"); it never asks which language it is.
 */
public final class LanguagePack {
  /** One numeral: its value, its role in the numeral grammar, and whether it may start one. */
  public record Numeral(long value, Role role, boolean starts) {}

  /** What a numeral does in a compound: adds, multiplies by ten/hundred/a scale, and so on. */
  public enum Role {
    ADD, TENS, HUNDRED, SCALE, FILLER, POINT, HALF
  }

  private final String code;
  private final Map<String, String> settings;
  private final Set<String> features;
  private final Map<String, Numeral> numerals;
  private final Map<String, Integer> monthForms;
  private final List<List<String>> monthNames;
  private final Map<String, Set<String>> words;
  private final Map<String, Integer> ordinals;
  private final Map<String, String> currencies;
  private final Map<String, String> currencyRules;
  private final Map<String, Integer> fractions;
  private final Map<String, String> ui;
  private final Map<String, String> holidays;
  /** The pack's locale, parsed once: rules ask for it at every yearless day. */
  private final Locale locale;

  LanguagePack(String code, Map<String, String> settings, Set<String> features,
      Map<String, Numeral> numerals, Map<String, Integer> monthForms,
      List<List<String>> monthNames, Map<String, Set<String>> words,
      Map<String, Integer> ordinals, Map<String, String> currencies,
      Map<String, String> currencyRules, Map<String, Integer> fractions, Map<String, String> ui,
      Map<String, String> holidays) {
    this.code = code;
    this.settings = Map.copyOf(settings);
    this.features = Set.copyOf(features);
    this.numerals = Map.copyOf(numerals);
    this.monthForms = Map.copyOf(monthForms);
    this.monthNames = List.copyOf(monthNames);
    this.words = Map.copyOf(words);
    this.ordinals = Map.copyOf(ordinals);
    this.currencies = Map.copyOf(currencies);
    this.currencyRules = Map.copyOf(currencyRules);
    this.fractions = Map.copyOf(fractions);
    this.ui = Map.copyOf(ui);
    this.holidays = Map.copyOf(holidays);
    this.locale = Locale.forLanguageTag(this.settings.getOrDefault("locale", code));
  }

  /** ISO 639-1 code: "en", "vi", "he", "ru". */
  public String code() {
    return code;
  }

  /** The language's English name, for messages. */
  public String name() {
    return settings.getOrDefault("name", code);
  }

  /** The ICU/CLDR locale whose data (number formats, currency names) the pack follows. */
  public Locale locale() {
    return locale;
  }

  public boolean rightToLeft() {
    return "rtl".equals(settings.get("direction"));
  }

  /** The Unicode script the language is written in ("Latin", "Hebrew", "Cyrillic"). */
  public String script() {
    return settings.getOrDefault("script", "Latin");
  }

  /** The character grouping thousands in digits ("," in English, "." in Vietnamese). */
  public char groupSeparator() {
    return settings.getOrDefault("group", ",").charAt(0);
  }

  public char decimalSeparator() {
    return settings.getOrDefault("decimal", ".").charAt(0);
  }

  /** A setting of pack.tsv ("dates", "prefixes"...), or {@code def} when absent. */
  public String setting(String key, String def) {
    return settings.getOrDefault(key, def);
  }

  /** Letters that attach to the front of a word (Hebrew ו ב ל מ ה כ ש); empty for none. */
  public String prefixes() {
    return settings.getOrDefault("prefixes", "");
  }

  /** True when the pack declares {@code feature} (see docs/adding-a-language.md). */
  public boolean has(String feature) {
    return features.contains(feature);
  }

  /** Numerals by normalized (lower-case) form. */
  public Map<String, Numeral> numerals() {
    return numerals;
  }

  /** Every form naming a month (names, abbreviations, cases), lower-case, to 1-12. */
  public Map<String, Integer> monthForms() {
    return monthForms;
  }

  /**
   * The month lists used to write and vary dates: full names first, then abbreviations, each a
   * list of twelve in the language's usual spelling; empty when the language writes months as
   * numbers ("tháng 5").
   */
  public List<List<String>> monthNames() {
    return monthNames;
  }

  /** The words of a category of words.tsv ("hedges", "range-connectors"...), lower-case. */
  public Set<String> words(String category) {
    return words.getOrDefault(category, Set.of());
  }

  /**
   * The {@code word=index} entries of a category of words.tsv ("giáp=0": a sexagenary stem or
   * branch and its place in its cycle), word to index; entries without "=" are left out.
   */
  public Map<String, Integer> indexedWords(String category) {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (String w : words(category)) {
      int eq = w.lastIndexOf('=');
      if (eq > 0) {
        out.put(w.substring(0, eq).strip(), Integer.parseInt(w.substring(eq + 1).strip()));
      }
    }
    return out;
  }

  /** The names of every category of words.tsv this pack fills. */
  public Set<String> wordCategories() {
    return java.util.Collections.unmodifiableSet(words.keySet());
  }

  /** Ordinal words ("third", "третьего") to their value, lower-case; empty when none. */
  public Map<String, Integer> ordinals() {
    return ordinals;
  }

  /** Currency names and symbols (lower-case, may span words) to ISO 4217 codes. */
  public Map<String, String> currencies() {
    return currencies;
  }

  /**
   * The third column of currencies.tsv, by name: space-separated rules for reading that name
   * ({@code not-before=of,@not-money-next}, {@code times=1000}, {@code abbr}); absent when none.
   */
  public Map<String, String> currencyRules() {
    return currencyRules;
  }

  /** Scale letters glued to digits and their values, from the setting scale-suffixes ("К=1000"). */
  public Map<String, Long> scaleSuffixes() {
    Map<String, Long> s = new java.util.HashMap<>();
    for (String e : setting("scale-suffixes", "").split(" ")) {
      int eq = e.indexOf('=');
      if (eq > 0) {
        s.put(e.substring(0, eq), Long.parseLong(e.substring(eq + 1)));
      }
    }
    return Map.copyOf(s);
  }

  /** Fraction words ("third", "quarters") to their denominator, from fractions.tsv; may be empty. */
  public Map<String, Integer> fractions() {
    return fractions;
  }

  /**
   * Holiday names (lower-case, may span words, every case form the language writes) to the
   * language-free rule ids of lang/holidays.tsv ({@link Holidays}).
   */
  public Map<String, String> holidays() {
    return holidays;
  }

  /**
   * The name of currency {@code iso} (ISO 4217) in this language, as for an amount of it ("US
   * dollars", "đô la Mỹ"), from CLDR through ICU in the plural form of pack.tsv's
   * {@code currency-plural} (default "other"); the code itself when CLDR has no name.
   */
  public String currencyName(String iso) {
    try {
      return com.ibm.icu.util.Currency.getInstance(iso).getName(
          com.ibm.icu.util.ULocale.forLanguageTag(code),
          com.ibm.icu.util.Currency.PLURAL_LONG_NAME,
          settings.getOrDefault("currency-plural", "other"), null);
    } catch (IllegalArgumentException e) {
      return iso;
    }
  }

  /** An interface string of ui.tsv, or null when the pack has none for {@code key}. */
  public String ui(String key) {
    return ui.get(key);
  }

  @Override
  public String toString() {
    return code;
  }
}
