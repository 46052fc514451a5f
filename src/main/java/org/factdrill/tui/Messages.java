package org.factdrill.tui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The few words of the interface in English, Vietnamese and Hebrew (setting "ui_language"). Keys,
 * numbers and question text are not translated; a missing translation falls back to English.
 */
public final class Messages {
  /** Interface languages offered in Settings. */
  public static final List<String> LANGUAGES = List.of("en", "vi", "he");

  private static final String[][] TABLE = {
      // key, en, vi, he
      {"home", "Home", "Trang chính", "בית"},
      {"study", "Study", "Học", "לימוד"},
      {"summary", "Session summary", "Tổng kết buổi học", "סיכום"},
      {"bank", "Bank", "Ngân hàng câu hỏi", "מאגר"},
      {"settings", "Settings", "Cài đặt", "הגדרות"},
      {"help", "Help", "Trợ giúp", "עזרה"},
      {"due_now", "Due now", "Đến hạn", "לחזרה עכשיו"},
      {"due_today", "Due today", "Hôm nay", "היום"},
      {"new", "New", "Mới", "חדשים"},
      {"reviews_today", "Reviews today", "Đã ôn hôm nay", "חזרות היום"},
      {"streak", "Streak", "Chuỗi ngày", "רצף"},
      {"retention", "Retention (30d)", "Ghi nhớ (30 ngày)", "שימור (30 יום)"},
      {"forecast", "Due in the next 30 days", "Đến hạn trong 30 ngày", "ב-30 הימים הבאים"},
      {"learned", "Learned per source", "Đã thuộc theo nguồn", "נלמד לפי מקור"},
      {"correct", "Correct", "Đúng", "נכון"},
      {"wrong", "Wrong", "Sai", "שגוי"},
      {"close", "Close", "Gần đúng", "קרוב"},
      {"answer", "Answer", "Đáp án", "תשובה"},
      {"your_answer", "You said", "Bạn trả lời", "ענית"},
      {"source", "Source", "Nguồn", "מקור"},
      {"done", "done", "xong", "בוצעו"},
      {"remaining", "remaining", "còn lại", "נותרו"},
      {"answered", "Answered", "Đã trả lời", "נענו"},
      {"time", "Time", "Thời gian", "זמן"},
      {"next_due", "Next due", "Lần ôn tới", "החזרה הבאה"},
      {"nothing_due", "Nothing to study now.", "Không có gì để học lúc này.", "אין מה ללמוד כעת."},
      {"nothing_ahead", "nothing falls due in the next 30 days",
          "không có thẻ nào đến hạn trong 30 ngày tới", "אין חזרות ב-30 הימים הבאים"},
      {"retention_note", "higher: more reviews, fewer lapses (70-99%)",
          "cao hơn: ôn nhiều hơn, ít quên hơn (70-99%)", "גבוה יותר: יותר חזרות, פחות שכחה (70-99%)"},
      {"new_per_day_note", "new facts introduced per day", "số dữ kiện mới mỗi ngày",
          "עובדות חדשות ביום"},
      {"profile_note", "each profile has its own cards, history and settings",
          "mỗi hồ sơ có thẻ, lịch sử và cài đặt riêng", "לכל פרופיל כרטיסים, היסטוריה והגדרות משלו"},
      {"ui_language_note", "en, vi, he — the interface's few words",
          "en, vi, he — ngôn ngữ giao diện", "en, vi, he — שפת הממשק"},
      {"profile_count_one", "profile", "hồ sơ", "פרופיל"},
      {"profile_count", "profiles", "hồ sơ", "פרופילים"},
      {"per_answer", "s per answer", "giây mỗi câu", "שניות לתשובה"},
      {"due_in", "in", "sau", "בעוד"},
      {"now", "now", "ngay bây giờ", "עכשיו"},
      {"r_continue", "r to continue", "r để học tiếp", "r להמשך"},
      {"loading_bank", "loading the bank…", "đang tải bộ câu hỏi…", "טוען את מאגר השאלות…"},
      {"true", "true", "đúng", "נכון"},
      {"false", "false", "sai", "לא נכון"},
      {"profile", "Profile", "Hồ sơ", "פרופיל"},
      {"retention_setting", "Desired retention", "Tỉ lệ ghi nhớ mong muốn", "שימור רצוי"},
      {"new_per_day", "New cards per day", "Thẻ mới mỗi ngày", "כרטיסים חדשים ליום"},
      {"ui_language", "Interface language", "Ngôn ngữ giao diện", "שפת ממשק"},
      {"search", "Search", "Tìm", "חיפוש"},
      {"disabled", "disabled", "đã tắt", "מושבת"},
      {"edited", "edited", "đã sửa", "נערך"},
      {"history", "History", "Lịch sử", "היסטוריה"},
      {"too_small", "Terminal too small", "Cửa sổ quá nhỏ", "המסוף קטן מדי"},
      {"saved", "Saved", "Đã lưu", "נשמר"},
      {"undone", "Undone: the last answer is back", "Đã hoàn tác câu trả lời trước",
          "בוטלה התשובה האחרונה"},
      {"import", "Import", "Nhập tài liệu", "ייבוא"},
      {"import_path", "File or folder to import", "Tệp hoặc thư mục cần nhập", "קובץ או תיקייה לייבוא"},
      {"import_target", "Add to", "Thêm vào", "הוסף אל"},
      {"import_to_bank", "the bank you study:", "bộ câu hỏi đang học:", "המאגר שבלימוד:"},
      {"import_to_new", "a new bank beside it", "một bộ câu hỏi mới", "מאגר חדש לצדו"},
      {"import_explain", "Text, Markdown, HTML, PDF, EPUB or DOCX files, or a folder of them. "
          + "Questions are merged: nothing already in the bank is lost.",
          "Tệp văn bản, Markdown, HTML, PDF, EPUB hoặc DOCX, hay một thư mục. Câu hỏi được gộp "
          + "vào: không mất gì đã có.",
          "קובצי טקסט, Markdown, HTML, PDF, EPUB או DOCX, או תיקייה שלהם. השאלות ממוזגות: "
          + "דבר אינו אובד."},
      {"import_running", "reading…", "đang đọc…", "קורא…"},
      {"import_reading", "Reading", "Đang đọc", "קורא"},
      {"import_another", "import another", "nhập tiếp", "ייבוא נוסף"},
      {"import_no_path", "Type a file or folder path first", "Hãy nhập đường dẫn trước",
          "הקלד נתיב תחילה"},
      {"import_nothing", "No questions found: nothing added", "Không có câu hỏi: không thêm gì",
          "לא נמצאו שאלות: דבר לא נוסף"},
      {"import_wrote", "New bank written, questions:", "Đã ghi bộ câu hỏi mới, số câu:",
          "נכתב מאגר חדש, שאלות:"},
      {"import_added", "Questions added:", "Đã thêm câu hỏi:", "שאלות שנוספו:"},
      {"import_refused", "Not added, the bank would lose questions (import to a new bank)",
          "Không thêm, bộ câu hỏi sẽ mất câu (hãy nhập vào bộ mới)",
          "לא נוסף, המאגר היה מאבד שאלות (ייבא למאגר חדש)"},
      {"import_not_saved", "Not saved", "Chưa lưu", "לא נשמר"},
      {"import_skipped", "skipped", "bỏ qua", "דולגו"},
      {"import_facts", "facts", "dữ kiện", "עובדות"},
      {"import_questions", "questions", "câu hỏi", "שאלות"},
  };

