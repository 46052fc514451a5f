package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.factdrill.text.Language;

/**
 * Words that point back only where they close their noun phrase (pack lines with "?" in
 * backrefs.txt): the Vietnamese "trên" (above) after a noun is "the aforesaid" when nothing it
 * could govern follows it ("ngày lễ trên được tổ chức …", "… tại hội nghị trên."), and the
 * preposition "on" before its object ("ngôi chùa trên núi", "trên các mặt trận"). So the word
 * after it decides: a mark or the end of the text, or a word that is never a preposition's object
 * (the pack's "+" lines in backrefs.txt: auxiliaries, the copula, negation, conjunctions; and the
 * pack's clause verbs), makes it a back-reference; any other word is its object.
 */
final class PhraseEndRefs {
  private final Set<String> words;
  private final Set<String> followers;

  private PhraseEndRefs(Set<String> words, Set<String> followers) {
    this.words = words;
    this.followers = followers;
  }

  /** The "?" words of {@code lang}'s backrefs.txt, with the words that may follow them. */
  static PhraseEndRefs of(Language lang, Iterable<String> lines) {
    Set<String> words = new TreeSet<>();
    Set<String> followers = new TreeSet<>();
    for (String x : lines) {
      if (x.startsWith("?")) {
        words.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
      } else if (x.startsWith("+")) {
        followers.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
      }
    }
    if (!words.isEmpty()) {
      for (String v : lang.pack().words("clause-verbs")) {
        followers.add(v.toLowerCase(Locale.ROOT));
      }
    }
    return new PhraseEndRefs(words, followers);
  }

  /** True when {@code word} is one of these words (any case). */
  boolean has(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * True when the word ending at {@code end} closes its phrase: what follows up to {@code to}
   * (the end of the clause looked at) is nothing, a mark, or opens with a follower word (one or
   * more syllables, each whole).
   */
  boolean closesPhrase(String text, int end, int to) {
    int i = end;
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= to || !Character.isLetterOrDigit(text.charAt(i))) {
      return i >= to || text.charAt(i) != '-' && text.charAt(i) != '(';
    }
    String rest = text.substring(i, Math.min(to, i + 40)).toLowerCase(Locale.ROOT);
    for (String f : followers) {
      if (rest.startsWith(f) && (rest.length() == f.length()
          || !Character.isLetter(rest.charAt(f.length())))) {
        return true;
      }
    }
    return false;
  }
}
