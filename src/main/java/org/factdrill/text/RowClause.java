package org.factdrill.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.WordPatterns;

/**
 * Whether a row of a list or chronology is itself a whole clause ("1492 – Merchants reach the
 * harbour.") or only names and figures ("1688 – Plague", "1851: Varna, Belmont"). A clause holds
 * a finite verb: one of the pack's {@code clause-verbs} (forms and aspect markers; an entry ending
 * in {@code *} is a stem; the pack's {@code clause-prefixes} letters may be written onto it), or a
 * word with one of its {@code clause-verb-endings} ("-ed") that is none of its
 * {@code clause-verb-not}, or a word of one of its {@code clause-verb-shapes} (a word's whole form
 * as a regular expression over its letters, {@code .} any letter: a conjugation's prefixes and
 * suffixes, as Hebrew's past tenses of the derived stems "הת...", "נ.[^י]."; only the letters of
 * {@code clause-shape-prefixes} may be written onto it). In a script with capitals a capitalised word is a name or a headline's
 * first word, never the clause's verb; and where the pack does not declare
 * {@code verb-before-subject}, a clause names its subject first, so a verb opening the row makes
 * a headline ("Founding of …"), not a clause. Where it declares it, the words of a dated row
 * may open with their verb, capitalised as any row's first word ("1562 – Thành lập Hội …",
 * "1945 — Закончилась …"): the body named after the verb is its subject ({@link #row}).
 */
public final class RowClause {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");
  private static final Map<Language, RowClause> ALL = load();

  private final Pattern verbs;
  private final Pattern shapes;
  private final Pattern maybe;
  private final Pattern doubt;
  private final Set<String> endings;
  private final Set<String> not;
  private final boolean verbFirst;
  private final Set<String> function;

  private RowClause(Language lang) {
    String prefixes = lang.pack().setting("clause-prefixes", "");
    String onto = prefixes.isEmpty() ? "" : "[" + Pattern.quote(prefixes) + "]{0,2}";
    verbs = WordPatterns.wholeWords(lang.pack().words("clause-verbs"), onto);
    String shapeLetters = lang.pack().setting("clause-shape-prefixes", prefixes);
    String shapeOnto = shapeLetters.isEmpty() ? "" : "[" + Pattern.quote(shapeLetters) + "]{0,2}";
    shapes = shapes(lang.pack().words("clause-verb-shapes"), shapeOnto);
    maybe = shapes(lang.pack().words("clause-verb-maybe-shapes"), shapeOnto);
    doubt = shapes(lang.pack().words("clause-verb-doubt-shapes"), shapeOnto);
    endings = lang.pack().words("clause-verb-endings");
    not = lang.pack().words("clause-verb-not");
    verbFirst = lang.pack().has("verb-before-subject");
    function = lang.pack().words("function-words");
  }

