package org.factdrill.generate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.factdrill.extract.Fact;

/**
 * One document's facts already asked, so that a fact its text states again in a later sentence
 * (a lead that a section repeats: "the war from 1585 to 1604" twice) is asked once. A fact is the
 * same when its kind, its value and the two words before it are: the same figure said of another
 * thing ("75 years ago", "opened in 75 years") is another fact.
 */
final class RepeatedFacts {
  /** How many words before the value say what it is a figure of. */
  private static final int WORDS = 2;
  private final Map<String, Integer> first = new HashMap<>();

  /**
   * True when the fact was asked from another sentence before; else remembers it (with its
   * sentence) and is false.
   */
  boolean repeats(String text, Fact f) {
    String key = f.kind() + "\u0000" + Distractors.key(f.value()) + "\u0000" + wordsBefore(text, f);
    int sentence = f.sentence() == null ? -1 : f.sentence().start();
    Integer at = first.putIfAbsent(key, sentence);
    return at != null && at != sentence;
  }

  private static String wordsBefore(String text, Fact f) {
    int from = f.sentence() == null ? 0 : f.sentence().start();
    String[] words = text.substring(Math.max(from, f.start() - 60), f.start())
        .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+");
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (int i = words.length - 1; i >= 0 && n < WORDS; i--) {
      if (!words[i].isEmpty()) {
        b.insert(0, words[i] + " ");
        n++;
      }
    }
    return b.toString().strip();
  }
}
