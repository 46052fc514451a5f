package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Currency names are pack data read by one lexicon: names of several words or joined by a
 * hyphen, a classifier before a name, the per-name rules of currencies.tsv, names written before
 * the amount; every name of every pack is read after an amount.
 */
class CurrencyNamesTest {
  private static String d(Language lang, String text) {
    return Facts.describe(lang, text);
  }

  @Test
  void everyNameOfEveryPackIsReadAfterAnAmount() {
    int cases = 0;
    java.util.List<String> wrong = new java.util.ArrayList<>();
    for (LanguagePack p : LanguagePacks.all()) {
      Language lang = Language.fromCode(p.code()).orElseThrow();
      for (Map.Entry<String, String> e : p.currencies().entrySet()) {
        String name = e.getKey();
        if (name.length() < 2 || !name.matches("[\\p{L}\\p{M}][\\p{L}\\p{M} \"'.-]*")
            || p.numerals().containsKey(name)) {
          continue; // symbols and one-letter abbreviations are read by the shared rules
        }
        String got = d(lang, "7 " + name);
        if (!got.contains("\"currency\":\"" + e.getValue() + "\"")) {
          wrong.add(p.code() + ": '7 " + name + "' read as " + got);
        }
        cases++;
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases + ":\n" + String.join("\n", wrong));
    assertTrue(cases > 200, "only " + cases + " names tried");
  }

  @Test
  void aNameRuleKeepsAWeightFromBeingMoney() {
    assertTrue(!d(Language.EN, "shipped 500 pounds of flour").contains("GBP"));
    assertTrue(d(Language.EN, "a grant of 500 pounds for the school").contains("GBP"));
  }

  @Test
  void namesOfSeveralWordsAndHyphenatedNames() {
    assertTrue(d(Language.EN, "paid 20 New Zealand dollars").contains("NZD"));
    assertTrue(d(Language.EN, "cost 3 pounds sterling").contains("GBP"));
    assertTrue(d(Language.VI, "giá 5 đô-la Mỹ").contains("\"USD\""));
    assertTrue(d(Language.VI, "giá 5 đô la").contains("\"USD\""));
  }

  @Test
  void aClassifierBeforeANameNamesThatCurrency() {
    assertTrue(d(Language.VI, "giá 40 đồng rúp").contains("\"RUB\""));
    assertTrue(d(Language.VI, "giá 40 đồng").contains("\"VND\""));
    assertTrue(!d(Language.VI, "có 40 đồng bằng").contains("VND"));
  }

  @Test
  void aUnitOfAThousandMultipliesTheAmount() {
    assertTrue(d(Language.HE, "תקציב של 300 אש\"ח").contains("300000"));
  }

  @Test
  void aNameWrittenBeforeTheAmountButNotBeforeAYear() {
    assertTrue(d(Language.EN, "a fine of ringgit 42 was paid").contains("MYR"));
    assertTrue(!d(Language.EN, "the rupee 1991 crisis").contains("INR"));
  }
}
