package org.factdrill.extract;

import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * Vietnamese numerals: units, "mười" (ten) and "mươi" (times ten), the variants "mốt", "lăm",
 * "tư" after tens, "linh/lẻ" for an empty place, "trăm", "nghìn/ngàn", "vạn", "triệu", "tỷ".
 * "năm" is both "five" and "year", so it counts as five only inside a compound numeral.
 */
final class VietnameseLexicon extends Lexicon {
  static final VietnameseLexicon INSTANCE = new VietnameseLexicon();

  private static final Set<String> APPROX = Set.of("khoảng", "hơn", "gần", "trên", "chừng",
      "độ", "tầm", "ước", "tính", "dưới", "xấp", "xỉ", "ngót", "cỡ");
  private static final Set<String> TIME_PREPS = Set.of("năm", "vào", "từ", "trong",
      "cuối", "đầu", "giữa", "sau", "trước", "khi", "tháng", "mùa", "hè", "thu", "xuân", "đông");
  private static final Set<String> COUNT_HEADS = Set.of("người", "lính", "binh", "quân", "chiến",
      "chiếc", "xe", "khẩu", "tấn", "km", "ki", "dặm", "mét", "héc", "sư", "trung", "tiểu", "lữ",
      "sân", "toa", "máy", "tàu", "pháo", "súng", "hộ", "gia", "làng", "ngôi", "căn", "nạn",
      "tù", "thương", "đơn", "cái", "con", "quả", "trái", "tỉnh", "thành", "nước", "quốc",
      "đảng", "phiếu", "học", "giáo", "công", "nông", "dân", "cán", "đồng", "triệu", "nghìn",
      "ngàn", "tỷ", "vạn");
  private static final Set<String> TWO_SYLLABLE_HEADS = Set.of("xe", "sư", "trung", "tiểu", "lữ",
      "sân", "máy", "tàu", "binh", "quân", "chiến", "gia", "ngôi", "căn", "nạn", "tù", "thương",
      "đơn", "học", "giáo", "công", "nông", "cán", "khẩu", "ki", "héc", "đại", "hạm", "tên",
      "bệnh", "sĩ", "trực", "phi", "thủy");
  private static final Set<String> UNIT_STOP = Set.of("và", "của", "trong", "là", "có", "được",
      "đã", "cho", "với", "từ", "đến", "tới", "ở", "tại", "thì", "mà", "nhưng", "hay", "hoặc",
      "này", "đó", "kia", "nữa", "trước", "sau", "khi", "để", "rằng", "như", "bị", "sẽ", "đang",
      "vào", "ra", "lại", "cũng", "còn", "chỉ", "rồi", "về", "các", "những", "phần");
  private static final Set<String> DESIGNATOR_WORDS = Set.of("số", "điều", "khoản", "chương",
      "trang", "tr", "tập", "quyển", "mục", "phòng", "đường", "lộ", "khu", "hiệu", "mã", "thứ",
      "lần", "kỳ", "khóa", "khoá", "đồi", "cao", "điểm", "bài", "câu", "hình", "bảng", "phụ",
      "lục", "nghị", "quyết", "sắc", "lệnh", "luật", "đoàn", "đội", "tiểu", "phân", "tuyến");
  private static final Set<String> VAGUE = Set.of("hàng", "vài", "mấy", "nhiều", "các", "những",
      "mươi", "dăm", "bao", "nhiêu");
  private static final Map<String, String> CURRENCY = Map.ofEntries(
      Map.entry("usd", "USD"), Map.entry("đô", "USD"), Map.entry("đôla", "USD"),
      Map.entry("mỹ", "USD"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
      Map.entry("rúp", "RUB"), Map.entry("yên", "JPY"), Map.entry("nhân", "CNY"),
      Map.entry("bảng", "GBP"), Map.entry("pounds", "GBP"), Map.entry("rupees", "INR"),
      Map.entry("rs", "INR"), Map.entry("franc", "FRF"), Map.entry("quan", "FRF"),
      Map.entry("đồng", "VND"), Map.entry("vnđ", "VND"), Map.entry("vnd", "VND"),
      Map.entry("won", "KRW"), Map.entry("bạt", "THB"), Map.entry("riel", "KHR"),
      Map.entry("kíp", "LAK"), Map.entry("manat", "AZN"), Map.entry("dram", "AMD"));
  /** Syllables that make "đồng" or "đô" part of another word: đồng minh (ally), đô thị (city). */
  private static final Set<String> NOT_MONEY_NEXT = Set.of("minh", "ý", "thời", "bằng", "chí",
      "bào", "hồ", "nghiệp", "đội", "ruộng", "cỏ", "lòng", "tâm", "hương", "loại", "nhất",
      "dạng", "thuận", "tình", "phục", "sức", "môn", "ca", "tác", "khởi", "thanh", "đều",
      "nát", "thau", "đen", "xu", "bộ", "lúa", "thị", "đốc", "hộ", "vật", "thành", "trưởng",
      "sở", "hành", "hóa", "hoá", "quê", "tiền", "chủ", "đẳng", "bọn", "lõa", "phạm", "cảm",
      "bóng", "nhân", "thiếp", "tính", "hợp", "văn", "nai", "điệu", "vọng", "âm", "hồng");

  private VietnameseLexicon() {
    put(NumberWord.Role.ADD, 0, false, "không");
    add(1, "một");
    put(NumberWord.Role.ADD, 1, false, "mốt");
    add(2, "hai");
    add(3, "ba");
    add(4, "bốn");
    put(NumberWord.Role.ADD, 4, false, "tư");
    add(5, "năm");
    put(NumberWord.Role.ADD, 5, false, "lăm", "nhăm");
    add(6, "sáu");
    add(7, "bảy", "bẩy");
    add(8, "tám");
    add(9, "chín");
    add(10, "mười");
    put(NumberWord.Role.TENS, 10, false, "mươi");
    put(NumberWord.Role.TENS, 10, true, "chục");
    put(NumberWord.Role.HUNDRED, 100, true, "trăm");
    put(NumberWord.Role.SCALE, 1000, true, "nghìn", "ngàn");
    put(NumberWord.Role.SCALE, 10_000, true, "vạn");
    put(NumberWord.Role.SCALE, 1_000_000, true, "triệu");
    put(NumberWord.Role.SCALE, 1_000_000_000L, true, "tỷ", "tỉ");
    put(NumberWord.Role.FILLER, 0, false, "linh", "lẻ");
    put(NumberWord.Role.POINT, 0, false, "phẩy");
    put(NumberWord.Role.HALF, 0, true, "nửa");
    month(1, "giêng");
    month(12, "chạp");
  }

  @Override
  Language language() {
    return Language.VI;
  }

  @Override
  char groupSeparator() {
    return '.';
  }

  @Override
  char decimalSeparator() {
    return ',';
  }

  private static final Set<String> TRIGGERS = Set.of("ngày", "tháng", "năm", "mùa", "những",
      "các", "thập", "thế", "rs", "rm");

  @Override
  protected Set<String> extraTriggers() {
    return TRIGGERS;
  }

  @Override
  protected Set<String> currencyWords() {
    Set<String> s = new java.util.HashSet<>(CURRENCY.keySet());
    s.add("đô");
    s.add("đôla");
    s.add("đồng");
    return s;
  }

  @Override
  Set<String> approximators() {
    return APPROX;
  }

  @Override
  Set<String> timePrepositions() {
    return TIME_PREPS;
  }

  @Override
  boolean countNoun(Toks t, int i) {
    Token tok = t.get(i);
    return tok != null && tok.isWord() && !tok.isCapitalized() && COUNT_HEADS.contains(tok.norm());
  }

  @Override
  Set<String> minusWords() {
    return Set.of("âm", "trừ");
  }

  @Override
  Set<String> vagueMarkers() {
    return VAGUE;
  }

  @Override
  int percentWord(Toks t, int i) {
    return t.norm(i).equals("phần") && t.norm(i + 1).equals("trăm") ? 2 : 0;
  }

  @Override
  Currency currencyAfter(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null) {
      return null;
    }
    Currency common = commonCurrency(t, i);
    if (common != null) {
      return common;
    }
    String code;
    String w = tok.norm();
    if (w.equals("đô")) {
      if (t.isDash(i + 1) && t.norm(i + 2).equals("la") && t.attached(i + 1)) {
        return new Currency("USD", usQualifier(t, i + 3) ? 4 : 3);
      }
      if (t.norm(i + 1).equals("la")) {
        return new Currency("USD", usQualifier(t, i + 2) ? 3 : 2);
      }
      return NOT_MONEY_NEXT.contains(t.norm(i + 1)) ? null : new Currency("USD", 1);
    }
    if (w.equals("đôla")) {
      return new Currency("USD", usQualifier(t, i + 1) ? 2 : 1);
    }
    if (w.equals("đồng")) {
      if (NOT_MONEY_NEXT.contains(t.norm(i + 1))) {
        return null;
      }
      // "đồng rúp", "đồng euro": the word before the currency's name.
      Currency named = currencyAfter(t, i + 1);
      if (named != null && !t.norm(i + 1).equals("đồng")) {
        return new Currency(named.code(), named.length() + 1);
      }
      return new Currency("VND", 1);
    }
    if (w.equals("nhân") && t.norm(i + 1).equals("dân") && t.norm(i + 2).equals("tệ")) {
      return new Currency("CNY", 3);
    }
    if (w.equals("bảng") && t.norm(i + 1).equals("anh")) {
      return new Currency("GBP", 2);
    }
    if (w.equals("mỹ") || w.equals("nhân") || w.equals("bảng") || w.equals("quan")
        || w.equals("yên") || w.equals("won") || w.equals("bạt")) {
      return null; // only after "đô", or as part of a longer name
    }
    code = CURRENCY.get(w);
    return code == null ? null : new Currency(code, 1);
  }

