package org.factdrill.generate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A superlative event noun as a clause's subject ("The largest attack …", "Trận đánh ác liệt nhất
 * …", "הקרב הגדול ביותר …") names no event: the largest of which attacks is told around it, not
 * in it. Unless a name follows it ("of the Varn War", "của Varn"), another date with its year
 * stands in the sentence, or the context line writes a year, its figures are not asked alone
 * (class "which attack" of the twenty-second review).
 * Pack data: {@code superlative-event-nouns} (event nouns, with their classifier or article as
 * written at a clause's start), {@code superlative-words} (a word that makes the adjective next to
 * it a superlative: "most", "nhất", "ביותר"), {@code superlative-endings} (an adjective's ending
 * that does: "-est"), {@code superlative-of} (a genitive word before the whole's name).
 */
final class SuperlativeEvents {
  /** Words of a clause's opening in which the event noun must stand. */
  private static final int OPENING = 4;
  /** Words between the event noun and its superlative, on either side. */
  private static final int REACH = 3;
  /** A year written with four digits. */
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

  private SuperlativeEvents() {}

  /**
   * The superlative event phrase that opens sentence {@code s} (or its clause after a fronted
   * phrase and a comma) and names nothing, or null.
   */
  static String unnamed(Language lang, String text, Span s, Fact f, List<Fact> all, String contextLine) {
    Set<String> nouns = lang.pack().words("superlative-event-nouns");
    if (nouns.isEmpty() || contextLine != null && YEAR.matcher(contextLine).find()) {
      return null;
    }
    String sentence = s.of(text);
    String found = opening(lang, sentence, nouns);
    int comma = sentence.indexOf(',');
    if (found == null && comma > 0 && comma < 60) {
      found = opening(lang, sentence.substring(comma + 1), nouns);
    }
    if (found == null) {
      return null;
    }
    for (Fact o : all) {
      if (o != f && s.equals(o.sentence()) && o.value() instanceof Value.Date d && d.year() > 0) {
        return null; // "Năm 1968, trận đánh lớn nhất …": the clause gives its year
      }
    }
    return found;
  }

  private static String opening(Language lang, String clause, Set<String> nouns) {
    String[] w = clause.strip().split("[\\s\"“”()]+");
    for (int i = 0; i < Math.min(OPENING, w.length); i++) {
      int n = phrase(w, i, nouns);
      if (n == 0) {
        continue;
      }
      int end = i + n;
      if (superlative(lang, w, Math.max(0, i - REACH), i) || superlative(lang, w, end,
          Math.min(w.length, end + REACH))) {
        return named(lang, w, end) ? null : String.join(" ", java.util.Arrays.copyOfRange(w, i, end));
      }
      return null;
    }
    return null;
  }

  private static int phrase(String[] w, int i, Set<String> nouns) {
    int best = 0;
    StringBuilder b = new StringBuilder();
    for (int k = i; k < w.length && k < i + 4; k++) {
      b.append(k > i ? " " : "").append(bare(w[k]));
      if (nouns.contains(b.toString())) {
        best = k - i + 1;
      }
    }
    return best;
  }

  private static boolean superlative(Language lang, String[] w, int from, int to) {
    Set<String> words = lang.pack().words("superlative-words");
    Set<String> endings = lang.pack().words("superlative-endings");
    for (int k = from; k < to; k++) {
      String x = bare(w[k]);
      if (words.contains(x)) {
        return true;
      }
      for (String e : endings) {
        if (x.length() > e.length() + 2 && x.endsWith(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a genitive naming the whole follows within a few words: one of the pack's
   * {@code superlative-of} words, then (an article or noun and) a capitalised word ("… of the Varn
   * War", "… trong chiến tranh Varn").
   */
  private static boolean named(Language lang, String[] w, int end) {
    Set<String> of = lang.pack().words("superlative-of");
    for (int k = end; k < w.length && k < end + REACH + 1; k++) {
      if (of.contains(bare(w[k]))) {
        for (int j = k + 1; j < w.length && j <= k + 3; j++) {
          if (!w[j].isEmpty() && Character.isUpperCase(w[j].codePointAt(0))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern END_MARK = java.util.regex.Pattern.compile("[,.;:]+$");

  private static String bare(String word) {
    return END_MARK.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
