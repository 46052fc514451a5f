package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packs' word lists, searched at every position of every line, are led by a look-ahead for
 * their words' first characters: on generated lines of every pack's words (in every case, glued
 * to letters, between signs) each list finds exactly what the plain alternation found. The plain
 * alternation is kept here, as it was, as the oracle.
 */
class WordListLookAheadTest {
  /** LayoutWords.alternation as it was: the words, longest first, quoted. */
  private static String oldAlternation(String alternatives) {
    List<String> parts = Arrays.stream(alternatives.split("\\|")).map(String::strip)
        .filter(a -> !a.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).toList();
    return parts.isEmpty() ? "(?!)" : String.join("|", parts);
  }

  private static final String[] WRAPPERS = {"(?iu)(?<![\\p{L}])(?:%s)(?![\\p{L}])",
      "(?iu)(?<![\\p{L}\\p{M}])(?:%s)(?![\\p{L}\\p{M}])", "(?iu)^\\W{0,3}(?:%s)(?:[\\s:,.]|$)",
      "(?iu)(?:\\s+(?:%s))+\\s*$", "(?i)(?:%s)"};
  private static final String[] GLUE = {" ", "  ", "", ".", ",", ":", "|", "x", "ab", "İ", "ſ",
      "\u212a", "1", "(", "\u0301", "-", "\n", "ה", "và"};

  private static List<String> lines(List<String> words, Random r) {
    List<String> out = new ArrayList<>();
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      int k = r.nextInt(5);
      for (int i = 0; i <= k; i++) {
        b.append(GLUE[r.nextInt(GLUE.length)]);
        String w = words.get(r.nextInt(words.size()));
        switch (r.nextInt(4)) {
          case 0 -> b.append(w.toUpperCase(Locale.ROOT));
          case 1 -> b.append(w.toLowerCase(Locale.ROOT));
          case 2 -> b.append(w, 0, Math.max(1, w.length() / 2));
          default -> b.append(w);
        }
      }
      out.add(b.append(GLUE[r.nextInt(GLUE.length)]).toString());
    }
    return out;
  }

  private static List<String> spans(Pattern p, String line) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(line);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  @Test
  void everyPacksWordListsFindWhatThePlainAlternationFound() throws IOException {
    Random r = new Random(1515);
    int found = 0;
    for (String code : List.of("en", "vi", "he", "ru")) {
      Properties p = new Properties();
      try (InputStream in = getClass().getResourceAsStream("/lang/" + code + "/layout.properties")) {
        if (in == null) {
          continue;
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String key : p.stringPropertyNames()) {
        String value = p.getProperty(key);
        List<String> words = Arrays.stream(value.split("\\|")).map(String::strip)
            .filter(a -> !a.isEmpty()).toList();
        if (words.isEmpty()) {
          continue;
        }
        for (String wrapper : WRAPPERS) {
          Pattern old = Pattern.compile(String.format(wrapper, oldAlternation(value)));
          Pattern now = Pattern.compile(String.format(wrapper, LayoutWords.alternation(value, true)));
          for (String line : lines(words, r)) {
            List<String> want = spans(old, line);
            found += want.size();
            assertEquals(want, spans(now, line), code + " " + key + " " + wrapper + " [" + line + "]");
          }
        }
      }
    }
    assertTrue(found > 10_000, "matches among the generated lines: " + found);
  }
}
