package org.factdrill.extract;

import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/** English numerals ("forty-five thousand", "half a million", "two dozen", "30 lakh") and context words. */
final class EnglishLexicon extends Lexicon {
  static final EnglishLexicon INSTANCE = new EnglishLexicon();

  private static final Set<String> APPROX = Set.of("about", "around", "approximately", "some",
      "nearly", "almost", "roughly", "estimated", "over", "circa", "ca", "c", "up", "upwards",
      "more", "less", "fewer", "least", "most", "under", "below", "above", "close", "reportedly",
      "perhaps", "maybe", "possibly", "~");
  private static final Set<String> TIME_PREPS = Set.of("in", "since", "by", "until", "till",
      "from", "during", "through", "throughout", "of", "after", "before", "early", "late", "mid",
      "last", "next", "this", "that", "each", "every", "on", "at",
      "around", "circa", "year", "years", "summer", "winter", "spring", "autumn", "fall", "ca",
      "c", "the");
  private static final Set<String> COUNT = Set.of("people", "persons", "men", "women",
      "children", "troops", "soldiers", "civilians", "refugees", "casualties", "dead", "killed",
      "wounded", "prisoners", "members", "deaths", "victims", "tanks", "aircraft", "planes",
      "ships", "guns", "vehicles", "families", "inhabitants", "residents", "workers", "votes",
      "km", "kilometres", "kilometers", "miles", "tons", "tonnes", "metres", "meters", "feet",
      "hectares", "acres", "villages", "homes", "houses", "units", "pieces", "rifles");
  private static final Set<String> UNIT_STOP = Set.of("of", "the", "a", "an", "and", "or", "to",
      "in", "on", "at", "by", "for", "from", "with", "was", "were", "is", "are", "be", "been",
      "had", "has", "have", "that", "which", "who", "as", "than", "more", "less", "per",
      "percent", "each", "this", "these", "those", "it", "its", "their", "his", "her", "did",
      "would", "will", "could", "should", "may", "might", "not", "also", "into", "out", "up",
      "after", "before", "since", "until", "when", "while", "but", "so", "if", "then", "there",
      "later", "ago", "earlier", "times", "against", "over", "under", "about", "among", "between");
  private static final Set<String> DESIGNATORS = Set.of("section", "article", "art", "chapter",
      "chap", "no", "nos", "number", "page", "pages", "p", "pp", "vol", "volume", "resolution",
      "route", "highway", "regiment", "division", "brigade", "battalion", "corps", "army",
      "fleet", "squadron", "wing", "flight", "room", "platform", "gate", "hill", "height",
      "paragraph", "para", "clause", "item", "line", "lines", "verse", "psalm", "figure", "fig",
      "table", "appendix", "annex", "protocol", "amendment", "law", "act", "code", "isbn",
      "issn", "doi", "unit", "group", "zone", "sector", "district", "block", "bus", "train",
      "channel", "episode", "season", "part", "book", "grade", "class", "level", "apollo",
      "soyuz", "vostok", "sputnik", "operation", "task", "force", "phase", "stage", "step",
      "version", "model", "type", "mark", "mk", "series", "ward", "cell", "bunker", "pier");
  private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
      Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"),
      Map.entry("euros", "EUR"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
      Map.entry("sterling", "GBP"), Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"),
      Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("yen", "JPY"),
      Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rupee", "INR"),
      Map.entry("rupees", "INR"), Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"),
      Map.entry("manat", "AZN"), Map.entry("manats", "AZN"), Map.entry("dram", "AMD"),
      Map.entry("drams", "AMD"), Map.entry("dong", "VND"), Map.entry("hryvnia", "UAH"),
      Map.entry("hryvnias", "UAH"), Map.entry("ringgit", "MYR"), Map.entry("ringgits", "MYR"),
      Map.entry("tugrik", "MNT"), Map.entry("tugriks", "MNT"), Map.entry("francs", "FRF"),
      Map.entry("franc", "FRF"), Map.entry("lira", "TRY"), Map.entry("liras", "TRY"),
      Map.entry("lari", "GEL"), Map.entry("tenge", "KZT"), Map.entry("won", "KRW"),
      Map.entry("rial", "IRR"), Map.entry("rials", "IRR"), Map.entry("baht", "THB"),
      Map.entry("rs", "INR"), Map.entry("egyptianpound", "EGP"), Map.entry("saudiriyal", "SAR"),
      Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"), Map.entry("kopiykas", "UAH"));
  private static final Map<String, String> DOLLAR_NATIONS = Map.of("us", "USD", "american", "USD",
      "canadian", "CAD", "australian", "AUD", "singapore", "SGD", "zealand", "NZD",
      "kong", "HKD", "taiwan", "TWD");

  private EnglishLexicon() {
    add(0, "zero", "naught", "nought");
    add(1, "one");
    add(2, "two");
    add(3, "three");
    add(4, "four");
    add(5, "five");
    add(6, "six");
    add(7, "seven");
    add(8, "eight");
    add(9, "nine");
    add(10, "ten");
    add(11, "eleven");
    add(12, "twelve");
    add(13, "thirteen");
    add(14, "fourteen");
    add(15, "fifteen");
    add(16, "sixteen");
    add(17, "seventeen");
    add(18, "eighteen");
    add(19, "nineteen");
    add(20, "twenty");
    add(30, "thirty");
    add(40, "forty", "fourty");
    add(50, "fifty");
    add(60, "sixty");
    add(70, "seventy");
    add(80, "eighty");
    add(90, "ninety");
    put(NumberWord.Role.HUNDRED, 100, false, "hundred", "hundreds");
    put(NumberWord.Role.SCALE, 12, false, "dozen", "dozens");
    put(NumberWord.Role.SCALE, 1000, false, "thousand", "thousands");
    put(NumberWord.Role.SCALE, 100_000, false, "lakh", "lakhs", "lac", "lacs");
    put(NumberWord.Role.SCALE, 1_000_000, false, "million", "millions", "mln");
    put(NumberWord.Role.SCALE, 10_000_000, false, "crore", "crores");
    put(NumberWord.Role.SCALE, 1_000_000_000L, false, "billion", "billions", "bn");
    put(NumberWord.Role.SCALE, 1_000_000_000_000L, false, "trillion", "trillions");
    put(NumberWord.Role.HALF, 0, true, "half");
    put(NumberWord.Role.POINT, 0, false, "point");
    month(1, "january", "jan");
    month(2, "february", "feb");
    month(3, "march", "mar");
    month(4, "april", "apr");
    month(5, "may");
    month(6, "june", "jun");
    month(7, "july", "jul");
    month(8, "august", "aug");
    month(9, "september", "sep", "sept");
    month(10, "october", "oct");
    month(11, "november", "nov");
    month(12, "december", "dec");
  }

  @Override
  Language language() {
    return Language.EN;
  }

  private static final Set<String> TRIGGERS = triggerWords();

  private static Set<String> triggerWords() {
    Set<String> s = new java.util.HashSet<>(Set.of("a", "an", "ad", "a.d", "point", "rm", "rs",
        "malaysia", "malaysian", "ringgit", "ringgits", "rupiah"));
    s.addAll(EnglishDates.ordinalTriggers()); // "the third Tuesday of", "the last day of"
    return Set.copyOf(s);
  }

  @Override
  protected Set<String> extraTriggers() {
    return TRIGGERS;
  }

  @Override
  protected Set<String> currencyWords() {
    Set<String> s = new java.util.HashSet<>(CURRENCY_WORDS.keySet());
    s.addAll(DOLLAR_NATIONS.keySet());
    s.add("new");
    s.add("hong");
    return s;
  }

  @Override
  Set<String> approximators() {
    return APPROX;
  }

  @Override
  Set<String> timePrepositions() {
    return TIME_PREPS;
  }

  @Override
  boolean countNoun(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || !tok.isWord() || tok.isCapitalized()) {
      return false;
    }
    String w = tok.norm();
    return COUNT.contains(w) || (w.length() > 3 && w.endsWith("s") && !UNIT_STOP.contains(w)
        && !w.endsWith("ss") && !w.equals("was") && !w.equals("has") && !w.equals("is"));
  }

