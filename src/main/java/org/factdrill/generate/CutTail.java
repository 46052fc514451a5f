package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a cut: a prompt cut at a clause mark must not end on a piece that opens a clause it
 * does not hold. A lone connective set off by commas (", and, in the battle of X, …"), a short
 * fronted phrase of time ("In ___, …"), or a subordinate clause that follows only such openers
 * (", as in every war, …"; "Secondly, when X did ___, …") is said before its main clause, and the
 * cut left that main clause out. Such pieces are taken off the end, back to the clause mark before
 * them; when the blank is in a piece taken off, no main clause holds it and the fact is not asked.
 * The words are the pack's (connectives, subordinators, time prepositions).
 */
final class CutTail {
  /** A fronted phrase of time read as an opener has at most this many words ("in March 1945"). */
  private static final int TIME_WORDS = 3;
  /** A first piece this short before a subordinate clause is an adverb ("Secondly", "Thứ hai"). */
  private static final int ADVERB_WORDS = 2;
  /** Clause marks, as {@link CleanCut} reads them. */
  private static final Pattern MARKS = Pattern.compile("[;,]\\s|\\s[–—]\\s|\\s-\\s");

  /** The reason given when the blank is in what was taken off. */
  static final String SKIP_DETAIL = "the cut keeps what opens a clause, not the clause";

  private CutTail() {}

  /**
   * {@code template} with the openers at its cut end taken off; the template itself when it
   * ends on none (or was not cut at its end); null when the blank would go with them.
   */
  static String trim(String template, CleanCut.Words w) {
    if (template == null || !template.endsWith(" …")) {
      return template;
    }
    boolean cutStart = template.startsWith("… ");
    String kept = template.substring(cutStart ? 2 : 0, template.length() - 2).strip();
    // A sentence shown before the asked one ends at a piece boundary too: the asked sentence's
    // own first piece ("Though a craft of ___ …") starts there, not at a comma inside it.
    int start = lastSentenceStart(kept);
    String head = kept.substring(0, start);
    String out = trimSentence(kept.substring(start), w);
    if (out == null) {
      return null;
    }
    out = head + out;
    return out.equals(kept) ? template : (cutStart ? "… " : "") + out + " …";
  }

  /** {@link #trim} on one sentence's kept text; null when the blank would go. */
  private static String trimSentence(String kept, CleanCut.Words w) {
    List<Integer> marks = marks(kept);
    String out = withoutEndConnective(kept, marks, w);
    while (true) {
      List<String> pieces = pieces(out, marks);
      int last = pieces.size() - 1;
      if (!opener(pieces, last, w)) {
        break;
      }
      if (last == 0 || marks.isEmpty()) {
        return null; // nothing but openers: the main clause was cut away
      }
      out = out.substring(0, marks.remove(marks.size() - 1)).strip();
      if (out.indexOf(PromptBuilder.HOLE) < 0) {
        return null; // the blank was in what opens the clause the cut left out
      }
    }
    return out;
  }

