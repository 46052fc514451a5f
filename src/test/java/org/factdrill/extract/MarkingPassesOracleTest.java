package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The marking steps that now visit only the digit runs, and the lone-starter test that reads
 * the token arrays, decide as the passes over every token did: each is compared with the old
 * code (kept here as the oracle) on thousands of generated texts of every pack.
 */
class MarkingPassesOracleTest {
  // pieces made up for this test: numbers, slashes, counter words, line breaks, marks
  private static final String[] MARKS = {" / ", "/", ".", ",", "\n", "\n\n", " ", "-", "[", "]",
      "@", ":", "(", ")"};

  private static String counterText(Lexicon lex, Random r) {
    List<String> words = new ArrayList<>(new TreeSet<>(lex.words(WordList.COUNTER_LINKS)));
    words.addAll(new TreeSet<>(lex.words(WordList.COUNTER_NOUNS)));
    words.add("zebra");
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(25); k > 0; k--) {
      int pick = r.nextInt(10);
      if (pick < 4) {
        b.append(r.nextInt(r.nextBoolean() ? 15 : 1500));
      } else if (pick < 7) {
        b.append(MARKS[r.nextInt(MARKS.length)]);
      } else {
        b.append(' ').append(words.get(r.nextInt(words.size()))).append(' ');
      }
    }
    return b.toString();
  }

  @Test
  void itemCountersOverTheDigitRunsBlockWhatThePassOverEveryTokenBlocked() {
    Random r = new Random(1319);
    for (int k = 0; k < 3000; k++) {
      for (Language lang : Language.values()) {
        Lexicon lex = Lexicon.of(lang);
        String text = counterText(lex, r);
        Toks a = Tokenizer.toks(text);
        Toks b = Tokenizer.toks(text);
        if (r.nextBoolean()) { // some digit runs blocked before, as NonFacts leaves them
          NonFacts.mark(a, lex);
          NonFacts.mark(b, lex);
        }
        oldItemCounters(a, lex);
        ItemCounters.mark(b, lex);
        assertArrayEquals(a.blocked, b.blocked, lang + ": " + text);
      }
    }
  }

  @Test
  void loneStartersReadOffTheArraysSpareWhereTheSetLookUpsDid() {
    Random r = new Random(1320);
    int spared = 0;
    for (Language lang : Language.values()) {
      Lexicon lex = Lexicon.of(lang);
      LoneStarters lone = LoneStarters.of(lang);
      List<String> triggers = new ArrayList<>(new TreeSet<>(lex.triggers()));
      List<String> vocab = new ArrayList<>(new TreeSet<>(lone.vocabulary()));
      List<String> ends = new ArrayList<>(new TreeSet<>(lex.words(WordList.PLURAL_ENDINGS)));
      ends.addAll(new TreeSet<>(lex.words(WordList.ADJECTIVE_ENDINGS)));
      String prefixes = lex.pack().prefixes();
      for (int k = 0; k < 1500; k++) {
        StringBuilder b = new StringBuilder();
        for (int w = 2 + r.nextInt(20); w > 0; w--) {
          int pick = r.nextInt(12);
          String s = pick < 4 ? triggers.get(r.nextInt(triggers.size()))
              : pick < 7 ? vocab.get(r.nextInt(vocab.size()))
              : pick < 8 ? Integer.toString(r.nextInt(2000))
              : pick < 9 ? MARKS[r.nextInt(MARKS.length)]
              : pick < 10 ? List.of("XIV", "iv", "Mcm", "zebra", "qqq").get(r.nextInt(5))
              : "zeb" + (ends.isEmpty() || r.nextBoolean() ? "ra" : ends.get(r.nextInt(ends.size())));
          if (!prefixes.isEmpty() && r.nextInt(5) == 0) {
            s = prefixes.charAt(r.nextInt(prefixes.length())) + s;
          }
          switch (r.nextInt(6)) {
            case 0 -> s = s.toUpperCase(java.util.Locale.ROOT);
            case 1 -> s = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
            default -> { }
          }
          b.append(s).append(r.nextInt(6) == 0 ? "" : " ");
        }
        String text = b.toString();
        Toks t = Tokenizer.toks(text);
        Toks fresh = Tokenizer.toks(text); // the new test on tokens never made before
        for (int i = 0; i < t.size(); i++) {
          boolean old = oldSpares(lone, t, i, lex, ends, prefixes);
          assertEquals(old, lone.spares(fresh, i, lex), lang + " at " + i + ": " + text);
          spared += old ? 1 : 0;
        }
      }
    }
    assertEquals(true, spared > 1000, "the generated texts spare often: " + spared);
  }

  // LoneStarters.spares as it was: two set look-ups of the word, the next token made.
  private static boolean oldSpares(LoneStarters lone, Toks t, int i, Lexicon lex,
      List<String> endings, String prefixes) {
    if (!t.isWordTok(i)) {
      return false;
    }
    String norm = t.norm(i);
    return !lone.alone().contains(norm) && lex.isTrigger(norm, 0)
        && (i + 1 >= t.size() || !oldMayGoOn(lone, t.get(i + 1), endings, prefixes));
  }

  private static boolean oldMayGoOn(LoneStarters lone, Token tok, List<String> endings,
      String prefixes) {
    if (!tok.isWord() || lone.vocabulary().contains(tok.norm()) || Roman.value(tok) > 0) {
      return true;
    }
    String n = tok.norm();
    if (QuantityRecognizer.endsWithAny(n, endings)) {
      return true;
    }
    for (int k = 1; k <= 3 && k <= n.length() && prefixes.indexOf(n.charAt(k - 1)) >= 0; k++) {
      if (k == n.length() || lone.vocabulary().contains(n.substring(k))) {
        return true;
      }
    }
    return false;
  }

  // ItemCounters.mark as it was: every token visited.
  private static void oldItemCounters(Toks t, Lexicon lex) {
    java.util.Set<String> links = lex.words(WordList.COUNTER_LINKS);
    java.util.Set<String> nouns = lex.words(WordList.COUNTER_NOUNS);
    int n = t.size();
    for (int i = 0; i + 2 < n; i++) {
      if (!t.isDigits(i) || t.isBlocked(i)) {
        continue;
      }
      boolean slash = t.isPunct(i + 1, '/') && t.get(i + 1).gapBefore()
          && t.get(i + 2).gapBefore();
      boolean slashGlued = t.isPunct(i + 1, '/') && t.attached(i + 1) && t.attached(i + 2);
      boolean linked = t.isWordTok(i + 1) && links.contains(t.norm(i + 1));
      if (!(slash || slashGlued || linked) || !t.isDigits(i + 2) || sameLine(t, i + 3)
          && (t.isPunct(i + 3, '/') || t.isDigits(i + 3) || t.isPunct(i + 3, '.')
          && t.attached(i + 3))) {
        continue;
      }
      if (i > 0 && t.attached(i) && (t.isPunct(i - 1, '/') || t.isPunct(i - 1, '.'))) {
        continue;
      }
      String sa = t.get(i).text();
      String sb = t.get(i + 2).text();
      int a = sa.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(sa);
      int b = sb.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(sb);
      if (a < 1 || a > b || b > 999) {
        continue;
      }
      boolean afterNoun = t.isWordTok(i - 1) && nouns.contains(t.norm(i - 1));
      boolean opens = i == 0 || t.get(i).newlinesBefore() > 0;
      boolean nounOpens = i - 1 == 0 || i - 1 > 0 && t.get(i - 1).newlinesBefore() > 0;
      boolean counter = afterNoun && !slashGlued || afterNoun && slashGlued && nounOpens
          || opens && slash || opens && linked && onlyMarksAfter(t, i + 3);
      if (counter) {
        t.blocked[i] = true;
        t.blocked[i + 1] = true;
        t.blocked[i + 2] = true;
        i += 2;
      }
    }
  }

  private static boolean sameLine(Toks t, int k) {
    Token tok = t.get(k);
    return tok != null && tok.newlinesBefore() == 0;
  }

  private static boolean onlyMarksAfter(Toks t, int k) {
    for (int j = k; sameLine(t, j); j++) {
      if (t.get(j).punct() == 0) {
        return false;
      }
    }
    return true;
  }
}
