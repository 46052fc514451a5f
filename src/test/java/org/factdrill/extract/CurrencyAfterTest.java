package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The currency after an amount, read with the neighbour and the word's length first and the
 * name and classifier lists through their bit filters, is the one the old reading (kept here as
 * the oracle, verbatim) found: at every token of generated texts of every pack's currency names,
 * classifiers, codes in any case, dollar prefixes glued or not to "$", symbols and other words.
 */
class CurrencyAfterTest {

  /** {@code CurrencyReader.after} as it was before the reading off the arrays. */
  private static final class Oracle {
    private static final int NEAR = 8;
    private final Lexicon lex;
    private final LanguagePack pack;
    private final int longestCurrency;
    private final Set<String> nameStarts;

    Oracle(Lexicon lex) {
      this.lex = lex;
      this.pack = lex.pack();
      int longest = 1;
      for (String name : pack.currencies().keySet()) {
        longest = Math.max(longest, name.split("[ -]").length);
      }
      this.longestCurrency = longest;
      Set<String> first = new java.util.HashSet<>();
      for (String name : pack.currencies().keySet()) {
        first.add(name.split("[ -]")[0]);
      }
      this.nameStarts = Set.copyOf(first);
    }

    CurrencyReader.Currency after(Toks t, int i) {
      CurrencyReader.Currency common = commonCurrency(t, i);
      if (common != null) {
        return common;
      }
      if (!t.isWordTok(i)) {
        return null;
      }
      Token tok = t.get(i);
      CurrencyReader.Currency named = namedCurrency(t, i);
      Set<String> classifiers = lex.words(WordList.CURRENCY_CLASSIFIERS);
      if (classifiers.contains(tok.norm())
          && !(t.isWordTok(i + 1) && classifiers.contains(t.norm(i + 1)))) {
        CurrencyReader.Currency after = namedCurrency(t, i + 1);
        if (after != null && (named == null || after.length() + 1 > named.length())) {
          return new CurrencyReader.Currency(after.code(), after.length() + 1,
              after.multiplier());
        }
      }
      return named;
    }

    private CurrencyReader.Currency namedCurrency(Toks t, int i) {
      Token tok = t.get(i);
      if (tok == null || !tok.isWord() || !nameStarts.contains(tok.norm())) {
        return null;
      }
      StringBuilder sb = new StringBuilder(tok.norm());
      String bestName = null;
      int bestLength = 0;
      int k = i + 1;
      for (int words = 1; words <= longestCurrency; words++) {
        if (pack.currencies().containsKey(sb.toString())) {
          bestName = sb.toString();
          bestLength = k - i;
        }
        if (t.isDash(k) && t.attached(k) && t.isWordTok(k + 1)) {
          sb.append('-').append(t.norm(k + 1));
          k += 2;
        } else if (t.isWordTok(k)) {
          sb.append(' ').append(t.norm(k));
          k++;
        } else {
          break;
        }
      }
      return bestName == null ? null : withRules(t, i, bestName, bestLength);
    }

    private CurrencyReader.Currency withRules(Toks t, int i, String name, int length) {
      String bestName = name;
      int bestLength = length;
      java.math.BigDecimal times = java.math.BigDecimal.ONE;
      String rules = pack.currencyRules().get(bestName);
      if (rules != null) {
        for (String rule : rules.split(" ")) {
          if (rule.startsWith("not-before=") && notBefore(t, i + bestLength, rule.substring(11))
              || rule.startsWith("not-near=") && near(t, i, bestLength, rule.substring(9))) {
            return null;
          } else if (rule.startsWith("times=")) {
            times = new java.math.BigDecimal(rule.substring(6));
          } else if (rule.equals("abbr") && t.isPunct(i + bestLength, '.')) {
            bestLength++;
          } else if (rule.equals("minor")) {
            times = CurrencyReader.minorUnit(pack.currencies().get(bestName));
          }
        }
      }
      return new CurrencyReader.Currency(pack.currencies().get(bestName), bestLength, times);
    }

    private boolean near(Toks t, int i, int length, String list) {
      for (int k = i - 1; k >= 0 && i - k <= NEAR && !t.isPunct(k, '.') && !t.isPunct(k, ';'); k--) {
        if (notBefore(t, k, list)) {
          return true;
        }
      }
      for (int k = i + length; k < t.size() && k - i <= NEAR && !t.isPunct(k, '.') && !t.isPunct(k, ';'); k++) {
        if (notBefore(t, k, list)) {
          return true;
        }
      }
      return false;
    }

    private boolean notBefore(Toks t, int k, String list) {
      if (!t.isWordTok(k)) {
        return false;
      }
      String w = t.norm(k);
      for (String item : list.split(",")) {
        if (item.startsWith("@") ? pack.words(item.substring(1)).contains(w) : item.equals(w)) {
          return true;
        }
      }
      return false;
    }

