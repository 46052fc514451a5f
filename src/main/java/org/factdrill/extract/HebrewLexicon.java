package org.factdrill.extract;

import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * Hebrew numerals in masculine, feminine and construct forms (שלוש, שלושה, שלושת), tens, מאה /
 * מאתיים / מאות, אלף / אלפיים / אלפים, מיליון, מיליארד, חצי, with the one-letter prefixes
 * ו ב ל מ ה כ ש that attach to the word (ושלושים, כמיליון). כ־ before a number means "about".
 */
final class HebrewLexicon extends Lexicon {
  static final HebrewLexicon INSTANCE = new HebrewLexicon();
  static final String PREFIXES = "ובלמהכש";

  private static final Set<String> APPROX = Set.of("כמעט", "קרוב", "כ", "בערך", "לפחות",
      "מעל", "למעלה", "יותר", "פחות", "עד", "מעט", "כמה", "כ־", "אולי", "מתחת", "כמו");
  private static final Set<String> TIME_PREPS = Set.of("ב", "מ", "ל", "עד", "מאז", "בשנת",
      "משנת", "לשנת", "שנת", "בשנים", "השנים", "ובשנת", "עדשנת", "בסוף", "בתחילת", "באמצע",
      "בקיץ", "בחורף", "באביב", "בסתיו", "לפני", "אחרי", "לאחר", "ו", "ה", "ב־", "ב-");
  private static final Set<String> COUNT = Set.of("איש", "אנשים", "חיילים", "הרוגים", "פצועים",
      "נפגעים", "פליטים", "אזרחים", "טנקים", "מטוסים", "ספינות", "תושבים", "יהודים", "ערבים",
      "בני", "משפחות", "כפרים", "ק\"מ", "קילומטר", "טון", "דונם", "שבויים", "לוחמים", "מתנחלים",
      "עולים", "קולות", "מושבים", "חברי", "נשים", "ילדים", "גברים", "קורבנות", "חללים");
  private static final Set<String> UNIT_STOP = Set.of("של", "את", "על", "עם", "אל", "כי", "אשר",
      "גם", "לא", "הוא", "היא", "הם", "הן", "זה", "זו", "אלה", "או", "אך", "אבל", "היה", "היתה",
      "הייתה", "היו", "יותר", "פחות", "כל", "עד", "בין", "אחרי", "לפני", "מן", "רק", "כבר",
      "אחוז", "אחוזים", "שנה", "שנים");
  private static final Set<String> DESIGNATORS = Set.of("סעיף", "פרק", "עמ'", "עמוד", "עמודים",
      "החלטה", "החלטת", "כביש", "אוגדה", "אוגדת", "חטיבה", "חטיבת", "גדוד", "יחידה", "יחידת",
      "טייסת", "מספר", "מס'", "גבעה", "משלט", "רחוב", "קו", "שער", "כרך", "גיליון", "חוק",
      "תיקון", "פסוק", "ספר", "מהדורה", "גרסה", "דגם", "פלוגה", "מוצב", "נ\"צ", "רציף");
  private static final Map<String, String> CURRENCY = Map.ofEntries(
      Map.entry("דולר", "USD"), Map.entry("דולרים", "USD"), Map.entry("שקל", "ILS"),
      Map.entry("שקלים", "ILS"), Map.entry("ש\"ח", "ILS"), Map.entry("שח", "ILS"),
      Map.entry("יורו", "EUR"), Map.entry("רובל", "RUB"), Map.entry("רובלים", "RUB"),
      Map.entry("פאונד", "GBP"), Map.entry("ין", "JPY"), Map.entry("יואן", "CNY"),
      Map.entry("מנאט", "AZN"), Map.entry("דראם", "AMD"), Map.entry("רופי", "INR"),
      Map.entry("פרנק", "FRF"), Map.entry("מארק", "DEM"), Map.entry("מרק", "DEM"),
      Map.entry("דינר", "JOD"), Map.entry("ריאל", "IRR"));

  private HebrewLexicon() {
    add(0, "אפס");
    add(1, "אחד", "אחת");
    add(2, "שניים", "שתיים", "שני", "שתי", "שתים");
    add(3, "שלוש", "שלושה", "שלושת", "שלש", "שלשה", "שלשת");
    add(4, "ארבע", "ארבעה", "ארבעת");
    add(5, "חמש", "חמישה", "חמשה", "חמשת");
    add(6, "שש", "שישה", "ששה", "ששת", "שישת");
    add(7, "שבע", "שבעה", "שבעת");
    add(8, "שמונה", "שמונת");
    add(9, "תשע", "תשעה", "תשעת");
    add(10, "עשר", "עשרה", "עשרת");
    add(20, "עשרים");
    add(30, "שלושים", "שלשים");
    add(40, "ארבעים");
    add(50, "חמישים", "חמשים");
    add(60, "שישים", "ששים");
    add(70, "שבעים");
    add(80, "שמונים");
    add(90, "תשעים");
    add(100, "מאה");
    add(200, "מאתיים", "מאתים");
    put(NumberWord.Role.HUNDRED, 100, false, "מאות");
    put(NumberWord.Role.SCALE, 1000, true, "אלף");
    add(2000, "אלפיים");
    put(NumberWord.Role.SCALE, 1000, false, "אלפים");
    put(NumberWord.Role.SCALE, 1_000_000, true, "מיליון", "מליון");
    put(NumberWord.Role.SCALE, 1_000_000, false, "מיליונים");
    put(NumberWord.Role.SCALE, 1_000_000_000L, true, "מיליארד", "מליארד", "ביליון");
    put(NumberWord.Role.HALF, 0, true, "חצי");
    put(NumberWord.Role.POINT, 0, false, "נקודה");
    month(1, "ינואר");
    month(2, "פברואר");
    month(3, "מרץ", "מרס");
    month(4, "אפריל");
    month(5, "מאי");
    month(6, "יוני");
    month(7, "יולי");
    month(8, "אוגוסט");
    month(9, "ספטמבר");
    month(10, "אוקטובר");
    month(11, "נובמבר");
    month(12, "דצמבר");
  }