  private static boolean usQualifier(Toks t, int i) {
    return t.norm(i).equals("mỹ");
  }

  @Override
  boolean designator(Toks t, int i) {
    String w = t.norm(i);
    if (!DESIGNATOR_WORDS.contains(w)) {
      return false;
    }
    if (w.equals("đoàn")) {
      String p = t.norm(i - 1);
      return p.equals("quân") || p.equals("sư") || p.equals("trung") || p.equals("lữ")
          || p.equals("tiểu") || p.equals("binh");
    }
    if (w.equals("đội")) {
      String p = t.norm(i - 1);
      return p.equals("đại") || p.equals("trung") || p.equals("tiểu") || p.equals("hạm")
          || p.equals("liên");
    }
    if (w.equals("khu")) {
      String p = t.norm(i - 1);
      return p.equals("quân") || p.equals("chiến") || p.equals("liên");
    }
    if (w.equals("lộ")) {
      return t.norm(i - 1).equals("quốc") || t.norm(i - 1).equals("tỉnh");
    }
    if (w.equals("tuyến")) {
      return t.norm(i - 1).equals("vĩ") || t.norm(i - 1).equals("kinh");
    }
    if (w.equals("điểm")) {
      return t.norm(i - 1).equals("cao");
    }
    if (w.equals("cao") || w.equals("phụ") || w.equals("nghị") || w.equals("sắc")
        || w.equals("tiểu") || w.equals("phân") || w.equals("lần") || w.equals("kỳ")) {
      return false;
    }
    return true;
  }

  @Override
  String unit(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || !tok.isWord() || tok.isCapitalized() || UNIT_STOP.contains(tok.norm())
        || numbers.containsKey(tok.norm()) && !tok.norm().equals("năm")) {
      return null;
    }
    Token next = t.get(i + 1);
    if (TWO_SYLLABLE_HEADS.contains(tok.norm()) && next != null && next.isWord() && next.gapBefore()
        && !next.isCapitalized() && !UNIT_STOP.contains(next.norm())) {
      return t.text.substring(tok.start(), next.end());
    }
    return tok.text();
  }
}
