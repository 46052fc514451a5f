package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * {@link LoneStarters#spares} reads the next token off the arrays (a bit filter on the
 * vocabulary, the endings and prefix letters compared on the characters): it answers as the
 * reading of the next token's strings did, kept here as the oracle. Generated texts of each
 * pack's words in every casing, with endings, prefix letters, Roman numerals, marks inside
 * words, letters that fold only with their neighbours, and digits and marks between.
 */
class LoneStartersArraysTest {
  private static final List<String> MARKS = List.of(".", ",", "-", "–", "%", "$", "(", ")",
      "/", ":", "'", "\"", "״", "׳", "€", "\n\n");
  /** Words whose normal form is not made a character at a time, or holds a folded mark. */
  private static final List<String> ODD = List.of("ΣΟΦΙΑ", "İstanbul", "e\u0301s", "don’t",
      "DON’T", "תש\"ח", "תש״ח", "עמ'", "\uD835\uDC00bc", "ﬁnals", "Straße", "ǅemal", "IX",
      "iv", "Ⅻ", "XXI", "VX", "Iİ", "XIs", "ıv");

  private record Pack(Lexicon lex, LoneStarters lone, List<String> words, List<String> ends) {
    static Pack of(Language l) {
      Lexicon lex = Lexicon.of(l);
      LoneStarters lone = LoneStarters.of(l);
      List<String> words = new ArrayList<>(new TreeSet<>(lone.vocabulary()));
      words.addAll(new TreeSet<>(lex.triggers()));
      List<String> ends = new ArrayList<>(lex.words(WordList.PLURAL_ENDINGS));
      ends.addAll(lex.words(WordList.ADJECTIVE_ENDINGS));
      return new Pack(lex, lone, words, ends);
    }
  }

  private static final List<Pack> PACKS = packs();

  private static List<Pack> packs() {
    List<Pack> out = new ArrayList<>();
    for (Language l : Language.values()) {
      out.add(Pack.of(l));
    }
    return out;
  }

  /** The old reading of a next token, on its strings. */
  private static boolean oldMayGoOn(Pack p, Token tok) {
    Set<String> vocabulary = p.lone.vocabulary();
    String prefixes = p.lex.pack().prefixes();
    if (!tok.isWord() || vocabulary.contains(tok.norm()) || Roman.value(tok) > 0) {
      return true;
    }
    String n = tok.norm();
    if (QuantityRecognizer.endsWithAny(n, p.ends)) {
      return true;
    }
    for (int k = 1; k <= 3 && k <= n.length() && prefixes.indexOf(n.charAt(k - 1)) >= 0; k++) {
      if (k == n.length() || vocabulary.contains(n.substring(k))) {
        return true;
      }
    }
    return false;
  }

  /** The old {@link LoneStarters#spares}: the candidate's strings, then the next token's. */
  private static boolean oldSpares(Pack p, Toks t, int i) {
    if (!t.isWordTok(i)) {
      return false;
    }
    String norm = t.norm(i);
    return !p.lone.alone().contains(norm) && p.lex.isTrigger(norm, 0)
        && (i + 1 >= t.size() || !oldMayGoOn(p, t.get(i + 1)));
  }

  private static String word(Pack p, Random r) {
    String prefixes = p.lex.pack().prefixes();
    int pick = r.nextInt(100);
    String w;
    if (pick < 55) {
      w = p.words.get(r.nextInt(p.words.size()));
      if (r.nextInt(5) == 0 && w.length() > 1) { // cut short or lengthened: mostly no pack word
        w = r.nextBoolean() ? w.substring(0, 1 + r.nextInt(w.length() - 1))
            : w + p.words.get(r.nextInt(p.words.size()));
      }
    } else if (pick < 65) {
      w = ODD.get(r.nextInt(ODD.size()));
    } else if (pick < 78) {
      w = Integer.toString(r.nextInt(3000));
    } else if (pick < 90) {
      w = MARKS.get(r.nextInt(MARKS.size()));
    } else {
      StringBuilder b = new StringBuilder();
      String from = p.words.get(r.nextInt(p.words.size())) + "xivq";
      for (int c = 1 + r.nextInt(6); c > 0; c--) {
        b.append(from.charAt(r.nextInt(from.length())));
      }
      w = b.toString();
    }
    if (!p.ends.isEmpty() && r.nextInt(6) == 0) { // "pilots", "נהגים": a listed ending
      String e = p.ends.get(r.nextInt(p.ends.size()));
      w = r.nextInt(4) == 0 ? e : w + e;
    }
    for (int k = r.nextInt(4); !prefixes.isEmpty() && k > 0 && r.nextInt(3) == 0; k--) {
      w = prefixes.charAt(r.nextInt(prefixes.length())) + w;
    }
    switch (r.nextInt(6)) {
      case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
      case 1 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
      case 2 -> w = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD);
      default -> { }
    }
    return w;
  }

  @Property(tries = 2000, seed = "2020")
  void sparesAnswersAsTheStringsDid(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
    Random r = new Random(seed);
    for (Pack p : PACKS) {
      StringBuilder b = new StringBuilder();
      for (int k = 3 + r.nextInt(30); k > 0; k--) {
        b.append(word(p, r)).append(r.nextInt(6) == 0 ? "" : " ");
      }
      String text = b.toString();
      Toks t = Tokenizer.toks(text);
      for (int i = 0; i < t.size(); i++) {
        boolean want = oldSpares(p, Tokenizer.toks(text), i); // its own tokens, none made yet
        Statistics.label("spared").collect(want);
        assertEquals(want, p.lone.spares(t, i, p.lex), () -> "in: " + text);
        if (t.isWordTok(i)) {
          assertEquals(oldMayGoOn(p, Tokenizer.toks(text).get(i)), p.lone.mayGoOn(t, i),
              () -> "word in: " + text);
        }
      }
    }
  }

  @Test
  void wordsReadOnlyByTheirStringsAnswerAsBefore() {
    for (Pack p : PACKS) {
      for (String w : ODD) {
        for (String text : List.of("a " + w, "a " + w + "s", "ב" + w, "the " + w.toLowerCase())) {
          Toks t = Tokenizer.toks(text);
          for (int i = 0; i < t.size(); i++) {
            assertEquals(oldSpares(p, Tokenizer.toks(text), i), p.lone.spares(t, i, p.lex),
                text);
          }
        }
      }
    }
  }
}
