package org.factdrill.export;

import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * The few instruction words an export adds around the bank's text, in the question's language
 * (English when the language is unknown).
 */
public record Messages(String lang, String trueWord, String falseWord, String trueOrFalse,
    String orderEvents, String matchEvents, String whichFirst, String source, String answerKey,
    String name, String date, String variant, String questions, java.util.List<String> letters,
    String listStyle) {

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
        w.apply("date"), w.apply("variant"), w.apply("questions"),
        java.util.List.of(w.apply("optionLetters").split(" ")), w.apply("optionListStyle"));
  }

  /**
   * The label of option {@code i} in this language's alphabet (the pack's
   * {@code export.optionLetters}: a, b, c … or א, ב, ג …), then two letters past the last one;
   * {@code upper} for event labels where the script has case.
   */
  public String letter(int i, boolean upper) {
    int n = letters.size();
    String s = i < n ? letters.get(i) : letter(i / n - 1, false) + letters.get(i % n);
    return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
  }

  /** Whether option lists need their own CSS numbering (the HTML type="a" attribute is Latin). */
  public boolean ownListStyle() {
    return !"lower-alpha".equals(listStyle);
  }

  /**
   * The HTML attribute numbering a list in this language's alphabet when it is not Latin
   * (Hebrew: א, ב, ג), as the answer key names the options; "" otherwise. The type attribute
   * stays beside it for readers without CSS.
   */
  public String listStyleAttribute() {
    return ownListStyle() ? " style=\"list-style-type: " + listStyle + "\"" : "";
  }

  public boolean rightToLeft() {
    return LanguagePacks.find(lang).map(LanguagePack::rightToLeft).orElse(false);
  }
}
