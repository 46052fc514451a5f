package org.factdrill.lang;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;

/**
 * Hebrew numerals (letters by value: ה׳ = 5, ט״ו = 15, ה׳תש״ח = 5708), read and written by ICU's
 * algorithmic numbering system "hebr" (the RBNF rule set {@code %hebrew}), not by a table of our
 * own. ICU's parser only reads the Hebrew geresh and gershayim (׳ ״); texts also write ASCII
 * quotes, typographic quotes or none ("תש"ח", "י“ב", "תרפ"), so those are normalized first. Not
 * thread-safe (ICU's formatter is not): each reader holds its own.
 */
public final class HebrewNumerals {
  /** Characters texts write for a geresh. */
  private static final String GERESH = "'׳’‘`´";
  /** Characters texts write for gershayim. */
  private static final String GERSHAYIM = "\"״“”″„";

  private final RuleBasedNumberFormat format;
  /**
   * Words already read, with their values: the same few ("של" 330, "על" 130) come again and
   * again as candidate days and years, and ICU's parser is slow. The oldest go past 1,024.
   */
  private final java.util.Map<String, Integer> read = new java.util.LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<String, Integer> eldest) {
      return size() > 1024;
    }
  };

  public HebrewNumerals() {
    format = format();
  }

  /** {@code n} as ICU writes it (1 to 9999). */
  public synchronized String write(int n) {
    return format.format(n);
  }

  /**
   * The value of a Hebrew numeral, or -1 when {@code s} is none. Letters must be whole: every
   * character is read ("של" is 330; "שלום" is no numeral), and the letters must stand in the
   * order a numeral writes them (largest first, 15 and 16 as ט״ו ט״ז), checked by writing the
   * value back with ICU and comparing letters.
   */
  public synchronized int read(String s) {
    // Every value read is checked against ICU's spelling of it, letters for letters: a word
    // whose letters no numeral has ("לוי", "שלום") is none, with no parse (most words asked).
    if (!Spellings.LETTERS.contains(letters(s))) {
      return -1;
    }
    Integer known = read.get(s);
    if (known != null) {
      return known;
    }
    int v = readAnew(s);
    read.put(s, v);
    return v;
  }

  /** {@link #read} by ICU's parser every time: what the filter and the memo above keep. */
  synchronized int readAnew(String s) {
    // As written with ICU's marks ("ו׳ אלפים", "אלף"), else respelled as ICU writes numerals.
    int v = parse(marks(s.strip()));
    if (v < 0) {
      v = parse(normalize(s));
    }
    return v > 0 ? v : parse(normalize(letters(s).isEmpty() ? s : plain(s)));
  }

  /** The letters of every numeral ICU writes from 1 to 9999, computed once. */
  private static final class Spellings {
    static final java.util.Set<String> LETTERS = all();

    private static java.util.Set<String> all() {
      RuleBasedNumberFormat f = format();
      java.util.Set<String> out = new java.util.HashSet<>();
      for (int v = 1; v <= 9999; v++) {
        out.add(letters(f.format(v)));
      }
      return java.util.Set.copyOf(out);
    }
  }

  private static RuleBasedNumberFormat format() {
    RuleBasedNumberFormat f =
        new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM);
    f.setDefaultRuleSet("%hebrew");
    return f;
  }

  private int parse(String n) {
    if (n.isEmpty() || n.length() > 12) {
      return -1;
    }
    Number v;
    ParsePosition pos = new ParsePosition(0);
    try {
      v = format.parse(n, pos);
    } catch (RuntimeException e) {
      return -1;
    }
    if (v == null || pos.getIndex() != n.length() || pos.getErrorIndex() >= 0) {
      return -1;
    }
    long value = v.longValue();
    if (value < 1 || value > 9999 || value != v.doubleValue()) {
      return -1;
    }
    // The parser is lenient about order ("חת"); ICU's own spelling is the check.
    if (!letters(format.format(value)).equals(letters(n))) {
      return -1;
    }
    return (int) value;
  }

  /** {@code s} with final letters written plain (ICU reads ף only where it writes it). */
  private static String plain(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      int f = "ךםןףץ".indexOf(c);
      b.append(f >= 0 ? "כמנפצ".charAt(f) : c);
    }
    return b.toString();
  }

  /** {@code s} with every geresh and gershayim written as ICU writes them. */
  private static String marks(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(GERESH.indexOf(c) >= 0 ? '׳' : GERSHAYIM.indexOf(c) >= 0 ? '״' : c);
    }
    return b.toString();
  }

  /**
   * A numeral with its geresh and gershayim as ICU writes them: the last mark of the word is
   * gershayim before its last letter, or a geresh after a single letter; white space between
   * the thousands letter and the rest ("ה׳ תש״ח") is dropped.
   */
  static String normalize(String s) {
    String t = s.strip().replaceAll("\\s+", "");
    StringBuilder letters = new StringBuilder();
    int thousands = -1; // a geresh after the first letter followed by more letters: ה׳תש״ח
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 'א' && c <= 'ת') {
        letters.append(c);
      } else if (GERESH.indexOf(c) >= 0 && letters.length() == 1 && i + 1 < t.length()) {
        thousands = 1;
      } else if (GERESH.indexOf(c) < 0 && GERSHAYIM.indexOf(c) < 0) {
        return "";
      }
    }
    String head = thousands > 0 ? letters.substring(0, 1) + "׳" : "";
    String rest = thousands > 0 ? letters.substring(1) : letters.toString();
    if (rest.isEmpty()) {
      return "";
    }
    if (rest.length() == 1) {
      return head + rest + "׳";
    }
    return head + rest.substring(0, rest.length() - 1) + "״" + rest.charAt(rest.length() - 1);
  }

  /** The letters of a numeral, final forms as plain ones (texts write "תר״פ" and "תר״ף"). */
  private static String letters(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      int f = "ךםןףץ".indexOf(c);
      if (f >= 0) {
        b.append("כמנפצ".charAt(f));
      } else if (c >= 'א' && c <= 'ת') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
