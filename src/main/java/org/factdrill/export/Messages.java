package org.factdrill.export;

import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * The few instruction words an export adds around the bank's text, in the question's language
 * (English when the language is unknown).
 */
public record Messages(String lang, String trueWord, String falseWord, String trueOrFalse,
    String orderEvents, String matchEvents, String whichFirst, String source, String answerKey,
    String name, String date, String variant, String questions) {

  /** English, the language of a bank whose questions' language is unknown. */
  public static final Messages EN = of("en");

  /** Messages for a language code, from its pack's ui.tsv; English for anything else. */
  public static Messages of(String lang) {
    LanguagePack fallback = LanguagePacks.all().get(0);
    LanguagePack p = LanguagePacks.find(lang).orElse(fallback);
    java.util.function.Function<String, String> w = k -> {
      String v = p.ui("export." + k);
      return v != null ? v : fallback.ui("export." + k);
    };
    return new Messages(p.code(), w.apply("trueWord"), w.apply("falseWord"),
        w.apply("trueOrFalse"), w.apply("orderEvents"), w.apply("matchEvents"),
        w.apply("whichFirst"), w.apply("source"), w.apply("answerKey"), w.apply("name"),
        w.apply("date"), w.apply("variant"), w.apply("questions"));
  }

  public boolean rightToLeft() {
    return LanguagePacks.find(lang).map(LanguagePack::rightToLeft).orElse(false);
  }
}
