package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Tokens kept as arrays, made when asked for, give what the tokenizer made before (session 10,
 * kept in {@link LegacyTokens}): the same tokens with the same strings (a normal form that is its
 * text is the same string), the same marks, the same answers from every look-up that reads the
 * arrays, the same citation-free copy, and a bit filter read on the characters that answers as
 * the one read on the normal form.
 */
class ToksArraysPropertyTest {

  @Provide
  Arbitrary<String> texts() {
    // Both ASCII cases, apostrophes and Hebrew marks, Hebrew letters, Vietnamese and Latin
    // accented letters, a combining accent, the dotted I and sigma, digits, marks that start or
    // end citations and e-mails, dashes, currency signs, white space of every kind the
    // tokenizer knows, and the halves of a surrogate pair.
    return Arbitraries.strings()
        .withChars("aZbYzAeT'\u2019\"\u05F3\u05F4\u05D0\u05D1\u05D4\u05E9\u05EA\u05DD\u00C9"
            + "\u00E9\u1EA0\u1EA1\u1EC7\u0103\u01B0\u0301\u03A3\u03C3\u0130 -12905.,[]@\n\n\r"
            + "\t\u00A0\u2013\u2212$\u20AC\u00B0\uD83D\uDE00")
        .ofMinLength(0).ofMaxLength(60);
  }

  @Property(tries = 4000)
  void tokensAreMadeAsBefore(@ForAll("texts") String text) {
    List<Token> legacy = LegacyTokens.tokenize(text);
    Toks t = Tokenizer.toks(text);
    assertEquals(legacy.size(), t.size(), text);
    for (int i = 0; i < legacy.size(); i++) {
      Token old = legacy.get(i);
      Token now = t.get(i);
      assertEquals(old, now, text);
      assertEquals(old.norm() == old.text(), now.norm() == now.text(), "same string: " + text);
    }
    assertEquals(Tokenizer.tokenize(text), legacy, text);
  }

  @Property(tries = 3000)
  void marksAreTheDigitRunsAndBracketsAndAts(@ForAll("texts") String text) {
    int[] old = LegacyTokens.scan(text, new ArrayList<>(), true);
    int[] now = Tokenizer.toks(text).marks();
    assertEquals(prefix(old), prefix(now), text);
  }

  private static List<Integer> prefix(int[] marks) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; marks[k] >= 0; k++) {
      out.add(marks[k]);
    }
    return out;
  }

  @Property(tries = 3000)
  void lookUpsOnTheArraysAnswerAsTheTokens(@ForAll("texts") String text) {
    Toks t = Tokenizer.toks(text);
    Toks made = new Toks(text, LegacyTokens.tokenize(text));
    for (int i = -2; i <= t.size() + 1; i++) {
      for (char c : new char[] {'.', ',', '[', '@', '-', '\u2013', 'a', 0}) {
        assertEquals(made.isPunct(i, c), t.isPunct(i, c), text);
      }
      assertEquals(made.isDash(i), t.isDash(i), text);
      assertEquals(made.isDigits(i), t.isDigits(i), text);
      assertEquals(made.isWordTok(i), t.isWordTok(i), text);
      assertEquals(made.attached(i), t.attached(i), text);
      assertEquals(made.breakBefore(i), t.breakBefore(i), text);
      assertEquals(made.norm(i), t.norm(i), text);
      assertEquals(made.isWord(i, made.norm(i)), t.isWord(i, made.norm(i)), text);
      if (i >= 0 && i < t.size()) {
        Token k = made.get(i);
        assertEquals(k.type(), t.type(i), text);
        assertEquals(k.punct(), t.punct(i), text);
        assertEquals(k.paragraphStart(), t.paragraphStart(i), text);
        assertEquals(k.text(), t.textOf(i), text);
      }
    }
  }

  @Property(tries = 3000)
  void theCitationFreeCopyIsAsBefore(@ForAll("texts") String text, @ForAll long seed) {
    Random r = new Random(seed);
    List<Token> legacy = LegacyTokens.tokenize(text);
    Toks t = Tokenizer.toks(text);
    boolean[] citation = new boolean[legacy.size()];
    int[] splitAt = new int[legacy.size()];
    for (int i = 0; i < legacy.size(); i++) {
      Token tok = legacy.get(i);
      int len = tok.end() - tok.start();
      if (r.nextInt(4) == 0) {
        citation[i] = true;
        t.cite(i);
      } else if (tok.type() != Token.Type.PUNCT && len >= 2 && r.nextInt(3) == 0) {
        splitAt[i] = 1 + r.nextInt(len - 1);
        t.split(i, splitAt[i]);
      }
      if (r.nextInt(5) == 0) {
        t.blocked[i] = true;
      }
    }
    List<Token> old = LegacyTokens.withoutCitations(legacy, citation, splitAt);
    Toks copy = t.withoutCitations();
    assertEquals(old.size(), copy.size(), text);
    for (int m = 0; m < old.size(); m++) {
      assertEquals(old.get(m), copy.get(m), text);
      assertEquals(old.get(m).norm() == old.get(m).text(),
          copy.get(m).norm() == copy.get(m).text(), "same string: " + text);
      assertEquals(t.isBlocked(copy.original(m)), copy.isBlocked(m), text);
      assertEquals(old.get(m).type(), copy.type(m), text);
      assertEquals(old.get(m).paragraphStart(), copy.paragraphStart(m), text);
    }
  }

  @Property(tries = 3000)
  void theFilterReadOnTheCharactersAnswersAsOnTheNormalForm(@ForAll("texts") String text,
      @ForAll long seed) {
    Toks t = Tokenizer.toks(text);
    // A set of words cut from this text's own normal forms, so that some words pass the filter.
    Random r = new Random(seed);
    Set<String> words = new java.util.HashSet<>(Set.of("x"));
    for (int i = 0; i < t.size(); i++) {
      String n = t.norm(i);
      if (t.isWordTok(i) && r.nextBoolean() && n.length() > 1) {
        words.add(n.substring(r.nextInt(Math.min(4, n.length() - 1))));
      }
    }
    WordSet set = WordSet.of(words);
    for (String prefixes : new String[] {"", "\u05D1\u05D4\u05D5", "ab"}) {
      for (int i = 0; i < t.size(); i++) {
        if (t.isWordTok(i)) {
          assertEquals(set.mayBeIn(t.norm(i), prefixes), t.mayBeIn(i, set, prefixes), text);
        }
      }
    }
  }

  @Property(tries = 3000)
  void aWordTheSetHoldsPassesTheFilter(@ForAll("texts") String text, @ForAll long seed) {
    Toks t = Tokenizer.toks(text);
    Random r = new Random(seed);
    String prefixes = "\u05D1\u05D4\u05D5a";
    for (int i = 0; i < t.size(); i++) {
      if (!t.isWordTok(i)) {
        continue;
      }
      String n = t.norm(i);
      int k = Math.min(r.nextInt(4), n.length() - 1);
      WordSet set = WordSet.of(Set.of(n.substring(k)));
      // As the lexicon's trigger test: the word, or the word past 1–3 prefix letters that
      // leave at least two letters.
      boolean known = set.contains(n, 0) || k > 0 && k <= n.length() - 2 && set.contains(n, k)
          && n.substring(0, k).chars().allMatch(c -> prefixes.indexOf(c) >= 0);
      if (known) {
        assertEquals(true, t.mayBeIn(i, set, prefixes), text);
      }
    }
  }
}
