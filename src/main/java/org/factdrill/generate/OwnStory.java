package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.WordPatterns;
import org.factdrill.text.Language;

/**
 * A thing's own story has an order everyone knows: it is founded, built or born before anything
 * happens in it, to it or by it, and it dies, is dissolved or destroyed after; the first of a kind
 * comes before another of that kind. A "which happened first?" pairing the origin of a named thing
 * (pack {@code origin-event-words}) with another event naming it, an event with the end of a
 * named thing it names ({@code demise-event-words}), or the first ({@code ordinal-first-words})
 * of a kind with another event of that kind, is answered without the dates. A named thing is a
 * run of capitalised words that the text never writes in lower case; in a script without case,
 * a word (after prefix letters) that is none of the pack's closed-class or verb words. Only the
 * words next to the origin, end or first word are read as the thing it is about.
 */
final class OwnStory {
  /** How many words either side of an origin or end word may name its thing. */
  private static final int NEAR = 3;
  /** How many words either side of a first word may name its kind. */
  private static final int KIND_NEAR = 2;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’\\-־]+");

  /** Each pack's words, compiled once (asked for each document's chronology). */
  private static final java.util.Map<Language, OwnStory> OF = LangWords.perLanguage(OwnStory::new);

  private final Language lang;
  private final Pattern origin;
  private final Pattern demise;
  private final Pattern first;
  private final Set<String> closed = new HashSet<>();
  private final String prefixes;

  private OwnStory(Language lang) {
    this.lang = lang;
    prefixes = lang.pack().prefixes();
    String pre = prefixes.isEmpty() ? "" : "[" + Pattern.quote(prefixes) + "]{0,2}";
    origin = WordPatterns.wholeWords(lang.pack().words("origin-event-words"), pre);
    demise = WordPatterns.wholeWords(lang.pack().words("demise-event-words"), pre);
    first = WordPatterns.wholeWords(lang.pack().words("ordinal-first-words"), pre);
    for (String c : List.of("clause-verbs", "copulas", "function-words", "time-prepositions",
        "year-words", "year-construct-words", "origin-event-words", "demise-event-words",
        "ordinal-first-words", "begin-event-words", "end-event-words", "story-common-words")) {
      closed.addAll(lang.pack().words(c));
    }
  }

  /** The own-story order of {@code lang}. */
  static OwnStory of(Language lang) {
    return OF.get(lang);
  }

  /**
   * True when the wording of two events of a text tells that {@code earlier} came first: it is
   * the origin or the first of what {@code later} names, or {@code later} is the end of a thing
   * {@code earlier} names, or {@code earlier} is the origin of the first of a kind. {@code text} is the document, read for which capitalised words are
   * names (never written in lower case there).
   */
  boolean tellsOrder(String text, String earlier, String later) {
    if (origin != null && first != null && origin.matcher(earlier).find()
        && first.matcher(earlier).find()) {
      // "The first school of Marnov was founded": the origin of the first of its kind opens its
      // story, before anything else the page tells (class 3 of the seventeenth review).
      return true;
    }
    Set<String> lower = lowerWords(text);
    return names(origin, earlier, later, lower, NEAR, false)
        || names(demise, later, earlier, lower, NEAR, false)
        || names(first, earlier, later, lower, KIND_NEAR, true);
  }

  /**
   * True when {@code later} names a thing whose origin the text tells in another sentence, dated
   * after {@code earlierYear} and by {@code laterYear}: a thing acts only once it exists, so an
   * event before a state's or body's founding came before every act of it ("the first school
   * opened" against a law that a state founded decades later passed). {@code text} is the
   * document, {@code facts} its facts (their sentences and years tell the origins);
   * {@code laterSentence} is the later event's own sentence, which does not count as an origin.
   */
  boolean existsOnlyAfter(String text, java.util.List<org.factdrill.extract.Fact> facts,
      int earlierYear, String later, int laterYear, org.factdrill.text.Span laterSentence) {
    if (origin == null || earlierYear <= 0 || laterYear <= earlierYear) {
      return false;
    }
    Set<String> lower = lowerWords(text);
    for (org.factdrill.extract.Fact f : facts) {
      org.factdrill.text.Span s = f.sentence();
      int y = f.value() instanceof org.factdrill.extract.Value.Date d && !d.isRange() ? d.year()
          : -1;
      if (y <= earlierYear || y > laterYear || s == null || s.equals(laterSentence)
          || s.end() > text.length()) {
        continue;
      }
      String sentence = text.substring(s.start(), s.end());
      if (origin.matcher(sentence).find() && names(origin, sentence, later, lower, NEAR, false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a unit (a name run, a caseless word, or for a kind also a content word or two) next
   * to a match of {@code marker} in {@code marked} is also in {@code other}.
   */
  private boolean names(Pattern marker, String marked, String other, Set<String> lower, int near,
      boolean kind) {
    if (marker == null) {
      return false;
    }
    Matcher m = marker.matcher(marked);
    if (!m.find()) {
      return false;
    }
    List<String> words = words(marked);
    List<String> others = words(other);
    int at = wordIndex(marked, m.start());
    int end = wordIndex(marked, m.end() - 1) + 1;
    // the marker's words, with those of any marker overlapping it ("lần đầu" in "lần đầu tiên")
    boolean[] inMarker = new boolean[words.size() + 1];
    Matcher all = m.pattern().matcher(marked);
    for (int p = 0; p < marked.length() && all.find(p); p = all.start() + 1) {
      for (int k = wordIndex(marked, all.start()); k <= wordIndex(marked, all.end() - 1); k++) {
        inMarker[k] = true;
      }
      end = Math.max(end, all.start() <= m.end() ? wordIndex(marked, all.end() - 1) + 1 : end);
    }
    int from = Math.max(0, at - near);
    int to = Math.min(words.size(), end + near);
    for (int i = from; i < to; i++) {
      if (inMarker[i]) {
        continue;
      }
      String w = words.get(i);
      if (name(w, lower)) {
        // the whole run of names the word belongs to
        int s = i;
        while (s > 0 && name(words.get(s - 1), lower)) {
          s--;
        }
        int e = i + 1;
        while (e < words.size() && name(words.get(e), lower)) {
          e++;
        }
        if (containsRun(others, words.subList(s, e))) {
          return true;
        }
      } else if (caseless(w) && content(w) && containsStripped(others, w)) {
        return true;
      } else if (kind && content(w) && !caseless(w)) {
        boolean pair = i + 1 < to && !inMarker[i + 1] && content(words.get(i + 1))
            && !closed.contains(String.join(" ", words.subList(i, i + 2)).toLowerCase(Locale.ROOT))
            && containsRun(others, words.subList(i, i + 2));
        if (pair || letters(w) >= 4 && containsRun(others, List.of(w))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word is a name when it is capitalised and the text never writes it in lower case. */
  private boolean name(String w, Set<String> lower) {
    int c = w.codePointAt(0);
    return Character.isUpperCase(c) && letters(w) >= 2
        && !lower.contains(w.toLowerCase(Locale.ROOT))
        && !closed.contains(w.toLowerCase(lang.pack().locale()));
  }

  /** Not a closed-class word, a verb of the pack, nor a figure. */
  private boolean content(String w) {
    String l = w.toLowerCase(lang.pack().locale());
    if (letters(w) < 2 || closed.contains(l)) {
      return false;
    }
    for (String s : stripped(l)) {
      if (closed.contains(s)) {
        return false;
      }
    }
    return true;
  }

  /** A word whose letters have no case (Hebrew, Arabic). */
  private static boolean caseless(String w) {
    return w.codePoints().filter(Character::isLetter)
        .noneMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c));
  }

  private boolean containsStripped(List<String> others, String w) {
    Set<String> mine = new HashSet<>(stripped(w));
    for (String o : others) {
      for (String s : stripped(o)) {
        if (mine.contains(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word without none, one or two prefix letters, each leaving two letters or more. */
  private List<String> stripped(String w) {
    List<String> out = new ArrayList<>(List.of(w));
    for (int k = 1; k <= 2 && k < w.length(); k++) {
      if (prefixes.indexOf(w.charAt(k - 1)) < 0) {
        break;
      }
      if (w.length() - k >= 2) {
        out.add(w.substring(k));
      }
    }
    return out;
  }

  private static boolean containsRun(List<String> words, List<String> run) {
    outer:
    for (int i = 0; i + run.size() <= words.size(); i++) {
      for (int j = 0; j < run.size(); j++) {
        if (!words.get(i + j).equalsIgnoreCase(run.get(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The index of the word at or after character {@code pos}. */
  private static int wordIndex(String s, int pos) {
    Matcher m = WORD.matcher(s);
    int i = 0;
    while (m.find()) {
      if (m.end() > pos) {
        return i;
      }
      i++;
    }
    return i;
  }

  private static int letters(String w) {
    return (int) w.codePoints().filter(Character::isLetter).count();
  }

  private static Set<String> lowerWords(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.codePointAt(0))) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
