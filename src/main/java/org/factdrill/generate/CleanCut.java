package org.factdrill.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * The prompt's text out of a sentence holding the blank: the whole sentence when it is short
 * enough, else a cut that removes only what the blank's clause does not need. A cut may drop the
 * sentence's end after a clause (never inside a list, {@link PromptBuilder#listCommas}); it may
 * drop the sentence's start only where what it drops is detachable: a whole clause ended by a
 * semicolon, or fronted phrases ("When the war ended,", "In 1945,", "but after the war,") that the
 * kept clause's own subject follows. Anything else before the cut may be the subject of the
 * blank's clause ("The treaty, signed in 1898, forced …" cut to "… forced"), so no such cut is
 * made and, the sentence being too long to show whole, the fact is not asked. The words are the
 * pack's: subordinators, connectives, time prepositions, clause prefixes.
 */
final class CleanCut {
  /** A fronted phrase of time without a subordinator has at most this many words. */
  private static final int TIME_PHRASE_WORDS = 8;
  /** A time preposition is followed by a figure within this many words ("In March 1945"). */
  private static final int FIGURE_REACH = 2;
  /** Clause ends in a cleaned sentence, as {@link PromptBuilder} cuts at them. */
  private static final Pattern MARKS = Pattern.compile("[;,]\\s|\\s[–—]\\s|\\s-\\s");

  /** The text a prompt is made of, or (template null) why none is. */
  record Cut(String template, SkipReason skip, String detail) {
    static Cut of(String template) {
      return new Cut(template, null, null);
    }

    static Cut skip(String detail) {
      return new Cut(null, SkipReason.CUT_CLAUSE, detail);
    }
  }

  /** A language's words that tell a fronted phrase. */
  record Words(Set<String> subordinators, Set<String> connectives, Set<String> timeWords,
      String clausePrefixes, PhraseCut phrases) {
    static Words of(Language lang, Context context) {
      Set<String> time = new HashSet<>();
      lang.pack().words("time-prepositions").forEach(w -> time.add(w.toLowerCase(Locale.ROOT)));
      return new Words(context.subordinators(lang), context.connectives(lang), Set.copyOf(time),
          lang.pack().setting("clause-prefixes", ""), PhraseCut.of(lang));
    }
  }

  private CleanCut() {}

  /**
   * The template of {@code raw} (a sentence with one hole): whole up to {@code whole}
   * characters, else cut cleanly; a skip when no clean cut exists; a null template (no skip)
   * when cleaning destroyed the hole.
   */
  static Cut of(String raw, int whole, Words w, PromptBuilder prompts) {
    String template = PromptBuilder.stem(raw, whole, w.subordinators());
    String cleaned = PromptBuilder.clean(raw);
    if (template != null && !(template.endsWith("…") && openQuote(template))) {
      return tail(template, w);
    }
    // No cut at a clause's comma, or one inside a quotation: the main clause may end before a
    // reduced relative or a with-phrase that opens the quotation ({@link PhraseCut}).
    int at = w.phrases() == null || PromptBuilder.opensSubordinate(cleaned, w.subordinators())
        ? -1 : w.phrases().cut(cleaned, cleaned.indexOf(PromptBuilder.HOLE), whole);
    if (at > 0) { // "In 1901 the home was opened … administered by Varn Trust …": ends there
      return tail(cleaned.substring(0, at).strip() + " …", w);
    }
    if (template != null) {
      return tail(template, w);
    }
    if (PromptBuilder.opensSubordinate(cleaned, w.subordinators())) {
      return Cut.skip(null);
    }
    template = prompts.fromRaw(raw); // the clause around the blank, marked as cut
    if (template == null) {
      return Cut.of(null);
    }
    if (template.startsWith("…") && template.endsWith("…")) {
      // Cut at both ends: a piece from the middle of a sentence, not a clause.
      return Cut.skip("cut at both ends");
    }
    if (template.startsWith("…") && !detachableStart(cleaned, template, w)) {
      return Cut.skip("the cut would drop the subject of the blank's clause");
    }
    return tail(template, w);
  }

