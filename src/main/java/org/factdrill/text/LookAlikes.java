package org.factdrill.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factdrill.lang.LanguagePack;

/**
 * Letters of another Unicode block written for a letter of the page's language (a with caron for
 * Vietnamese a with breve, as legacy font conversions do): each pack declares its look-alikes in
 * {@code lang/<code>/look-alikes.tsv}; a word holding one is read with the pack's letter when the
 * page is in that language and, for a pack with syllable rules, the word becomes a syllable.
 * One char for one char, so offsets stay.
 */
final class LookAlikes {
  private static final Map<String, LookAlikes> BY_CODE = new ConcurrentHashMap<>();

  private final Map<Character, Character> map;
  /** The pack's syllable rules, or null when it declares none. */
  private final VietnameseSyllables syllables;

  private LookAlikes(Map<Character, Character> map, VietnameseSyllables syllables) {
    this.map = map;
    this.syllables = syllables;
  }

  static LookAlikes of(Language lang) {
    return BY_CODE.computeIfAbsent(lang.code(), c -> load(lang.pack()));
  }

  private static LookAlikes load(LanguagePack pack) {
    Map<Character, Character> map = new HashMap<>();
    try (InputStream in = LookAlikes.class.getClassLoader()
        .getResourceAsStream("lang/" + pack.code() + "/look-alikes.tsv")) {
      if (in != null) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          String[] c = line.split("\t");
          if (line.isBlank() || line.startsWith("#") || c.length < 2) {
            continue;
          }
          if (c[0].length() != 1 || c[1].length() != 1) {
            throw new IllegalStateException("look-alikes.tsv of " + pack.code()
                + ": one letter for one letter: " + line);
          }
          map.put(c[0].charAt(0), c[1].charAt(0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean hasSyllables = !map.isEmpty() && !pack.words("syllable-onsets").isEmpty();
    return new LookAlikes(map, hasSyllables ? new VietnameseSyllables(pack) : null);
  }

  /**
   * The text with look-alike letters read as the language's; a note when any was. A word is read
   * so when it then is a syllable of the pack and no word beside it is foreign (a non-ASCII word
   * that is no syllable: pinyin's tone-marked vowels come in runs of such words).
   */
  String repair(String text, List<String> notes) {
    if (map.isEmpty() || !holdsAny(text)) {
      return text;
    }
    char[] out = text.toCharArray();
    int n = out.length;
    // Word bounds, and per word: 1 holds a look-alike and becomes a syllable, -1 foreign, 0 else.
    List<int[]> words = new ArrayList<>();
    for (int i = 0; i < n; ) {
      if (!isWordChar(out[i])) {
        i++;
        continue;
      }
      int end = i;
      boolean alike = false;
      boolean wide = false;
      while (end < n && isWordChar(out[end])) {
        alike |= map.containsKey(out[end]);
        wide |= out[end] >= 0x80;
        end++;
      }
      int kind = 0;
      if (wide && syllables != null) {
        boolean valid = syllables.valid(mapped(out, i, end));
        kind = !valid ? -1 : alike ? 1 : 0;
      } else if (alike) {
        kind = 1;
      }
      words.add(new int[] {i, end, kind});
      i = end;
    }
    int repaired = 0;
    for (int w = 0; w < words.size(); w++) {
      int[] word = words.get(w);
      if (word[2] != 1 || w > 0 && words.get(w - 1)[2] < 0
          || w + 1 < words.size() && words.get(w + 1)[2] < 0) {
        continue;
      }
      for (int j = word[0]; j < word[1]; j++) {
        Character to = map.get(out[j]);
        if (to != null) {
          out[j] = to;
          repaired++;
        }
      }
    }
    if (repaired == 0) {
      return text;
    }
    notes.add(repaired + " letter(s) written with a look-alike of another block read as the "
        + "language's own");
    return new String(out);
  }

  private String mapped(char[] text, int from, int to) {
    StringBuilder w = new StringBuilder(to - from);
    for (int j = from; j < to; j++) {
      w.append(map.getOrDefault(text[j], text[j]));
    }
    return w.toString();
  }

  private boolean holdsAny(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (map.containsKey(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
