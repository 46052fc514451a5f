package org.factdrill.extract;

import java.util.Map;

/** Currency symbols and ISO 4217 codes shared by all languages. */
final class Currencies {
  private Currencies() {}

  /** Symbols written before or after an amount. A bare "$" is read as US dollars. */
  static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
      Map.entry("₪", "ILS"), Map.entry("₽", "RUB"), Map.entry("₫", "VND"), Map.entry("₹", "INR"),
      Map.entry("₺", "TRY"), Map.entry("₼", "AZN"), Map.entry("֏", "AMD"), Map.entry("₴", "UAH"),
      Map.entry("₩", "KRW"));

  /** The characters of {@link #SYMBOLS}, each one char: tested on every punctuation token. */
  private static final String SYMBOL_CHARS = String.join("", SYMBOLS.keySet());

  /** True when the token text is one of the {@link #SYMBOLS}, tested without hashing it. */
  static boolean isSymbol(String token) {
    return token.length() == 1 && SYMBOL_CHARS.indexOf(token.charAt(0)) >= 0;
  }

  /** Codes recognized when written next to an amount (upper case in the text). */
  static final java.util.Set<String> CODES = java.util.Set.of(
      "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "ILS", "NIS", "RUB", "VND", "INR", "TRY", "AZN",
      "AMD", "UAH", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "KRW", "IRR", "SAR", "EGP", "LBP",
      "QAR", "MYR", "MNT", "GEL", "KZT", "BYN", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "THB",
      "IDR", "PHP", "KHR", "LAK", "JOD", "SYP", "IQD", "AED", "BRL", "MXN", "ZAR", "DEM", "FRF",
      "ITL", "ESP", "SUR", "ILP");

  /** Codes written as prefixes of "$": US$, A$, C$, HK$, NZ$, S$. */
  /** Abbreviations written before an amount, as written (case matters): "Rs. 20", "RM 42". */
  static final Map<String, String> ABBREVIATIONS_BEFORE = Map.of("Rs", "INR", "RM", "MYR");

  /** Abbreviations in capitals that are not ISO codes but name one currency anywhere: "RM". */
  static final Map<String, String> CAPITAL_ABBREVIATIONS = Map.of("RM", "MYR");

  static final Map<String, String> DOLLAR_PREFIXES = Map.of(
      "us", "USD", "a", "AUD", "au", "AUD", "c", "CAD", "ca", "CAD", "hk", "HKD", "nz", "NZD",
      "s", "SGD");

  static String code(String token) {
    // Every code is three letters: most words are refused without hashing them.
    if (token.length() == 3 && CODES.contains(token)) {
      return token.equals("RMB") ? "CNY" : token.equals("NIS") ? "ILS" : token;
    }
    return null;
  }
}
