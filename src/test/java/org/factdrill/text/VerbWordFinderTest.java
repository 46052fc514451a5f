package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.WordPatterns;
import org.junit.jupiter.api.Test;

/**
 * {@link VerbWordFinder} tries a pack's clause verbs only where their first letter (or a prefix
 * letter written onto them) stands, and finds the matches that {@code find()} of the whole
 * alternation found (the old code, kept here as the oracle), on generated rows of every pack: the
 * pack's verbs in lower, upper and title case, cut short, lengthened, glued to prefix letters, in
 * every language's words, figures, bars of table cells, marks, apostrophes and every kind of space.
 */
class VerbWordFinderTest {
  private static final String[] PIECES = {" ", " ", " ", "  ", "\t", "\n", "\u00a0", "|", " | ",
      "||", "1", "1492", "٣", "–", "-", ":", ".", ",", "'", "’", "(", ")", "\u0301", "\u05b7",
      "the", "Năm", "đã", "שלום", "ו", "ה", "ש", "ב", "כ", "ל", "מ", "İ", "ı", "K", "ſ", "ς", "Σ",
      "\ud835\udc00", "x", "é", "Ё", "был"};

  /** The matches as RowClause found them before: find() of the whole alternation. */
  private static List<String> old(Pattern p, String s) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> now(VerbWordFinder f, String s) {
    List<String> out = new ArrayList<>();
    int[] span = new int[2];
    for (int from = 0; f.find(s, from, span); from = span[1] == span[0] ? span[1] + 1 : span[1]) {
      out.add(span[0] + "-" + span[1]);
    }
    return out;
  }

  private static String variant(String w, Random r) {
    String body = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
    switch (r.nextInt(8)) {
      case 0: return body.toUpperCase(Locale.ROOT);
      case 1: return body.isEmpty() ? body : body.substring(0, 1).toUpperCase(Locale.ROOT) + body.substring(1);
      case 2: return body.substring(0, r.nextInt(body.length() + 1));
      case 3: return body + (r.nextBoolean() ? "ed" : "ים");
      case 4: return body.replace(" ", r.nextBoolean() ? "\t" : "  ");
      default: return body;
    }
  }

  @Test
  void findsTheMatchesOfTheWholeAlternationOnGeneratedRowsOfEveryPack() {
    Random r = new Random(19);
    int matched = 0;
    for (Language lang : Language.values()) {
      Set<String> verbs = lang.pack().words("clause-verbs");
      if (verbs.isEmpty()) {
        continue;
      }
      String prefixes = lang.pack().setting("clause-prefixes", "");
      String onto = prefixes.isEmpty() ? "" : "[" + Pattern.quote(prefixes) + "]{0,2}";
      Pattern oracle = WordPatterns.wholeWords(verbs, onto);
      VerbWordFinder finder = new VerbWordFinder(verbs, prefixes);
      List<String> words = new ArrayList<>(verbs);
      List<String> others = new ArrayList<>();
      for (Language o : Language.values()) {
        others.addAll(o.pack().words("clause-verbs"));
      }
      for (int i = 0; i < 6000; i++) {
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(14);
        for (int j = 0; j < n; j++) {
          int k = r.nextInt(10);
          if (k < 4) {
            if (!prefixes.isEmpty() && r.nextInt(3) == 0) {
              s.append(prefixes.charAt(r.nextInt(prefixes.length())));
            }
            s.append(variant(words.get(r.nextInt(words.size())), r));
          } else if (k < 5) {
            s.append(variant(others.get(r.nextInt(others.size())), r));
          } else {
            s.append(PIECES[r.nextInt(PIECES.length)]);
          }
        }
        List<String> want = old(oracle, s.toString());
        matched += want.size();
        assertEquals(want, now(finder, s.toString()), lang + ": " + s);
      }
    }
    assertTrue(matched > 10_000, "the generated rows hold verbs: " + matched);
  }
}
