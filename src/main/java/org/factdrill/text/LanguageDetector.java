package org.factdrill.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.lang.LanguagePack;

/**
 * Guesses a document's language from its script and vocabulary, all of it declared by the
 * packs: a pack's script (Hebrew, Cyrillic) decides when that script's letters are at least a
 * quarter as many as the Latin ones; languages sharing the Latin script are told apart by their
 * distinctive letters (pack setting detect-letters: Vietnamese tone-marked letters) and then by
 * very common words (words.tsv category detect-words). The first pack wins when nothing decides.
 */
public final class LanguageDetector {
  private final List<Language> latin = new ArrayList<>();
  private final Map<Character.UnicodeScript, Language> byScript = new HashMap<>();
  private final Map<Character, Language> markedLetters = new HashMap<>();
  private final Map<String, List<Language>> detectWords = new HashMap<>();

  public LanguageDetector() {
    for (Language l : Language.values()) {
      LanguagePack p = l.pack();
      Character.UnicodeScript s = Character.UnicodeScript.forName(p.script().toUpperCase(Locale.ROOT));
      if (s == Character.UnicodeScript.LATIN) {
        latin.add(l);
        for (char c : p.setting("detect-letters", "").toCharArray()) {
          markedLetters.putIfAbsent(c, l);
        }
      } else {
        byScript.putIfAbsent(s, l);
      }
      for (String w : p.words("detect-words")) {
        detectWords.computeIfAbsent(w, k -> new ArrayList<>()).add(l);
      }
    }
    // A language that marks most words with letters beyond ASCII (pack setting marked-words-min)
    // is also typed without them ("cua", "nguoi", "duoc"): its common words count in that
    // spelling too, unless another pack claims the folded word. Such a page is then told as that
    // language and read as unaccented (UnaccentedPages), not as English words it happens to use.
    for (Language l : Language.values()) {
      if (l.pack().setting("marked-words-min", "").isEmpty()) {
        continue;
      }
      for (String w : l.pack().words("detect-words")) {
        String f = TopicLines.fold(w);
        if (!f.equals(w) && !detectWords.containsKey(f)) {
          detectWords.put(f, List.of(l));
        }
      }
    }
  }

  /**
   * True when {@code sentence}, read on a page in {@code page}, is plainly in another language: it
   * holds at least two common words (detect-words) of one other language and none of the page's
   * ("During the War, …" among the Vietnamese paragraphs of a bilingual page). Names in another
   * script or with another language's letters decide nothing here: only the small words a
   * sentence is made of. A page whose pack lists no common words (told apart by its script) has
   * no such sentence here.
   */
  public boolean otherLanguage(CharSequence sentence, Language page) {
    if (!page.pack().words("detect-words").isEmpty()) {
      return otherWords(sentence, page);
    }
    return false; // a page told apart by its script: a gloss in Latin letters is no paragraph
  }

  private boolean otherWords(CharSequence sentence, Language page) {
    Map<Language, Integer> hits = new HashMap<>();
    for (String w : sentence.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      for (Language l : detectWords.getOrDefault(w, List.of())) {
        hits.merge(l, 1, Integer::sum);
      }
    }
    if (hits.containsKey(page)) {
      return false;
    }
    for (int n : hits.values()) {
      if (n >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Detects the language of {@code text}; the default language when there is nothing to go on. */
  public Language detect(CharSequence text) {
    int latinLetters = 0;
    Map<Language, Integer> marked = new HashMap<>();
    Map<Character.UnicodeScript, Integer> other = new HashMap<>();
    int n = Math.min(text.length(), 20_000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latinLetters++;
      } else if (c >= 0x80) {
        Language m = markedLetters.get(c);
        if (m != null) {
          marked.merge(m, 1, Integer::sum);
          latinLetters++;
        } else if (Character.isLetter(c)) {
          Character.UnicodeScript s = Character.UnicodeScript.of(c);
          if (byScript.containsKey(s)) {
            other.merge(s, 1, Integer::sum);
          }
        }
      }
    }
    Character.UnicodeScript best = null;
    for (Map.Entry<Character.UnicodeScript, Integer> e : other.entrySet()) {
      if (best == null || e.getValue() > other.get(best)) {
        best = e.getKey();
      }
    }
    if (best != null && other.get(best) >= latinLetters / 4) {
      return byScript.get(best);
    }
    if (latinLetters == 0 || latin.isEmpty()) {
      return Language.DEFAULT;
    }
    Language byLetters = null;
    for (Map.Entry<Language, Integer> e : marked.entrySet()) {
      if (e.getValue() * 40 >= latinLetters) {
        byLetters = e.getKey();
      }
    }
    Map<Language, Integer> hits = new HashMap<>();
    Set<Language> candidates = new HashSet<>(latin);
    for (String w : text.subSequence(0, n).toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      List<Language> ls = detectWords.get(w);
      if (ls != null) {
        for (Language l : ls) {
          if (candidates.contains(l)) {
            hits.merge(l, 1, Integer::sum);
          }
        }
      }
    }
    if (byLetters != null) {
      // Marked letters decide unless another language's common words far outnumber this one's:
      // an English article full of Vietnamese names ("Rạch Gầm", "Tây Sơn") is still English.
      Language byWords = MarkedLetters.outvoted(byLetters, hits);
      return byWords != null ? byWords : byLetters;
    }
    Language winner = latin.get(0);
    for (Language l : latin) {
      if (hits.getOrDefault(l, 0) > hits.getOrDefault(winner, 0)) {
        winner = l;
      }
    }
    return winner;
  }
}