  @Override
  Set<String> minusWords() {
    return Set.of("minus", "negative");
  }

  @Override
  int percentWord(Toks t, int i) {
    String w = t.norm(i);
    if (w.equals("percent") || w.equals("pct") || w.equals("percentage")) {
      return w.equals("percentage") ? (t.norm(i + 1).equals("points") ? 2 : 0) : 1;
    }
    if (w.equals("per") && t.norm(i + 1).equals("cent")) {
      return 2;
    }
    return 0;
  }

  @Override
  Currency currencyAfter(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null) {
      return null;
    }
    String w = tok.norm();
    Currency common = commonCurrency(t, i);
    if (common != null) {
      return common;
    }
    String code;
    String nation = DOLLAR_NATIONS.get(w);
    if (nation != null && t.norm(i + 1).startsWith("dollar")) {
      return new Currency(nation, 2);
    }
    if ((w.equals("new") && t.norm(i + 1).equals("zealand")
        || w.equals("hong") && t.norm(i + 1).equals("kong")) && t.norm(i + 2).startsWith("dollar")) {
      return new Currency(DOLLAR_NATIONS.get(t.norm(i + 1)), 3);
    }
    if (w.equals("malaysia") || w.equals("malaysian")) {
      return t.norm(i + 1).startsWith("ringgit") ? new Currency("MYR", 2) : null;
    }
    code = CURRENCY_WORDS.get(w);
    if (code == null) {
      return null;
    }
    if ((w.equals("pound") || w.equals("pounds")) && !t.norm(i + 1).equals("sterling")
        && t.norm(i + 1).equals("of")) {
      return null; // "500 pounds of flour" is a weight
    }
    if ((w.equals("pound") || w.equals("pounds")) && t.norm(i + 1).equals("sterling")) {
      return new Currency("GBP", 2);
    }
    if (w.equals("rs") && t.isPunct(i + 1, '.')) {
      return new Currency("INR", 2);
    }
    return new Currency(code, 1);
  }

  /** Currency names written before the amount in Malaysian and South Asian English. */
  private static final Map<String, String> CURRENCY_BEFORE = Map.of("ringgit", "MYR",
      "ringgits", "MYR", "rupees", "INR", "rupee", "INR", "rupiah", "IDR");

  @Override
  Currency currencyBefore(Toks t, int i) {
    String w = t.norm(i);
    int len = 1;
    if ((w.equals("malaysia") || w.equals("malaysian")) && t.norm(i + 1).startsWith("ringgit")) {
      w = t.norm(i + 1);
      len = 2;
    }
    String code = CURRENCY_BEFORE.get(w);
    int k = i + len;
    if (code == null || !t.isDigits(k) || t.attached(k)) {
      return null;
    }
    // Not a year: "the rupee 1991 crisis" (a scale word after it still makes an amount).
    boolean year = t.get(k).text().length() == 4 && DateRecognizer.year4(t, k) > 0
        && !(t.isPunct(k + 1, '.') || t.isPunct(k + 1, ',')) && lex(t, k + 1) == null;
    return year ? null : new Currency(code, len);
  }

  private Lexicon.Hit lex(Toks t, int k) {
    Lexicon.Hit h = number(t.norm(k));
    return h != null && h.word().role() == NumberWord.Role.SCALE ? h : null;
  }

  @Override
  boolean designator(Toks t, int i) {
    return DESIGNATORS.contains(t.norm(i));
  }

  @Override
  String unit(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || !tok.isWord() || tok.isCapitalized() || UNIT_STOP.contains(tok.norm())
        || month(tok.norm()) > 0 || numbers.containsKey(tok.norm())) {
      return null;
    }
    return tok.text();
  }

  /** Denominators of spoken fractions: "a third", "two-fifths", "a quarter". */
  static int denominator(String w) {
    switch (w) {
      case "half": case "halves": return 2;
      case "third": case "thirds": return 3;
      case "quarter": case "quarters": case "fourth": case "fourths": return 4;
      case "fifth": case "fifths": return 5;
      case "sixth": case "sixths": return 6;
      case "seventh": case "sevenths": return 7;
      case "eighth": case "eighths": return 8;
      case "ninth": case "ninths": return 9;
      case "tenth": case "tenths": return 10;
      default: return 0;
    }
  }
}
