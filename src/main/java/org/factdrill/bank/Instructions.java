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
          QuestionType.TIMELINE, "Put these events in order",
          QuestionType.WHICHFIRST, "Which happened first?",
          QuestionType.YEARSBETWEEN, "How many years passed between these two events?",
          QuestionType.DURATION, "How many years did it last?"),
      Language.VI, Map.of(
          QuestionType.CLOZE, "Điền vào chỗ trống",
          QuestionType.CHOICE, "Chọn câu trả lời đúng",
          QuestionType.TRUEFALSE, "Đúng hay sai?",
          QuestionType.TIMELINE, "Sắp xếp các sự kiện theo thứ tự thời gian",
          QuestionType.WHICHFIRST, "Sự kiện nào xảy ra trước?",
          QuestionType.YEARSBETWEEN, "Bao nhiêu năm đã trôi qua giữa hai sự kiện này?",
          QuestionType.DURATION, "Nó kéo dài bao nhiêu năm?"),
      Language.HE, Map.of(
          QuestionType.CLOZE, "השלימו את החסר",
          QuestionType.CHOICE, "בחרו את התשובה הנכונה",
          QuestionType.TRUEFALSE, "נכון או לא נכון?",
          QuestionType.TIMELINE, "סדרו את האירועים לפי סדר הזמן",
          QuestionType.WHICHFIRST, "מה קרה קודם?",
          QuestionType.YEARSBETWEEN, "כמה שנים עברו בין שני האירועים האלה?",
          QuestionType.DURATION, "כמה שנים זה נמשך?"));

  /** "How many years passed between {0} and {1}?" and "How long did {0} last?" per language. */
  private static final Map<Language, String[]> CHRONOLOGY = Map.of(
      Language.EN, new String[] {"How many years passed between %s and %s?",
          "How long did %s last?"},
      Language.VI, new String[] {"Bao nhiêu năm đã trôi qua giữa %s và %s?",
          "%s kéo dài bao lâu?"},
      Language.HE, new String[] {"כמה שנים עברו בין %s לבין %s?", "כמה זמן נמשך %s?"});

  private Instructions() {}

  /** "How many years passed between X and Y?" in {@code lang}. */
  public static String yearsBetween(Language lang, String x, String y) {
    return String.format(CHRONOLOGY.get(lang == null ? Language.EN : lang)[0], x.strip(),
        y.strip());
  }

  /** "How long did X last?" in {@code lang}. */
  public static String lasted(Language lang, String x) {
    String s = String.format(CHRONOLOGY.get(lang == null ? Language.EN : lang)[1], x.strip());
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The instruction for a question type in a language. */
  public static String of(QuestionType type, Language lang) {
    return WORDS.get(lang == null ? Language.EN : lang).get(type);
  }

  /** The instruction for a question type in the interface language given by its code (en default). */
  public static String of(QuestionType type, String langCode) {
    return of(type, Language.fromCode(langCode).orElse(Language.EN));
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
