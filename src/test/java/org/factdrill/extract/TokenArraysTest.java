package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.factdrill.text.Language;

/**
 * The tokens as arrays are the tokens the list tokenizer made: the same tokens (made on demand),
 * the same answers of every array read ({@link Toks#isWordTok}, {@link Toks#attached}, ...),
 * word keys equal to the {@link WordSet#key} of the normal form, the same trigger test as on
 * the normal form's string, and the same citation-free copy. Checked on generated texts of the
 * four packs' scripts: pack words in every casing, with prefix letters, Vietnamese composed and
 * decomposed, Hebrew marks, digits, marks, line breaks and surrogate pairs.
 */
class TokenArraysTest {
  private static final List<String> MARKS = List.of(".", ",", "-", "–", "—", "%", "$", "€", "₫",
      "₪", "(", ")", "[", "]", "@", "/", ":", "'", "’", "\"", "״", "׳", "־", "\n", "\n\n",
      "\n \n\n", "\t", "\u00A0", "\u2009", "😀", "\u3001", "\uFF05", "\\");
  /** Letters folded apart: decomposed marks, the capital sigma, the dotted I, Hangul. */
  private static final List<String> ODD = List.of("e\u0301", "a\u0323", "\u0130", "\u03A3",
      "\u03C3\u03A3", "\uAC00\u11A8", "\u212A", "\u00DF", "O\u0308", "\u05D0\u05B7");

  private record Pack(Language lang, Lexicon lex, List<String> words) {}

  private static final List<Pack> PACKS = packs();

  private static List<Pack> packs() {
    List<Pack> out = new ArrayList<>();
    for (Language l : Language.values()) {
      Lexicon lex = Lexicon.of(l);
      TreeSet<String> words = new TreeSet<>(lex.triggers());
      words.addAll(LoneStarters.of(l).vocabulary());
      out.add(new Pack(l, lex, new ArrayList<>(words)));
    }
    return out;
  }

  private static String text(Pack p, Random r) {
    StringBuilder b = new StringBuilder();
    String prefixes = p.lex.pack().prefixes();
    for (int k = 3 + r.nextInt(40); k > 0; k--) {
      int pick = r.nextInt(100);
      String w;
      if (pick < 45) {
        w = p.words.get(r.nextInt(p.words.size()));
      } else if (pick < 60) {
        String a = p.words.get(r.nextInt(p.words.size()));
        String c = p.words.get(r.nextInt(p.words.size()));
        w = a.substring(0, r.nextInt(a.length() + 1)) + c.substring(r.nextInt(c.length() + 1));
      } else if (pick < 72) {
        w = Integer.toString(r.nextInt(r.nextBoolean() ? 40 : 300000));
      } else if (pick < 92) {
        w = MARKS.get(r.nextInt(MARKS.size()));
      } else {
        w = ODD.get(r.nextInt(ODD.size()));
      }
      if (!prefixes.isEmpty() && r.nextInt(5) == 0) {
        w = prefixes.substring(0, 1 + r.nextInt(Math.min(3, prefixes.length())))
            .chars().mapToObj(c -> String.valueOf(prefixes.charAt(r.nextInt(prefixes.length()))))
            .reduce("", String::concat) + w;
      }
      switch (r.nextInt(8)) {
        case 0 -> w = w.toUpperCase(Locale.ROOT);
        case 1 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
        default -> { }
      }
      b.append(w).append(r.nextInt(4) == 0 ? "" : r.nextInt(10) == 0 ? "\n" : " ");
    }
    return b.toString();
  }

  @Property(tries = 2000, seed = "1616")
  void theArraysHoldTheTokensTheListTokenizerMade(@ForAll int seed) {
    Random r = new Random(seed);
    Pack p = PACKS.get(Math.floorMod(seed, PACKS.size()));
    String text = text(p, r);
    List<Token> old = ListTokenizer.tokenize(text);
    Toks t = Tokenizer.toks(text);
    assertEquals(old.size(), t.size(), text);
    int[] marks = new int[old.size() + 1];
    int m = 0;
    for (int i = 0; i < old.size(); i++) {
      Token o = old.get(i);
      if (o.isDigits() || o.isPunct('[') || o.isPunct('@')) {
        marks[m++] = i;
      }
    }
    marks[m] = -1;
    // Array reads first, before any token is made, then the tokens themselves.
    for (int i = -1; i <= old.size(); i++) {
      Token o = i >= 0 && i < old.size() ? old.get(i) : null;
      assertEquals(o != null && o.isWord(), t.isWordTok(i), text);
      assertEquals(o != null && o.isDigits(), t.isDigits(i), text);
      assertEquals(o != null && o.isDash(), t.isDash(i), text);
      assertEquals(o != null && i > 0 && !o.gapBefore(), t.attached(i), text);
      assertEquals(o == null || o.newlinesBefore() >= 2, t.breakBefore(i), text);
      for (char c : new char[] {'.', ',', '[', '@', '-', '\u05F4', '$'}) {
        assertEquals(o != null && o.isPunct(c), t.isPunct(i, c), text);
      }
      if (o != null) {
        assertEquals(o.paragraphStart(), t.paragraphStart(i), text);
        assertEquals(o.newlinesBefore() > 0, t.lineBreakBefore(i), text);
        // A plain word holds letters only, none lowered by its context: no word starts inside.
        assertEquals(o.isWord() && o.text().chars().allMatch(c -> Character.isLetterOrDigit(
            Character.toLowerCase((char) c)) && c != 0x3A3 && c != 0x130), t.isPlainWord(i), text);
        assertEquals(o.start(), t.startOf(i));
        assertEquals(o.end(), t.endOf(i));
        if (o.isWord()) {
          assertEquals(WordSet.key(o.norm(), 0), t.key(i), o.text());
          assertEquals(true, t.isWord(i, o.norm()), o.text());
          assertEquals(false, t.isWord(i, o.norm() + "x"), o.text());
          assertEquals(oldTrigger(p.lex, o.norm()), p.lex.trigger(t, i), o.text());
        }
      }
    }
    assertArrayEquals(java.util.Arrays.copyOf(marks, m + 1),
        java.util.Arrays.copyOf(t.marks(), m + 1), text);
    for (int i = 0; i < old.size(); i++) {
      assertEquals(old.get(i), t.get(i), text);
    }
  }

