package org.factdrill.bank;

import org.factdrill.text.Language;

/**
 * The few words of instruction shown above a question, in the interface language (English by
 * default), from the language pack's ui.tsv. Prompts themselves stay in the language of their source text.
 */
public final class Instructions {
  private Instructions() {}

  /** "How many years passed between X and Y?" in {@code lang}. */
  public static String yearsBetween(Language lang, String x, String y) {
    return String.format(ui(lang, "chronology.yearsbetween"), x.strip(), y.strip());
  }

  /** "How long did X last?" in {@code lang}. */
  public static String lasted(Language lang, String x) {
    String s = String.format(ui(lang, "chronology.lasted"), x.strip());
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "How many years did X last?" in {@code lang}: a duration question naming what lasted. */
  public static String yearsLasted(Language lang, String x) {
    String s = String.format(ui(lang, "instruction.duration.named"), x.strip());
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The pack's interface string {@code key} in {@code lang}, else in the default language. */
  private static String ui(Language lang, String key) {
    String w = (lang == null ? Language.DEFAULT : lang).pack().ui(key);
    return w != null ? w : Language.DEFAULT.pack().ui(key);
  }

  /** The instruction for a question type in a language. */
  public static String of(QuestionType type, Language lang) {
    return ui(lang, "instruction." + type.name().toLowerCase(java.util.Locale.ROOT));
  }


  /** The instruction for a question type in the interface language given by its code (en default). */
  public static String of(QuestionType type, String langCode) {
    return of(type, Language.fromCode(langCode).orElse(Language.DEFAULT));
  }

  /**
   * The prompt to show in the interface language: a prompt that is only its type's instruction
   * (a timeline's, a chronology question's), stored in the source's language, is shown in the
   * reader's; every other prompt (and one an instructor rewrote) is shown as written.
   */
  public static String displayPrompt(Question q, String uiLangCode) {
    if (!q.isEdited()) {
      for (Language l : Language.values()) {
        if (of(q.type(), l).equals(q.prompt())) {
          return of(q.type(), uiLangCode);
        }
      }
    }
    return q.prompt();
  }
}