    private CurrencyReader.Currency commonCurrency(Toks t, int i) {
      if (i < 0 || i >= t.size()) {
        return null;
      }
      if (!t.isWordTok(i)) {
        if (t.type(i) != Toks.PUNCT || t.isDigits(i + 1)) {
          return null;
        }
        String mark = Tokenizer.punct(t.text, t.chars, t.startOf(i), t.endOf(i));
        String symbol = Currencies.SYMBOLS.get(mark);
        if (symbol != null) {
          return new CurrencyReader.Currency(symbol, 1);
        }
        return pack.currencies().containsKey(mark) ? withRules(t, i, mark, 1) : null;
      }
      Token tok = t.get(i);
      if (tok.isWord() && Currencies.DOLLAR_PREFIXES.containsKey(tok.norm())
          && tok.text().chars().allMatch(Character::isUpperCase) && t.isPunct(i + 1, '$')
          && t.attached(i + 1)) {
        return new CurrencyReader.Currency(Currencies.DOLLAR_PREFIXES.get(tok.norm()), 2);
      }
      String code = Currencies.code(tok.text());
      if (code != null) {
        return new CurrencyReader.Currency(code, 1);
      }
      String capitals = Currencies.CAPITAL_ABBREVIATIONS.get(tok.text());
      if (capitals != null) {
        return new CurrencyReader.Currency(capitals, 1);
      }
      return null;
    }
  }

  private static final List<Language> LANGS = List.copyOf(Language.values());

  /** Words of every pack that a currency reading looks at, in several casings. */
  private static final List<String> WORDS = words();

  private static List<String> words() {
    Set<String> out = new java.util.TreeSet<>();
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      out.addAll(l.pack().currencies().keySet());
      out.addAll(lex.words(WordList.CURRENCY_CLASSIFIERS));
      for (String r : l.pack().currencyRules().values()) {
        for (String rule : r.split(" ")) {
          int eq = rule.indexOf('=');
          for (String w : eq < 0 ? new String[0] : rule.substring(eq + 1).split(",")) {
            if (!w.startsWith("@")) {
              out.add(w);
            }
          }
        }
      }
    }
    out.addAll(Currencies.CODES);
    out.addAll(Currencies.CAPITAL_ABBREVIATIONS.keySet());
    out.addAll(Currencies.DOLLAR_PREFIXES.keySet());
    out.addAll(Currencies.SYMBOLS.keySet());
    out.addAll(List.of("the", "of", "flour", "weighed", "a", "US", "Us", "uS", "NZ", "rm", "Rm",
        "usd", "Usd", "EURO", "ab", "abc", "abcd", "Σ", "ΣΑΣ", "İ", "\u212a", "Ǆ", "ǅ", "ß",
        "שקל", "דולר", "đồng", "đô", "la", "USDX", "XUSD"));
    List<String> all = new ArrayList<>(out);
    for (String w : out) {
      all.add(w.toUpperCase(Locale.ROOT));
      if (!w.isEmpty()) {
        all.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
      }
    }
    return all;
  }

  private static final List<String> GLUE = List.of(" ", " ", " ", "", "-", "$", " $", ".", ", ",
      " 5 ", "5", " 1,000 ", "\n", "; ", "\u0301", " - ");

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(WORDS),
        Arbitraries.of(GLUE));
    return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 2000, seed = "1818")
  void readsTheCurrencyTheOldReadingRead(@ForAll("text") String text) {
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      Oracle old = new Oracle(lex);
      Toks t = Tokenizer.toks(text);
      Toks fresh = Tokenizer.toks(text); // the oracle's own tokens: nothing made shared
      for (int i = -1; i <= t.size(); i++) {
        CurrencyReader.Currency expected = old.after(fresh, i);
        final int at = i;
        assertEquals(expected, lex.currencyAfter(t, i), () -> l + " " + at + " " + text);
        Statistics.collect(expected == null ? "none" : "currency");
      }
    }
  }

  @Test
  void aDollarPrefixACodeAndANameAreStillRead() {
    Lexicon en = Lexicon.of(Language.fromCode("en").orElseThrow());
    Toks t = Tokenizer.toks("5 US$ and 7 USD and 9 dollars and 3 RM");
    assertNotNull(en.currencyAfter(t, 1));
    assertEquals(2, en.currencyAfter(t, 1).length());
    assertEquals("USD", en.currencyAfter(t, 5).code());
    assertEquals("USD", en.currencyAfter(t, 8).code());
    assertEquals("MYR", en.currencyAfter(t, 11).code());
  }
}