  /** The trigger test as it ran on the normal form's string. */
  private static boolean oldTrigger(Lexicon lex, String n) {
    return lex.prefixLength(n, w -> lex.isTrigger(w, 0)) >= 0 || lex.isPrefixOnly(n);
  }

  @Property(tries = 1500, seed = "1616")
  void theCitationFreeCopyIsTheOneTheListMade(@ForAll int seed) {
    Random r = new Random(seed);
    Pack p = PACKS.get(Math.floorMod(seed, PACKS.size()));
    String text = text(p, r);
    Toks t = Tokenizer.toks(text);
    List<Token> old = ListTokenizer.tokenize(text);
    boolean[] cited = new boolean[old.size()];
    int[] split = new int[old.size()];
    for (int i = 0; i < old.size(); i++) {
      if (r.nextInt(4) == 0) {
        cited[i] = true;
        t.cite(i);
      } else if (old.get(i).text().length() > 1 && !old.get(i).isPunct(old.get(i).punct())
          && r.nextInt(3) == 0) {
        split[i] = 1 + r.nextInt(old.get(i).text().length() - 1);
        t.split(i, split[i]);
      }
      if (r.nextInt(3) == 0) {
        t.get(i); // some tokens made before the copy, as the marking passes make them
      }
      t.blocked[i] = r.nextInt(5) == 0; // blocks go with their tokens
    }
    List<Token> expected = withoutCitations(old, cited, split);
    Toks c = t.withoutCitations();
    assertEquals(expected.size(), c.size(), text);
    for (int i = 0; i < expected.size(); i++) {
      Token o = expected.get(i);
      assertEquals(o.isWord(), c.isWordTok(i), text);
      assertEquals(i > 0 && !o.gapBefore(), c.attached(i), text);
      if (o.isWord()) {
        assertEquals(WordSet.key(o.norm(), 0), c.key(i), i + " " + o + " " + text);
      }
      assertEquals(o, c.get(i), text);
      // Each kept token knows its token in the full list, and keeps that token's block.
      int k = c.original(i);
      assertEquals(true, t.startOf(k) <= c.startOf(i) && c.endOf(i) <= t.endOf(k), text);
      assertEquals(t.isBlocked(k), c.isBlocked(i), text);
    }
  }

  /** The citation-free copy as the list tokens made it (Toks.withoutCitations before arrays). */
  private static List<Token> withoutCitations(List<Token> tokens, boolean[] citation,
      int[] splitAt) {
    List<Token> kept = new ArrayList<>();
    boolean gap = false;
    int newlines = 0;
    boolean dropped = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token tok = tokens.get(i);
      if (citation[i]) {
        gap |= tok.gapBefore();
        newlines += tok.newlinesBefore();
        dropped = true;
        continue;
      }
      if (dropped) {
        tok = new Token(tok.start(), tok.end(), tok.type(), tok.text(), tok.norm(),
            gap || tok.gapBefore(), newlines + tok.newlinesBefore(), tok.punct());
      }
      if (splitAt[i] > 0) {
        int k = splitAt[i];
        boolean word = tok.isWord();
        String head = tok.text().substring(0, k);
        String tail = tok.text().substring(k);
        kept.add(new Token(tok.start(), tok.start() + k, tok.type(), head,
            word ? Tokenizer.normalize(head) : head, tok.gapBefore(), tok.newlinesBefore(),
            tok.punct()));
        tok = new Token(tok.start() + k, tok.end(), tok.type(), tail,
            word ? Tokenizer.normalize(tail) : tail, true, 0, tok.punct());
      }
      kept.add(tok);
      gap = false;
      newlines = 0;
      dropped = false;
    }
    return kept;
  }
}
