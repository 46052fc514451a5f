package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.factdrill.text.Language;

/**
 * The merged table ({@link MergedWords}): a word set bound to it answers each test by the token's
 * index, looked up once, exactly as the set's own filter and compare answered (the unbound
 * {@link WordSet}, kept as the oracle), for every pack's lists, whole words and after prefix
 * letters, on generated texts of list words with capitals, marks, prefix letters, cut and
 * lengthened words, and after a word is read anew ({@link Toks#renorm}).
 */
class MergedWordsTest {
  private static final List<Language> LANGS = Language.values();

  @Provide
  Arbitrary<String> text() {
    Set<String> parts = new LinkedHashSet<>(List.of(" ", " ", "  ", "\n", ".", ",", "-", "'",
        "\u2019", "\u05F3", "\u05F4", "1945", "12", "e\u0301", "\u00c9t\u00c9", "\u05D1",
        "\u05D4", "\u05D5\u05DC", "-\u05D1", "x", "\u0130", "\uFB01", "\uD835\uDC00"));
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      for (WordList w : WordList.values()) {
        int k = 0;
        for (String p : lex.words(w)) {
          if (k++ % 4 == 0) {
            addForms(parts, p, lex.pack().prefixes());
          }
        }
      }
      int k = 0;
      for (String t : lex.triggerWords()) {
        if (k++ % 5 == 0) {
          addForms(parts, t, lex.pack().prefixes());
        }
      }
      for (String m : lex.pack().monthForms().keySet()) {
        addForms(parts, m, lex.pack().prefixes());
      }
    }
    List<String> all = new ArrayList<>(parts);
    return Arbitraries.of(all).list().ofMinSize(0).ofMaxSize(30).map(l -> String.join("", l));
  }

  /** A word as listed, capitalised, upper-cased, cut, lengthened, and after prefix letters. */
  private static void addForms(Set<String> parts, String p, String prefixes) {
    parts.add(p);
    parts.addAll(List.of(p.split(" ")));
    parts.add(p.toUpperCase(Locale.ROOT));
    parts.add(p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1));
    if (p.length() > 2) {
      parts.add(p.substring(1));
      parts.add(p.substring(0, p.length() - 1));
    }
    parts.add(p + "s");
    for (int k = 0; k < prefixes.length(); k++) {
      parts.add(prefixes.charAt(k) + p);
      parts.add(prefixes.charAt(k) + "" + prefixes.charAt((k + 1) % prefixes.length()) + p);
    }
  }

  @Property(tries = 400, seed = "21")
  void aSetBoundToTheTableAnswersWhatItsOwnFilterAnswered(@ForAll("text") String text) {
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      MergedWords merged = lex.filtered().merged();
      String prefixes = lex.pack().prefixes();
      List<Set<String>> sets = new ArrayList<>();
      for (WordList w : WordList.values()) {
        sets.add(lex.words(w));
        sets.add(lex.starts(w));
      }
      sets.add(lex.triggerWords());
      sets.add(lex.pack().monthForms().keySet());
      Toks t = Tokenizer.toks(text);
      Toks o = Tokenizer.toks(text); // the oracle's own tokens: no cache of the table's on them
      for (Set<String> words : sets) {
        WordSet bound = WordSet.of(words, merged);
        assertNotNull(bound.members(), () -> l + " a list outside the table: " + words);
        WordSet old = WordSet.of(words);
        for (int i = 0; i < t.size(); i++) {
          int at = i;
          assertEquals(old.containsWord(o, i, 0), bound.containsWord(t, i, 0),
              () -> l + " word " + at + " of " + text);
          if (t.isWordTok(i)) {
            assertEquals(old.mayHaveKey(o.key(i)) && old.containsWord(o, i, 0),
                bound.mayHave(t, i), () -> l + " may " + at + " of " + text);
          }
          if (!prefixes.isEmpty() && t.isWordTok(i)) {
            for (int from = 1; from <= 3; from++) {
              int f = from;
              assertEquals(old.containsWord(o, i, from), bound.containsWord(t, i, from),
                  () -> l + " from " + f + " at " + at + " of " + text);
            }
            assertEquals(old.prefixedAt(o, i, prefixes), bound.prefixedAt(t, i, prefixes),
                () -> l + " prefixed at " + at + " of " + text);
          }
        }
      }
    }
  }

  @Test
  void aWordReadAnewIsLookedUpAgain() {
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      String month = lex.pack().monthForms().keySet().iterator().next();
      WordSet months = WordSet.of(lex.pack().monthForms().keySet(), lex.filtered().merged());
      Toks t = Tokenizer.toks("zzqx 1945");
      assertEquals(false, months.containsWord(t, 0, 0), l::toString);
      t.renorm(0, month); // a scan's misspelt month repaired
      assertEquals(true, months.containsWord(t, 0, 0), l::toString);
    }
  }

  @Test
  void aSetWithAWordOutsideTheTableKeepsItsOwnLookUp() {
    MergedWords merged = new MergedWords(Set.of("alpha", "beta"), false);
    WordSet partial = WordSet.of(Set.of("alpha", "gamma"), merged);
    assertEquals(null, partial.members());
    Toks t = Tokenizer.toks("gamma alpha beta");
    assertEquals(true, partial.containsWord(t, 0, 0));
    assertEquals(true, partial.containsWord(t, 1, 0));
    assertEquals(false, partial.containsWord(t, 2, 0));
    WordSet whole = WordSet.of(Set.of("beta"), merged);
    assertEquals(false, whole.containsWord(t, 0, 0));
    assertEquals(true, whole.containsWord(t, 2, 0));
  }
}
