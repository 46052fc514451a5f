package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The one-pass month-key finder finds exactly what one {@code indexOf} scan per key over the
 * lower-cased text found: the same keys at the same places, in the same order.
 */
class MonthKeysTest {
  /** Every pack's keys (two calendars each), and a set with keys found anywhere in a word. */
  private static final List<MonthKeys> FINDERS = finders();

  private static List<MonthKeys> finders() {
    List<MonthKeys> out = new ArrayList<>();
    for (Language l : Language.values()) {
      out.add(new CalendarDates(l.pack()).keys());
    }
    out.add(new MonthKeys(List.of("av", "avr", "qu", "kelv", "ab", "אב", "חיג", "aa"),
        List.of(3, 1, 0, 2, 0, 3, 0, 1), "ובש"));
    return out;
  }

  @Provide
  Arbitrary<String> text() {
    List<String> parts = new ArrayList<>(List.of(" ", "  ", "-", "־", ",", ".", "'", "1", "5",
        "a", "h", "e", "v", "x", "A", "V", "H", "ו", "ב", "ש", "ה", "י", "ל", "й", "Й",
        "\u0130", "\u03a3", "\u03c3", "\u212a", "\u01c5", "\uD83D\uDD17", "\uD801\uDC00", "\n"));
    for (String k : List.of("av", "adar", "nisan", "sha", "ram", "אב", "שבט", "מנחם", "אדר",
        "חיג", "ав", "раб", "кислев", "rajab", "shaʻban", "dhuʻl", "qu", "kelv", "avr", "aa")) {
      parts.add(k);
      parts.add(k.toUpperCase(Locale.ROOT));
      parts.add(k.substring(0, 1).toUpperCase(Locale.ROOT) + k.substring(1));
    }
    return Arbitraries.of(parts).list().ofMinSize(0).ofMaxSize(30)
        .map(l -> String.join("", l));
  }

  @Property(tries = 4000, seed = "9")
  void findsWhatTheScanPerKeyFound(@ForAll("text") String text) {
    for (MonthKeys keys : FINDERS) {
      long[] expected = keys.perKey(text.toLowerCase(Locale.ROOT));
      assertArrayEquals(expected, keys.find(text), () -> text + " " + show(keys, expected));
    }
  }

  /**
   * Key sets whose first letters outnumber any small table of letter pairs (every letter of the
   * alphabet starts keys, in both scripts), with texts of every key's first two letters followed
   * by near misses: a pair that starts no key is passed over, one that starts a key is read.
   */
  @Property(tries = 3000, seed = "12")
  void findsWhatTheScanPerKeyFoundAmongManyFirstLetters(@ForAll("pairText") String text) {
    for (MonthKeys keys : MANY_FIRSTS) {
      long[] expected = keys.perKey(text.toLowerCase(Locale.ROOT));
      assertArrayEquals(expected, keys.find(text), () -> text + " " + show(keys, expected));
    }
  }

  private static final List<MonthKeys> MANY_FIRSTS = manyFirsts();

  private static List<MonthKeys> manyFirsts() {
    List<String> keys = new ArrayList<>();
    List<Integer> flags = new ArrayList<>();
    String latin = "abcdefghijklmnopqrstuvwxyz";
    String hebrew = "אבגדהוזחטיכלמנסעפצקרשת";
    for (String alphabet : List.of(latin, hebrew, "абвгдежзийклмнопрстуфхцчшщ")) {
      for (int i = 0; i < alphabet.length(); i++) {
        char a = alphabet.charAt(i);
        char b = alphabet.charAt((i * 7 + 3) % alphabet.length());
        char c = alphabet.charAt((i * 5 + 1) % alphabet.length());
        keys.add("" + a + b);
        flags.add(i % 4);
        keys.add("" + a + c + b);
        flags.add((i + 1) % 4);
      }
    }
    return List.of(new MonthKeys(keys, flags, "ובש"), new MonthKeys(keys, flags, ""),
        new MonthKeys(keys.subList(0, 30), flags.subList(0, 30), "ובש"));
  }

  @Provide
  Arbitrary<String> pairText() {
    List<String> parts = new ArrayList<>(List.of(" ", "-", "־", "'", "7", "\n", "ו", "ב", "ש",
        "\u0130", "\u212a", "\u01c5", "\uD801\uDC00", "ǅ", "ß", "ﬀ"));
    for (String alphabet : List.of("abcdefghijklmnopqrstuvwxyz", "אבגדהוזחטיכלמנסעפצקרשת",
        "абвгдежзийклмнопрстуфхцчшщ")) {
      for (int i = 0; i < alphabet.length(); i++) {
        String a = alphabet.substring(i, i + 1);
        String b = alphabet.substring((i * 7 + 3) % alphabet.length(),
            (i * 7 + 3) % alphabet.length() + 1);
        String miss = alphabet.substring((i * 7 + 4) % alphabet.length(),
            (i * 7 + 4) % alphabet.length() + 1);
        parts.add(a + b);
        parts.add((a + b).toUpperCase(Locale.ROOT));
        parts.add(a + miss);
        parts.add(a.toUpperCase(Locale.ROOT) + miss);
        parts.add(a);
      }
    }
    return Arbitraries.of(parts).list().ofMinSize(0).ofMaxSize(40)
        .map(l -> String.join("", l));
  }

