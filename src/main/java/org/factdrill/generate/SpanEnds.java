package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * A clause that says its event ends a war or another span ("the terms ending the war", "the
 * revolt ended", "kết thúc chiến tranh", "סיום המלחמה"): one of the pack's {@code
 * span-closing-words} within a few words of one of its {@code spanned-nouns}, not right after one
 * of its {@code distance-words} ("days before the end of the siege" is another time). Its year
 * is the span's last: a wrong year more than one after it is a year of the time after the war,
 * which the rows and the story around tell apart, so such options are not offered.
 */
final class SpanEnds {
  /** Compiled once: these run on every clause's words. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern OUTER_MARKS = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

  /** How many words may stand between the end word and the span's noun. */
  static final int REACH = 3;

  private record Words(List<String[]> ends, List<String[]> nouns, java.util.Set<String> distances,
      String prefixes) {}

  private static final Map<Language, Words> WORDS = new ConcurrentHashMap<>();

  private SpanEnds() {}

  /** Wrong years: none after the answer's year + 1 when the clause ends a span; else any. */
  static IntPredicate bound(Language lang, String template, int answerYear) {
    if (answerYear <= 0 || template == null || !endsASpan(lang, template)) {
      return y -> true;
    }
    return y -> y < 0 || y <= answerYear + 1;
  }

  /** True when {@code clause} holds an end word within {@link #REACH} words of a span noun. */
  static boolean endsASpan(Language lang, String clause) {
    Words w = WORDS.computeIfAbsent(lang, SpanEnds::load);
    if (w.ends.isEmpty()) {
      return false;
    }
    String[] raw = SPACES.split(clause);
    String[] norm = new String[raw.length];
    Locale locale = lang.pack().locale();
    for (int i = 0; i < raw.length; i++) {
      norm[i] = OUTER_MARKS.matcher(raw[i]).replaceAll("").toLowerCase(locale);
    }
    for (int i = 0; i < norm.length; i++) {
      for (String[] end : w.ends) {
        if (!at(norm, i, end, w.prefixes) || i > 0 && w.distances.contains(norm[i - 1])) {
          continue; // "ימים לפני סיום המצור", "before the end of": a time counted from the end
        }
        for (String[] noun : w.nouns) {
          for (int k = Math.max(0, i - REACH - noun.length); k <= i + end.length + REACH
              && k < norm.length; k++) {
            if ((k + noun.length <= i || k >= i + end.length) && at(norm, k, noun, w.prefixes)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** The phrase {@code p} at word {@code k}; its first word may carry prefix letters. */
  private static boolean at(String[] norm, int k, String[] p, String prefixes) {
    if (k + p.length > norm.length) {
      return false;
    }
    for (int j = 0; j < p.length; j++) {
      String w = norm[k + j];
      if (w.equals(p[j])) {
        continue;
      }
      int cut = 0;
      while (j == 0 && cut < 3 && cut < w.length() - 2 && prefixes.indexOf(w.charAt(cut)) >= 0) {
        cut++;
        if (w.substring(cut).equals(p[j])) {
          break;
        }
      }
      if (j != 0 || cut == 0 || !w.substring(cut).equals(p[j])) {
        return false;
      }
    }
    return true;
  }

  private static Words load(Language lang) {
    LanguagePack pack = lang.pack();
    return new Words(split(pack.words("span-closing-words")), split(pack.words("spanned-nouns")),
        pack.words("distance-words"), pack.prefixes());
  }

  private static List<String[]> split(java.util.Set<String> phrases) {
    List<String[]> out = new ArrayList<>();
    for (String p : phrases) {
      out.add(p.strip().split("\\s+"));
    }
    return out;
  }
}