  private final String lang;
  private final Map<String, String> words = new HashMap<>();

  public Messages(String lang) {
    int col = Math.max(0, LANGUAGES.indexOf(lang));
    this.lang = LANGUAGES.get(col);
    for (String[] row : TABLE) {
      words.put(row[0], row[1 + col]);
    }
  }

  public String lang() {
    return lang;
  }

  /** Whether the interface language is written right to left. */
  public boolean rtl() {
    return "he".equals(lang);
  }

  /** The word for {@code key}; the key itself when unknown (a bug, but visible, not a crash). */
  /**
   * {@code s} as a Unicode bidi isolate (FSI … PDI), for composing a line from translated
   * pieces: "3 נותרו" then stays one unit in its own direction instead of its number joining
   * the neighbouring piece. The marks are dropped on display (zero width). Text without
   * right-to-left letters is returned as it is.
   */
  public static String isolate(String s) {
    // Without right-to-left letters there is nothing to keep apart: the text stays plain, so
    // English and Vietnamese lines keep the fast path that skips ICU's bidi.
    return s.chars().anyMatch(Messages::rightToLeft) ? "\u2068" + s + "\u2069" : s;
  }

  private static boolean rightToLeft(int c) {
    return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff)
        || (c >= 0xfe70 && c <= 0xfeff);
  }

  /** {@code s} as a left-to-right isolate (LRI … PDI): file names and other Latin-only text. */
  public static String ltr(String s) {
    return "\u2066" + s + "\u2069";
  }

  public String get(String key) {
    return words.getOrDefault(key, key);
  }
}
