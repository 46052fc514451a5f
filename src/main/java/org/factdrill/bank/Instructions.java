package org.factdrill.bank;

import org.factdrill.text.Language;

/**
 * The few words of instruction shown above a question, in the interface language (English by
 * default), from the language pack's ui.tsv. Prompts themselves stay in the language of their source text.
 */
public final class Instructions {
  private Instructions() {}

  /** The instruction for a question type in a language. */
  public static String of(QuestionType type, Language lang) {
    String key = "instruction." + type.name().toLowerCase(java.util.Locale.ROOT);
    String w = (lang == null ? Language.DEFAULT : lang).pack().ui(key);
    return w != null ? w : Language.DEFAULT.pack().ui(key);
  }

  /** The instruction for a question type in the interface language given by its code (en default). */
  public static String of(QuestionType type, String langCode) {
    return of(type, Language.fromCode(langCode).orElse(Language.DEFAULT));
  }

  /**
   * The prompt to show in the interface language: a timeline's prompt is only its instruction,
   * stored in the source's language, so it is shown in the reader's; every other prompt (and a
   * timeline prompt an instructor rewrote) is shown as written.
   */
  public static String displayPrompt(Question q, String uiLangCode) {
    if (q.type() == QuestionType.TIMELINE && !q.isEdited()) {
      for (Language l : Language.values()) {
        if (of(QuestionType.TIMELINE, l).equals(q.prompt())) {
          return of(QuestionType.TIMELINE, uiLangCode);
        }
      }
    }
    return q.prompt();
  }
}
