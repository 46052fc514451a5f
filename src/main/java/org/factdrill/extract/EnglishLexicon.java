package org.factdrill.extract;

import java.util.Map;
import java.util.Set;
import org.factdrill.lang.LanguagePack;

/** English numerals ("forty-five thousand", "half a million", "two dozen", "30 lakh") and context words. */
final class EnglishLexicon extends Lexicon {

  private static final Map<String, String> DOLLAR_NATIONS = Map.of("us", "USD", "american", "USD",
      "canadian", "CAD", "australian", "AUD", "singapore", "SGD", "zealand", "NZD",
      "kong", "HKD", "taiwan", "TWD");

  EnglishLexicon(LanguagePack pack) {
    super(pack);
  }

  @Override
  protected Set<String> extraTriggers() {
    Set<String> s = new java.util.HashSet<>(super.extraTriggers());
    s.addAll(EnglishDates.ordinalTriggers()); // "the third Tuesday of", "the last day of"
    return s;
  }

  @Override
  boolean countNoun(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || !tok.isWord() || tok.isCapitalized()) {
      return false;
    }
    String w = tok.norm();
    return words(WordList.COUNT_NOUNS).contains(w) || (w.length() > 3 && w.endsWith("s")
        && !words(WordList.UNIT_STOPS).contains(w)
        && !w.endsWith("ss") && !w.equals("was") && !w.equals("has") && !w.equals("is"));
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
    code = pack().currencies().get(w);
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
