package org.factdrill.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * Whether a word is a written Vietnamese syllable, by the Vietnamese pack's onsets, vowel nuclei
 * and codas (lang/vi/words.tsv): the evidence for choosing among legacy Vietnamese encodings,
 * where a wrong decoding leaves letters no syllable can hold.
 */
final class VietnameseSyllables {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  /** Grave, acute, tilde, hook above, dot below: the five tone marks. */
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private final Set<String> onsets;
  private final Set<String> nuclei;
  private final Set<String> openNuclei;
  private final Set<String> codas;
  private final Set<String> stopCodas;

  /** Counts over the words of a text that hold a letter outside ASCII. */
  record Score(int valid, int invalid) {
    /** Valid words less twice the invalid ones: a wrong decoding pays for its broken words. */
    int weight() {
      return valid - 2 * invalid;
    }

    double share() {
      return valid + invalid == 0 ? 0 : (double) valid / (valid + invalid);
    }
  }

  VietnameseSyllables(LanguagePack vi) {
    onsets = vi.words("syllable-onsets");
    nuclei = vi.words("syllable-nuclei");
    openNuclei = vi.words("syllable-open-nuclei");
    codas = vi.words("syllable-codas");
    stopCodas = vi.words("syllable-stop-codas");
  }

  /** The syllable rules of the Vietnamese pack. */
  static VietnameseSyllables fromPack() {
    return new VietnameseSyllables(LanguagePacks.of("vi"));
  }

  /** Whether {@code word} (any case, composed or not) is one written syllable. */
  boolean valid(String word) {
    String d = NFD.normalize(word.toLowerCase(Locale.ROOT));
    StringBuilder bare = new StringBuilder(d.length());
    char tone = 0;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (TONES.indexOf(c) >= 0) {
        if (tone != 0) {
          return false;
        }
        tone = c;
      } else {
        bare.append(c);
      }
    }
    String s = NFC.normalize(bare);
    for (int o = 0; o <= Math.min(3, s.length()); o++) {
      String onset = s.substring(0, o);
      if (o > 0 && !onsets.contains(onset)) {
        continue;
      }
      String rest = s.substring(o);
      if (openNuclei.contains(rest) || nuclei.contains(rest)) {
        return true;
      }
      for (int c = 1; c <= Math.min(2, rest.length() - 1); c++) {
        String coda = rest.substring(rest.length() - c);
        String nucleus = rest.substring(0, rest.length() - c);
        if (codas.contains(coda) && nuclei.contains(nucleus)
            && (!stopCodas.contains(coda) || tone == '\u0301' || tone == '\u0323')) {
          return true;
        }
      }
    }
    return false;
  }

  /** Valid and invalid counts over the words of {@code text} that hold a non-ASCII character. */
  Score score(CharSequence text) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && isGap(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean marked = false;
      while (i < n && !isGap(text.charAt(i))) {
        marked |= text.charAt(i) >= 0x80;
        i++;
      }
      if (!marked) {
        continue;
      }
      String word = trimPunct(text.subSequence(start, i).toString());
      if (word.isEmpty()) {
        continue;
      }
      if (valid(word)) {
        valid++;
      } else {
        invalid++;
      }
    }
    return new Score(valid, invalid);
  }

  /** Spaces and the hyphens and slashes that join syllables of names ("Hồ-Chí-Minh"). */
  private static boolean isGap(char c) {
    return Character.isWhitespace(c) || c == '-' || c == '\u2013' || c == '/';
  }

  /** Quotes, brackets and sentence signs around a word are not part of it. */
  static String trimPunct(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && isPunct(w.charAt(a))) {
      a++;
    }
    while (b > a && isPunct(w.charAt(b - 1))) {
      b--;
    }
    return w.substring(a, b);
  }

  private static boolean isPunct(char c) {
    int t = Character.getType(c);
    return c < 0x80 && !Character.isLetterOrDigit(c) || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.DASH_PUNCTUATION
        || c == '\u00AB' || c == '\u00BB';
  }
}