  /** Key sets read by words (no prefix letters, every key starting a word), as en, vi and ru. */
  private static final List<MonthKeys> WORD_FINDERS = List.of(
      new MonthKeys(List.of("av", "avr", "adar", "kelv", "ab", "ав", "раб", "sha", "shaʻban"),
          List.of(3, 1, 3, 1, 3, 3, 1, 3, 3), ""),
      new MonthKeys(List.of("aa", "ah", "hv", "xe"), List.of(1, 1, 3, 3), ""));

  @Provide
  Arbitrary<String> wordText() {
    // Marks inside words (combining acute, a spacing mark, apostrophes, geresh), digits of
    // other scripts, letters lowered by context or to two characters, letters outside the BMP.
    List<String> parts = new ArrayList<>(List.of(" ", "-", "־", ",", "'", "\u2019", "\"", "׳",
        "״", "1", "\u0663", "\u0301", "\u0903", "\u0130", "\u03a3", "\u212a", "\u01c5",
        "\uD801\uDC00", "\uD835\uDC00", "a", "h", "v", "x", "e", "é", "ế", "ב", "ו", "й",
        "\n", "\u00a0", "ǅ", "ß"));
    for (String k : List.of("av", "adar", "nisan", "sha", "ram", "אב", "שבט", "ав", "раб",
        "rajab", "shaʻban", "dhuʻl", "kelv", "avr", "aa", "ah", "hv", "xe", "muharram")) {
      parts.add(k);
      parts.add(k.toUpperCase(Locale.ROOT));
      parts.add(k.substring(0, 1).toUpperCase(Locale.ROOT) + k.substring(1));
    }
    return Arbitraries.of(parts).list().ofMinSize(0).ofMaxSize(30)
        .map(l -> String.join("", l));
  }

  /**
   * Reading only the words' first characters (and every character of a word holding a mark or
   * apostrophe) finds what reading every character found, for every pack's keys and key sets
   * read by words.
   */
  @Property(tries = 4000, seed = "13")
  void findsInTheWordsWhatTheScanOfEveryCharacterFound(@ForAll("wordText") String text) {
    Toks t = Tokenizer.toks(text);
    for (List<MonthKeys> set : List.of(FINDERS, WORD_FINDERS)) {
      for (MonthKeys keys : set) {
        long[] expected = keys.find(text);
        assertArrayEquals(expected, keys.find(t), () -> text + " " + show(keys, expected));
      }
    }
  }

  /** What reading by words rests on: a character that lowers to a letter is in a word. */
  @Test
  void everyCharacterLoweredToALetterIsAWordsLetter() {
    List<String> outside = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetter(Character.toLowerCase((char) c))
          && Tokenizer.charClass((char) c) != 3) {
        outside.add(Integer.toHexString(c));
      }
    }
    assertEquals(List.of(), outside);
  }

  @Test
  void aMonthKeyInsideAWordIsNoCandidate() {
    MonthKeys en = new CalendarDates(Language.EN.pack()).keys();
    assertEquals("[]", show(en, en.find("They have traveled far.")));
    assertEquals("[av@2]", show(en, en.find("9 Av 5708")));
    MonthKeys he = new CalendarDates(Language.HE.pack()).keys();
    assertEquals("[אב@5]", show(he, he.find("ט״ו באב")));
    assertEquals("[]", show(he, he.find("אביב")));
    assertEquals("[av@2]", show(en, en.find(Tokenizer.toks("9 Av 5708"))));
    assertEquals("[av@3]", show(en, en.find(Tokenizer.toks("l\u2019\u0301Av 5708"))));
    assertEquals("[]", show(en, en.find(Tokenizer.toks("They have traveled far."))));
  }

  /**
   * What the one-pass scan rests on: lower-casing a string is lower-casing each character, but
   * for the capital sigma and the dotted capital I; a surrogate pair lowers to a pair.
   */
  @Test
  void aStringLowersCharacterByCharacterButForTwo() {
    List<String> differ = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c) || c == 0x3a3 || c == 0x130) {
        continue;
      }
      String s = "x" + (char) c + "x";
      if (!s.toLowerCase(Locale.ROOT).equals("x" + Character.toLowerCase((char) c) + "x")) {
        differ.add(Integer.toHexString(c));
      }
    }
    for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp++) {
      String l = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
      if (l.length() != 2 || !Character.isSurrogatePair(l.charAt(0), l.charAt(1))) {
        differ.add(Integer.toHexString(cp));
      }
    }
    assertEquals(List.of(), differ);
  }

  private static String show(MonthKeys keys, long[] found) {
    return Arrays.toString(Arrays.stream(found)
        .mapToObj(kp -> keys.key((int) (kp >>> 32)) + "@" + (int) kp).toArray());
  }
}