  /**
   * Where the last sentence of {@code s} starts: after a full stop, question or exclamation mark
   * and a space, before a capital (or an uncased letter), outside brackets; the mark's word is
   * no initial or two-letter title ("J.", "St."): a lower-case word, a figure, a word of two
   * capitals or more ("II", "UN") or a name of three letters or more. 0 when {@code s} is one
   * sentence.
   */
  static int lastSentenceStart(String s) {
    for (int i = s.length() - 2; i > 2; i--) {
      char c = s.charAt(i);
      if (c != ' ' || ".?!".indexOf(s.charAt(i - 1)) < 0 || !Character.isLetter(s.charAt(i + 1))
          || Character.isLowerCase(s.charAt(i + 1))) {
        continue;
      }
      int b = i - 1;
      while (b > 0 && Character.isLetterOrDigit(s.charAt(b - 1))) {
        b--;
      }
      String before = s.substring(0, i);
      int len = i - 1 - b;
      // A title abbreviation is a capital and lower-case letters ("St.", "Mr."), an initial one
      // capital; a word of two capitals or more (a Roman numeral "II", an acronym "UN") is a word.
      boolean word = len >= 2 && (!Character.isUpperCase(s.charAt(b)) || capitals(s, b, i - 1))
          || len >= 3;
      if (word && !TitleStops.endsAtTitle(s, 0, i) // "under Capt. Orme": no sentence's end
          && count(before, '(') == count(before, ')')
          && count(before, '"') % 2 == 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /** True when {@code s} from {@code from} to {@code to} is capital letters only. */
  private static boolean capitals(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isUpperCase(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code kept} without a connective that ends it ("… through the summer and", cut at "and,
   * after a siege, …"): a connective before a clause mark opens the clause after that mark, which
   * the cut left out. Only when the last piece holds more than the connective (a piece that is
   * one is taken off whole by {@link #trim}).
   */
  private static String withoutEndConnective(String kept, List<Integer> marks, CleanCut.Words w) {
    int from = marks.isEmpty() ? 0 : marks.get(marks.size() - 1) + 1;
    String[] t = words(kept.substring(Math.min(from, kept.length())));
    if (t.length < 2 || !w.connectives().contains(t[t.length - 1])) {
      return kept;
    }
    int cut = kept.length();
    while (cut > 0 && !Character.isWhitespace(kept.charAt(cut - 1))) {
      cut--;
    }
    String out = kept.substring(0, cut).strip();
    return out.indexOf(PromptBuilder.HOLE) < 0 ? kept : out;
  }

  /** True when piece {@code i} opens a clause it does not hold (see the class comment). */
  static boolean opener(List<String> pieces, int i, CleanCut.Words w) {
    String[] t = words(pieces.get(i));
    int c = connectives(t, w);
    if (t.length == 0 || c == t.length) {
      return true; // ", and," alone
    }
    String[] prev = i > 0 ? words(pieces.get(i - 1)) : new String[0];
    if (prev.length > 0 && connectives(prev, w) == prev.length
        && (isIn(w.timeWords(), t[c], w) || isIn(w.subordinators(), t[c], w))) {
      return true; // ", and, in the battle of X,": a phrase fronted to a clause of its own
    }
    if (timePhrase(t, c, w)) {
      return true;
    }
    if (!isIn(w.subordinators(), t[c], w)) {
      return false;
    }
    for (int k = 0; k < i; k++) {
      String[] before = words(pieces.get(k));
      int bc = connectives(before, w);
      boolean adverb = k == 0 && before.length <= ADVERB_WORDS;
      if (!(bc == before.length || timePhrase(before, bc, w) || adverb)) {
        return false; // a clause before it is the main one: "X fell in 1944, when …"
      }
    }
    return true;
  }

  /** A short phrase of time: a time preposition with a figure (or the blank) right after it. */
  private static boolean timePhrase(String[] t, int from, CleanCut.Words w) {
    if (t.length - from > TIME_WORDS || from >= t.length || !isIn(w.timeWords(), t[from], w)) {
      return false;
    }
    for (int k = from + 1; k < t.length; k++) {
      if (t[k].matches("\\d[\\d.,/\\-–]*") || t[k].indexOf(PromptBuilder.HOLE) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** How many words at the start of {@code t} are connectives (one- or two-word ones). */
  private static int connectives(String[] t, CleanCut.Words w) {
    int i = 0;
    while (i < t.length) {
      if (i + 1 < t.length && w.connectives().contains(t[i] + " " + t[i + 1])) {
        i += 2;
      } else if (isIn(w.connectives(), t[i], w)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isIn(java.util.Set<String> set, String word, CleanCut.Words w) {
    return set.contains(word) || word.length() > 2
        && w.clausePrefixes().indexOf(word.charAt(0)) >= 0 && set.contains(word.substring(1));
  }

  /** The clause marks of {@code s} outside brackets and quotes, as positions. */
  private static List<Integer> marks(String s) {
    List<Integer> out = new ArrayList<>();
    Matcher m = MARKS.matcher(s);
    while (m.find()) {
      String before = s.substring(0, m.start());
      if (count(before, '(') == count(before, ')') && count(before, '"') % 2 == 0) {
        out.add(m.start());
      }
    }
    return out;
  }

  private static List<String> pieces(String s, List<Integer> marks) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int at : marks) {
      if (at >= s.length()) {
        break;
      }
      out.add(s.substring(from, at));
      from = at + 1;
    }
    out.add(s.substring(Math.min(from, s.length())));
    return out;
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  private static String[] words(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT).replaceAll("[\"'“”‘’«»()\\[\\]–—,;]", " ").strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }
}
