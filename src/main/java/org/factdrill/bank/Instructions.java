package org.factdrill.bank;

import java.util.Map;
import org.factdrill.text.Language;

/**
 * The few words of instruction shown above a question, in the interface language (English by
 * default). Prompts themselves stay in the language of their source text.
 */
public final class Instructions {
  private static final Map<Language, Map<QuestionType, String>> WORDS = Map.of(
      Language.EN, Map.of(
          QuestionType.CLOZE, "Fill in the blank",
          QuestionType.CHOICE, "Choose the right answer",
          QuestionType.TRUEFALSE, "True or false?",
          QuestionType.TIMELINE, "Put these events in order"),
      Language.VI, Map.of(
          QuestionType.CLOZE, "Điền vào chỗ trống",
          QuestionType.CHOICE, "Chọn câu trả lời đúng",
          QuestionType.TRUEFALSE, "Đúng hay sai?",
          QuestionType.TIMELINE, "Sắp xếp các sự kiện theo thứ tự thời gian"),
      Language.HE, Map.of(
          QuestionType.CLOZE, "השלימו את החסר",
          QuestionType.CHOICE, "בחרו את התשובה הנכונה",
          QuestionType.TRUEFALSE, "נכון או לא נכון?",
          QuestionType.TIMELINE, "סדרו את האירועים לפי סדר הזמן"));

  private Instructions() {}

  /** The instruction for a question type in a language. */
  public static String of(QuestionType type, Language lang) {
    return WORDS.get(lang == null ? Language.EN : lang).get(type);
  }

  /** The instruction for a question type in the interface language given by its code (en default). */
  public static String of(QuestionType type, String langCode) {
    return of(type, Language.fromCode(langCode).orElse(Language.EN));
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
