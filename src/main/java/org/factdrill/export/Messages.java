package org.factdrill.export;

/**
 * The few instruction words an export adds around the bank's text, in the question's language
 * (English when the language is unknown).
 */
public record Messages(String lang, String trueWord, String falseWord, String trueOrFalse,
    String orderEvents, String matchEvents, String whichFirst, String source, String answerKey,
    String name, String date, String variant, String questions) {

  public static final Messages EN = new Messages("en", "True", "False", "True or false?",
      "Put the events in chronological order (1 = earliest).",
      "Match each event with its place in time (1 = earliest).", "Which happened first?",
      "Source", "Answer key", "Name", "Date", "Variant", "questions");
  public static final Messages VI = new Messages("vi", "Đúng", "Sai", "Đúng hay sai?",
      "Sắp xếp các sự kiện theo thứ tự thời gian (1 = sớm nhất).",
      "Ghép mỗi sự kiện với thứ tự thời gian của nó (1 = sớm nhất).",
      "Sự kiện nào xảy ra trước?", "Nguồn", "Đáp án", "Họ tên", "Ngày", "Đề", "câu hỏi");
  public static final Messages HE = new Messages("he", "נכון", "לא נכון", "נכון או לא נכון?",
      "סדרו את האירועים לפי סדר הזמן (1 = המוקדם ביותר).",
      "התאימו לכל אירוע את מקומו בזמן (1 = המוקדם ביותר).", "מה קרה קודם?", "מקור",
      "מפתח תשובות", "שם", "תאריך", "גרסה", "שאלות");

  /** Messages for a language code ("en", "vi", "he"); English for anything else. */
  public static Messages of(String lang) {
    if ("vi".equals(lang)) {
      return VI;
    }
    if ("he".equals(lang)) {
      return HE;
    }
    return EN;
  }

  public boolean rightToLeft() {
    return "he".equals(lang);
  }
}