  @Override
  Language language() {
    return Language.HE;
  }

  /** The prefix letters at the start of {@code norm} that leave {@code rest} a known word. */
  static int prefixLength(String norm, java.util.function.Predicate<String> known) {
    if (known.test(norm)) {
      return 0;
    }
    for (int k = 1; k <= 3 && k <= norm.length() - 2; k++) {
      if (PREFIXES.indexOf(norm.charAt(k - 1)) < 0) {
        return -1;
      }
      if (known.test(norm.substring(k))) {
        return k;
      }
    }
    return -1;
  }

  /** True when the whole token consists of prefix letters: the ב of "ב-1948". */
  static boolean isPrefixOnly(String norm) {
    if (norm.isEmpty() || norm.length() > 3) {
      return false;
    }
    for (int k = 0; k < norm.length(); k++) {
      if (PREFIXES.indexOf(norm.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  Hit number(String norm) {
    int k = prefixLength(norm, numbers::containsKey);
    return k < 0 ? null : new Hit(numbers.get(norm.substring(k)), norm.substring(0, k));
  }

  @Override
  int month(String norm) {
    int k = prefixLength(norm, months::containsKey);
    return k < 0 ? 0 : months.get(norm.substring(k));
  }

  /** The prefix letters before a month name ("ב" of "בספטמבר"), or null when not a month. */
  String monthPrefix(String norm) {
    int k = prefixLength(norm, months::containsKey);
    return k < 0 ? null : norm.substring(0, k);
  }

  @Override
  protected Set<String> currencyWords() {
    Set<String> s = new java.util.HashSet<>(CURRENCY.keySet());
    s.addAll(Set.of("אש\"ח", "אשח", "לירות", "לירה", "ליש\"ט", "שנת", "שנים", "השנים",
        "שנה", "שנות", "מאה"));
    return s;
  }

  @Override
  boolean trigger(Toks t, int i) {
    String n = t.norm(i);
    if (isPrefixOnly(n) || isTrigger(n, 0)) {
      return true;
    }
    // As prefixLength(n, triggers()::contains) >= 0, without a substring per prefix tried.
    for (int k = 1; k <= 3 && k <= n.length() - 2; k++) {
      if (PREFIXES.indexOf(n.charAt(k - 1)) < 0) {
        return false;
      }
      if (isTrigger(n, k)) {
        return true;
      }
    }
    return false;
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
    String w = t.norm(i);
    return COUNT.contains(w) || (w.length() > 3 && w.endsWith("ים") && !UNIT_STOP.contains(w)
        && !w.equals("שנים"));
  }

  @Override
  Set<String> minusWords() {
    return Set.of("מינוס");
  }

  @Override
  Set<String> vagueMarkers() {
    return Set.of("עשרות", "מאות", "אלפי", "רבבות", "כמה", "מספר");
  }

  @Override
  int percentWord(Toks t, int i) {
    String w = t.norm(i);
    int k = prefixLength(w, s -> s.equals("אחוז") || s.equals("אחוזים") || s.equals("האחוזים"));
    return k == 0 ? 1 : 0;
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
    if (w.equals("אש\"ח") || w.equals("אשח")) {
      return new Currency("ILS", 1, java.math.BigDecimal.valueOf(1000));
    }
    if ((w.equals("לירות") || w.equals("לירה") || w.equals("ליש\"ט"))) {
      if (w.equals("ליש\"ט") || t.norm(i + 1).equals("שטרלינג")) {
        return new Currency("GBP", w.equals("ליש\"ט") ? 1 : 2);
      }
      return null;
    }
    if ((w.equals("דולר") || w.equals("דולרים")) && t.norm(i + 1).equals("אמריקאי")) {
      return new Currency("USD", 2);
    }
    if ((w.equals("שקל") || w.equals("שקלים")) && t.norm(i + 1).equals("חדש")) {
      return new Currency("ILS", 2);
    }
    code = CURRENCY.get(w);
    return code == null ? null : new Currency(code, 1);
  }

  @Override
  boolean designator(Toks t, int i) {
    String w = t.norm(i);
    if (DESIGNATORS.contains(w)) {
      return true;
    }
    int k = prefixLength(w, DESIGNATORS::contains);
    return k > 0;
  }

  @Override
  String unit(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || !tok.isWord() || UNIT_STOP.contains(tok.norm()) || number(tok.norm()) != null
        || month(tok.norm()) > 0 || tok.norm().length() < 2) {
      return null;
    }
    return tok.text();
  }
}
