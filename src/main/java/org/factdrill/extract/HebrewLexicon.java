package org.factdrill.extract;

import java.util.Map;
import java.util.Set;
import org.factdrill.lang.LanguagePack;

/**
 * Hebrew numerals in masculine, feminine and construct forms (שלוש, שלושה, שלושת), tens, מאה /
 * מאתיים / מאות, אלף / אלפיים / אלפים, מיליון, מיליארד, חצי, with the one-letter prefixes
 * ו ב ל מ ה כ ש that attach to the word (ושלושים, כמיליון). כ־ before a number means "about".
 */
final class HebrewLexicon extends Lexicon {


  HebrewLexicon(LanguagePack pack) {
    super(pack);
  }

  @Override
  boolean countNoun(Toks t, int i) {
    return countNounWord(t.norm(i));
  }

  @Override
  boolean countNounWord(String w) {
    return words(WordList.COUNT_NOUNS).contains(w) || (w.length() > 3 && w.endsWith("ים")
        && !words(WordList.UNIT_STOPS).contains(w)
        && !w.equals("שנים"));
  }

  @Override
  Currency currencyAfter(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null) {
      return null;
    }
    Currency common = commonCurrency(t, i);
    if (common != null) {
      return common;
    }
    String code;
    String w = tok.norm();
    if (w.equals("אש\"ח") || w.equals("אשח")) {
      return new Currency("ILS", 1, java.math.BigDecimal.valueOf(1000));
    }
    if ((w.equals("לירות") || w.equals("לירה") || w.equals("ליש\"ט"))) {
      if (w.equals("ליש\"ט") || t.norm(i + 1).equals("שטרלינג")) {
        return new Currency("GBP", w.equals("ליש\"ט") ? 1 : 2);
      }
      return null;
    }
    if ((w.equals("דולר") || w.equals("דולרים")) && t.norm(i + 1).equals("אמריקאי")) {
      return new Currency("USD", 2);
    }
    if ((w.equals("שקל") || w.equals("שקלים")) && t.norm(i + 1).equals("חדש")) {
      return new Currency("ILS", 2);
    }
    code = pack().currencies().get(w);
    return code == null ? null : new Currency(code, 1);
  }

  @Override
  String unit(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || tok.newlinesBefore() > 0 || !tok.isWord() || words(WordList.UNIT_STOPS).contains(tok.norm()) || number(tok.norm()) != null
        || month(tok.norm()) > 0 || tok.norm().length() < 2) {
      return null;
    }
    return tok.text();
  }
}