  /** A quotation opened in {@code t} and not closed: a cut fell inside it. */
  private static boolean openQuote(String t) {
    int open = 0;
    int straight = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      open += c == '“' || c == '«' ? 1 : c == '”' || c == '»' ? -1 : 0;
      straight += c == '"' ? 1 : 0;
    }
    return open > 0 || straight % 2 == 1;
  }

  /** The template without openers at its cut end ({@link CutTail}), or a skip. */
  private static Cut tail(String template, Words w) {
    String t = CutTail.trim(template, w);
    return t == null ? Cut.skip(CutTail.SKIP_DETAIL) : Cut.of(t);
  }

  /**
   * True when what a prompt cut from the start of {@code cleaned} is detachable: the text
   * before the kept part ends with a semicolon, or with a comma closing a run of fronted
   * phrases (a subordinate clause, a short phrase of time), the last of them opening with a
   * connective or all of them opening the sentence.
   */
  static boolean detachableStart(String cleaned, String template, Words w) {
    String kept = template.replaceFirst("^…\\s*", "").replaceFirst("\\s*…$", "");
    int at = cleaned.indexOf(kept);
    if (at <= 0) {
      return false;
    }
    String before = cleaned.substring(0, at).strip();
    if (before.endsWith(";")) {
      return true;
    }
    if (!before.endsWith(",")) {
      return false; // a dash or colon: a parenthesis or an announcement, not a fronted phrase
    }
    String[] segments = MARKS.split(before.substring(0, before.length() - 1));
    String last = segments[segments.length - 1];
    if (!fronted(last, w)) {
      return false;
    }
    if (connective(words(last), w) > 0) {
      return true; // ", but after the war,": a clause before the connective was whole
    }
    for (String seg : segments) {
      if (!fronted(seg, w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A fronted phrase: after an optional connective, a subordinator opens it ("when …", "sau
   * khi …", "כאשר …"), or a time preposition with a figure right after it ("in 1945", "năm
   * 1948", "בשנת 1948") opens a short one.
   */
  static boolean fronted(String segment, Words w) {
    String[] t = words(segment);
    int i = connective(t, w);
    if (i >= t.length) {
      return false;
    }
    String one = t[i];
    String two = i + 1 < t.length ? one + " " + t[i + 1] : one;
    if (isIn(w.subordinators(), one, w) || w.subordinators().contains(two)) {
      return true;
    }
    if (!isIn(w.timeWords(), one, w) || t.length - i > TIME_PHRASE_WORDS) {
      return false;
    }
    for (int k = i + 1; k <= Math.min(t.length - 1, i + FIGURE_REACH); k++) {
      if (t[k].matches("\\d[\\d.,/\\-–]*")) { // a year or date, not an ordinal ("the 5th")
        return true;
      }
    }
    // A prefixed figure ("ב-1948", "בשנת1948") or one glued to the preposition.
    return one.matches(".*\\d.*");
  }

  /** The number of words a connective at the start of {@code t} takes (0, 1 or 2). */
  private static int connective(String[] t, Words w) {
    if (t.length >= 2 && w.connectives().contains(t[0] + " " + t[1])) {
      return 2;
    }
    return t.length >= 1 && w.connectives().contains(t[0]) ? 1 : 0;
  }

  /** The word is in the set, as it stands or without a clause prefix letter ("ו" + "כאשר"). */
  private static boolean isIn(Set<String> set, String word, Words w) {
    return set.contains(word) || word.length() > 2 && w.clausePrefixes().indexOf(word.charAt(0)) >= 0
        && set.contains(word.substring(1));
  }

  private static String[] words(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT).replaceAll("[\"'“”‘’«»()\\[\\]]", "");
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }
}
