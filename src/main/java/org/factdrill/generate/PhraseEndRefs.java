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
 * pack's clause verbs), makes it a back-reference. A preposition's object is a noun phrase, which
 * no auxiliary, passive marker or copula can follow inside it: so where one of them (the pack's
 * "=" lines, or a clause verb) stands one or two words further on, the words between are an
 * adverb or a time word and the word ended its phrase ("hội nghị trên rốt cuộc đã …"), unless
 * the word right after it opens an object (the pack's "&" lines: classifiers, quantifiers, nouns
 * of places; a figure; a capital): "ngôi chùa trên núi cao được xây …" stays a place.
 */
final class PhraseEndRefs {
  private final Set<String> words;
  private final Set<String> followers;
  private final Set<String> heads;
  private final Set<String> openers;

  private PhraseEndRefs(Set<String> words, Set<String> followers, Set<String> heads,
      Set<String> openers) {
    this.words = words;
    this.followers = followers;
    this.heads = heads;
    this.openers = openers;
  }

  /** The "?" words of {@code lang}'s backrefs.txt, with the words that may follow them. */
  static PhraseEndRefs of(Language lang, Iterable<String> lines) {
    Set<String> words = new TreeSet<>();
    Set<String> followers = new TreeSet<>();
    Set<String> heads = new TreeSet<>();
    Set<String> openers = new TreeSet<>();
    for (String x : lines) {
      if (x.startsWith("?")) {
        words.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
      } else if (x.startsWith("+")) {
        followers.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
      } else if (x.startsWith("=")) {
        heads.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
      } else if (x.startsWith("&")) {
        openers.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
      }
    }
    if (!words.isEmpty()) {
      for (String v : lang.pack().words("clause-verbs")) {
        followers.add(v.toLowerCase(Locale.ROOT));
        heads.add(v.toLowerCase(Locale.ROOT));
      }
    }
    return new PhraseEndRefs(words, followers, heads, openers);
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
    if (opens(rest, followers)) {
      return true;
    }
    if (!Character.isLowerCase(text.charAt(i)) || opens(rest, openers)) {
      return false; // a figure, a name or a classifier: the object of "on"
    }
    int at = 0;
    for (int w = 1; w <= 2; w++) { // skip one word, then two: an adverb of one or two syllables
      int sp = rest.indexOf(' ', at);
      if (sp < 0 || !Character.isLetter(rest.charAt(at))) {
        return false;
      }
      for (int k = at; k < sp; k++) {
        if (!Character.isLetter(rest.charAt(k))) {
          return false; // a mark inside: not one clause's adverb
        }
      }
      at = sp + 1;
      if (opens(rest.substring(at), heads)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code rest} opens with one of {@code set}, as whole syllables. */
  private static boolean opens(String rest, Set<String> set) {
    for (String f : set) {
      if (rest.startsWith(f) && (rest.length() == f.length()
          || !Character.isLetter(rest.charAt(f.length())))) {
        return true;
      }
    }
    return false;
  }
}