  private static Map<Language, RowClause> load() {
    Map<Language, RowClause> m = new HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, new RowClause(l));
    }
    return Map.copyOf(m);
  }

  /** The shapes as one pattern of whole words (letters around them none); null when none. */
  private static Pattern shapes(Set<String> shapes, String onto) {
    if (shapes.isEmpty()) {
      return null;
    }
    // A shape's "." is one letter, never a space or a mark between words.
    String any = String.join("|", new java.util.TreeSet<>(shapes)).replace(".", "\\p{L}");
    return Pattern.compile("(?<![\\p{L}\\p{M}])" + onto + "(?:" + any + ")(?![\\p{L}\\p{M}])");
  }

  /**
   * The line is a row of a chronology set one entry a line ("• 1492 – Merchants reach the
   * harbour"), its words after the date a whole clause: a dated fact in its own right, though
   * rows rarely end with a full stop.
   */
  public static boolean datedClause(String line, Language lang) {
    return line.indexOf('\n') < 0 && DatedRows.clauseRow(line, lang);
  }

  /** True when {@code row} (a row's words without its date) holds a finite verb of {@code lang}. */
  public static boolean is(Language lang, String row) {
    RowClause c = ALL.get(lang);
    return c != null && c.verb(row.strip(), false);
  }

  /**
   * As {@link #is}, for the words of a dated row after its date and separator: there the first
   * word is written capitalised whatever it is, so where the pack declares
   * {@code verb-before-subject} a listed verb opening the words counts capitalised or not
   * ("1562 – Thành lập Hội Thương nhân", "1721 – Ra đời tờ báo …"). Only a row's words: a
   * capitalised verb word opening an infobox row or a heading stays a label ("Mất", died).
   */
  public static boolean row(Language lang, String words) {
    RowClause c = ALL.get(lang);
    return c != null && c.verb(words.strip(), c.verbFirst);
  }

  /**
   * True when {@code s} holds a finite verb of {@code lang}, or a word of one of the pack's
   * {@code clause-verb-maybe-shapes}: forms a verb shares with nouns (a past plural's "-ו" with a
   * possessive's), too loose to make a row a clause, enough to doubt that a sentence is verbless.
   */
  public static boolean mayHoldVerb(Language lang, String s) {
    RowClause c = ALL.get(lang);
    return c != null && (c.verb(s.strip(), false) || c.holds(c.maybe, s.strip()));
  }

  /**
   * As {@link #mayHoldVerb}, or {@code s} holds a word of one of the pack's
   * {@code clause-verb-doubt-shapes}: forms every plural noun shares too (English "-s"), enough to
   * doubt only that a sentence is a verbless label, never evidence that a clause is whole.
   */
  public static boolean mayHoldVerbLoosely(Language lang, String s) {
    RowClause c = ALL.get(lang);
    return c != null && (mayHoldVerb(lang, s) || c.holds(c.doubt, s.strip()));
  }

  /** A word of {@code shapes} that counts as a verb would (not a name, not after a function word). */
  private boolean holds(Pattern shapes, String row) {
    int first = firstWord(row);
    Matcher m = shapes == null ? null : shapes.matcher(row);
    while (m != null && m.find()) {
      // As a listed verb: a capitalised word is a name or the row's first word, never its verb.
      if (m.group().codePoints().allMatch(Character::isLetter) && counts(row, m.start(), first)
          && !afterFunctionWord(row, m.start())
          && (m.end() >= row.length() || "'’".indexOf(row.charAt(m.end())) < 0)) { // "pilots'"
        return true;
      }
    }
    return false;
  }

  /**
   * Where the first finite verb of {@code s} in {@code lang} starts (a listed form, a shape or a
   * verb ending, as {@link #is} finds them), or -1: the words before it name a clause's subject
   * where the language names it first.
   */
  public static int firstVerb(Language lang, String s) {
    RowClause c = ALL.get(lang);
    int at = -1;
    int first = firstWord(s);
    for (Pattern p : c == null ? new Pattern[0] : new Pattern[] {c.verbs, c.shapes}) {
      Matcher m = p == null ? null : p.matcher(s);
      while (m != null && m.find() && (at < 0 || m.start() < at)) {
        if (c.counts(s, m.start(), first)
            && (p != c.shapes || m.group().codePoints().allMatch(Character::isLetter))) {
          at = m.start();
          break;
        }
      }
    }
    if (c != null && !c.endings.isEmpty()) {
      Matcher m = WORD.matcher(s);
      while (m.find() && (at < 0 || m.start() < at)) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (c.counts(s, m.start(), first) && !c.not.contains(w) && c.ends(w)) {
          at = m.start();
          break;
        }
      }
    }
    return at;
  }

  /**
   * The word before {@code at} is one of the pack's {@code function-words} (an article, a
   * preposition, "and"): a form after it is a noun ("in schools"), not the clause's verb.
   */
  private boolean afterFunctionWord(String row, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(row.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(row.charAt(start - 1))) {
      start--;
    }
    return start < end && end < at && function.contains(row.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** {@code opening}: a listed verb or shape at the first word counts even capitalised. */
  private boolean verb(String row, boolean opening) {
    int first = firstWord(row);
    for (Pattern p : new Pattern[] {verbs, shapes}) {
      Matcher m = p == null ? null : p.matcher(row);
      while (m != null && m.find()) {
        // A shape's letter class ("[^י]") must not reach across a space into the next word.
        if ((opening && m.start() == first || counts(row, m.start(), first))
            && (p != shapes || m.group().codePoints().allMatch(Character::isLetter))) {
          return true;
        }
      }
    }
    if (!endings.isEmpty()) {
      Matcher m = WORD.matcher(row);
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (counts(row, m.start(), first) && !not.contains(w) && ends(w)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean ends(String w) {
    for (String e : endings) {
      // A stem of two letters at least before the ending ("used"); "red", "bed" are no verbs.
      if (w.length() >= e.length() + 2 && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** A verb found at {@code at}: not capitalised, and after the first word unless verb-first. */
  private boolean counts(String row, int at, int first) {
    int cp = row.codePointAt(at);
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      return false;
    }
    return verbFirst || at > first;
  }

  private static int firstWord(String row) {
    Matcher m = WORD.matcher(row);
    return m.find() ? m.start() : -1;
  }
}
