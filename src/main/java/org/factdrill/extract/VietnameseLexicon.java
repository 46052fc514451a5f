package org.factdrill.extract;

import java.util.Map;
import java.util.Set;
import org.factdrill.lang.LanguagePack;

/**
 * Vietnamese numerals: units, "mười" (ten) and "mươi" (times ten), the variants "mốt", "lăm",
 * "tư" after tens, "linh/lẻ" for an empty place, "trăm", "nghìn/ngàn", "vạn", "triệu", "tỷ".
 * "năm" is both "five" and "year", so it counts as five only inside a compound numeral.
 */
final class VietnameseLexicon extends Lexicon {


  VietnameseLexicon(LanguagePack pack) {
    super(pack);
  }

  @Override
  boolean countNoun(Toks t, int i) {
    Token tok = t.get(i);
    return tok != null && tok.isWord() && !tok.isCapitalized() && words(WordList.COUNT_NOUNS).contains(tok.norm());
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
    if (w.equals("đô")) {
      if (t.isDash(i + 1) && t.norm(i + 2).equals("la") && t.attached(i + 1)) {
        return new Currency("USD", usQualifier(t, i + 3) ? 4 : 3);
      }
      if (t.norm(i + 1).equals("la")) {
        return new Currency("USD", usQualifier(t, i + 2) ? 3 : 2);
      }
      return words(WordList.NOT_MONEY_NEXT).contains(t.norm(i + 1)) ? null : new Currency("USD", 1);
    }
    if (w.equals("đôla")) {
      return new Currency("USD", usQualifier(t, i + 1) ? 2 : 1);
    }
    if (w.equals("đồng")) {
      if (words(WordList.NOT_MONEY_NEXT).contains(t.norm(i + 1))) {
        return null;
      }
      // "đồng rúp", "đồng euro": the word before the currency's name.
      Currency named = currencyAfter(t, i + 1);
      if (named != null && !t.norm(i + 1).equals("đồng")) {
        return new Currency(named.code(), named.length() + 1);
      }
      return new Currency("VND", 1);
    }
    if (w.equals("nhân") && t.norm(i + 1).equals("dân") && t.norm(i + 2).equals("tệ")) {
      return new Currency("CNY", 3);
    }
    if (w.equals("bảng") && t.norm(i + 1).equals("anh")) {
      return new Currency("GBP", 2);
    }
    if (w.equals("mỹ") || w.equals("nhân") || w.equals("bảng") || w.equals("quan")
        || w.equals("yên") || w.equals("won") || w.equals("bạt")) {
      return null; // only after "đô", or as part of a longer name
    }
    code = pack().currencies().get(w);
    return code == null ? null : new Currency(code, 1);
  }

  private static boolean usQualifier(Toks t, int i) {
    return t.norm(i).equals("mỹ");
  }

  @Override
  boolean designator(Toks t, int i) {
    String w = t.norm(i);
    if (!words(WordList.DESIGNATORS).contains(w)) {
      return false;
    }
    if (w.equals("đoàn")) {
      String p = t.norm(i - 1);
      return p.equals("quân") || p.equals("sư") || p.equals("trung") || p.equals("lữ")
          || p.equals("tiểu") || p.equals("binh");
    }
    if (w.equals("đội")) {
      String p = t.norm(i - 1);
      return p.equals("đại") || p.equals("trung") || p.equals("tiểu") || p.equals("hạm")
          || p.equals("liên");
    }
    if (w.equals("khu")) {
      String p = t.norm(i - 1);
      return p.equals("quân") || p.equals("chiến") || p.equals("liên");
    }
    if (w.equals("lộ")) {
      return t.norm(i - 1).equals("quốc") || t.norm(i - 1).equals("tỉnh");
    }
    if (w.equals("tuyến")) {
      return t.norm(i - 1).equals("vĩ") || t.norm(i - 1).equals("kinh");
    }
    if (w.equals("điểm")) {
      return t.norm(i - 1).equals("cao");
    }
    if (w.equals("cao") || w.equals("phụ") || w.equals("nghị") || w.equals("sắc")
        || w.equals("tiểu") || w.equals("phân") || w.equals("lần") || w.equals("kỳ")) {
      return false;
    }
    return true;
  }

  @Override
  String unit(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || tok.newlinesBefore() > 0 || !tok.isWord() || tok.isCapitalized() || words(WordList.UNIT_STOPS).contains(tok.norm())
        || numbers.containsKey(tok.norm()) && !tok.norm().equals("năm")) {
      return null;
    }
    Token next = t.get(i + 1);
    if (words(WordList.TWO_SYLLABLE_HEADS).contains(tok.norm()) && next != null && next.isWord() && next.gapBefore()
        && !next.isCapitalized() && !words(WordList.UNIT_STOPS).contains(next.norm())) {
      return t.text.substring(tok.start(), next.end());
    }
    return tok.text();
  }
}
