package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The counted noun (`unit`) is the noun, not an adjective before it (issue 19 item 4), in the
 * languages that put adjectives first: generated adjectives (stems with the pack's adjective
 * endings) between a number and each listed count noun.
 */
class CountedNounTest {
  @Test
  void theUnitIsTheNounAfterTheAdjectives() {
    Random rnd = new Random(701);
    String stems = "brastkelmovirdunpaltegorsi";
    for (String code : List.of("en", "ru")) {
      Language lang = Language.fromCode(code).orElseThrow();
      Lexicon lex = Lexicon.of(lang);
      List<String> nouns = new ArrayList<>(lang.pack().words("count-nouns"));
      nouns.removeIf(w -> !w.matches("\\p{L}+") || lex.number(w) != null);
      Collections.sort(nouns);
      List<String> endings = new ArrayList<>(lang.pack().words("adjective-endings"));
      Collections.sort(endings);
      String letters = code.equals("ru") ? "брастклмовирдунпалтегорси" : stems;
      for (int n = 0; n < 1000; n++) {
        String noun = nouns.get(rnd.nextInt(nouns.size()));
        StringBuilder adj = new StringBuilder();
        for (int k = 3 + rnd.nextInt(5); k > 0; k--) {
          adj.append(letters.charAt(rnd.nextInt(letters.length())));
        }
        adj.append(endings.get(rnd.nextInt(endings.size())));
        int v = 20 + rnd.nextInt(900);
        String text = "x " + v + " " + adj + " " + noun + " y";
        List<Fact> facts = Facts.of(lang, text);
        assertEquals(1, facts.size(), text);
        assertEquals(noun, facts.get(0).unit(), text);
        assertEquals(noun, Facts.of(lang, "x " + v + " " + noun + " y").get(0).unit(), noun);
      }
    }
  }
}
