package org.factdrill.generate;

import static org.factdrill.generate.ListCommas.listCommas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds question text from a sentence: the fact's span becomes a placeholder, markup and citation
 * markers are removed, white space is folded, and a very long sentence is cut down to the clause
 * holding the fact. The placeholder is then a blank, a stated value, or nothing (timeline events).
 */
public final class PromptBuilder {
  /** What a cloze or choice prompt shows in place of the answer. */
  public static final String BLANK = "_____";
  /** Marks the fact's place while the sentence is cleaned; a private-use character never in text. */
  static final char HOLE = '\uE000';

  private static final Pattern CITATION = Pattern.compile(
      "\\[(?:\\d+(?:[,–-]\\s*\\d+)*|[a-z]|\\p{L}|(?:" + org.factdrill.lang.WordPatterns.anyPack("numbered-notes")
          + ") \\d+|" + org.factdrill.lang.WordPatterns.anyPack("bracket-notes")
          // a note of a named group: "[nb 1]", "[lower-alpha 2]", a wiki's group in its language
          + "|\\p{L}[\\p{L}-]{1,20} \\d{1,3})\\]");
  private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)\\]\\]");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])[*_]{1,2}(?=\\S)([^*_\\n]+?)(?<=\\S)[*_]{1,2}(?![\\p{L}\\p{N}])");
  /**
   * MediaWiki bold (and bold italic) marks: a run of three (five) ASCII apostrophes closed by the
   * same run on one line. No geresh or gershayim look-alike is three apostrophes long, so a
   * letter may stand outside (a Hebrew prefix before the bold word); a fourth apostrophe after
   * the closing run is the text's own (a bold name's possessive).
   */
  private static final Pattern WIKI_BOLD = Pattern.compile(
      "(?<!')('{5}|'{3})(?!')(?=\\S)([^\\n]+?)(?<=\\S)(?<!')\\1(?!'')");
  /**
   * MediaWiki italic marks: two apostrophes closed by two on one line, never inside a word: two
   * apostrophes between letters are a gershayim look-alike (an abbreviation), not emphasis.
   */
  private static final Pattern WIKI_ITALIC = Pattern.compile(
      "(?<![\\p{L}\\p{N}'])''(?!')(?=\\S)([^\\n]+?)(?<=\\S)(?<!')''(?![\\p{L}\\p{N}'])");
  /** A wiki italic mark at a word's edge whose pair is in another sentence. */
  private static final Pattern LONE_ITALIC = Pattern.compile(
      "(?<![\\p{L}\\p{N}'])''(?=[\"“„«\\p{L}])|(?<=[\\p{L}.!?\"”»])''(?![\\p{L}\\p{N}'])");
  private static final Pattern JOINED_TITLE = Pattern.compile("(?<=\\p{L})_(?=\\p{L})");
  private static final Pattern BROKEN_DECIMAL =
      Pattern.compile("(?<=\\d[.,])[ \\t]*\\n[ \\t]*(?=\\d{1,3} \\p{L})");
  /**
   * A one-letter prefix typed apart from its hyphen and figure ("מ -30", "ו- 1949"): the hyphen is
   * the prefix's and joins it to the figure, or to the blank in its place ("מ-_____", no stray
   * hyphen beside the blank). The letters are every pack's prefix letters (no other script has any).
   */
  private static final Pattern DETACHED_PREFIX = detachedPrefix();
  private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,.;:!?)\\]])");
  private static final Pattern SPACE_AFTER_OPEN = Pattern.compile("([(\\[])\\s+");
  // clean()'s expressions, compiled once: clean runs on every sentence a prompt is made from and
  // on every prompt the auditor reads (compiling them on each call was a twentieth of generating).
  private static final Pattern CUT_CITE_HEAD = Pattern.compile("^\\s*\\d{1,3}\\]\\s*");
  private static final Pattern CUT_CITE_TAIL = Pattern.compile("\\[\\s*(?:\\d{1,3})?\\s*$");
  private static final Pattern REF_SELF_CLOSED = Pattern.compile("(?is)<ref[^>]*/>");
  private static final Pattern REF_CLOSED = Pattern.compile("(?is)<ref[^>]*>.*?</ref>");
  private static final Pattern REF_CUT = Pattern.compile("(?is)<ref\\b.*$");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*\\}\\}");
  private static final Pattern BR_TAG = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern GLUED_NOTE = Pattern.compile("(?<=\\p{L}{2}[.,;])\\d{1,3}(?=\\s|$)");
  private static final Pattern LONE_CARET = Pattern.compile("\\s\\^\\s");
  private static final Pattern UNSPACED_COMMA =
      Pattern.compile("(?<=\\p{L}\\p{M}?\\p{L}\\p{M}?)([,;])(?=\\p{L}\\p{M}?\\p{L})");
  private static final Pattern REPEATED_MARK = Pattern.compile("([,;:!?])\\1+");
  private static final Pattern DOUBLE_DOT = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s\\-*#•>]+");
  private static final Pattern CLAUSE_END = Pattern.compile("[;:]\\s|,\\s|\\s[–—]\\s|\\s-\\s");

  private final int maxLength;
  private final int clauseTarget;
  private final boolean blankClause;

  /** Sentences longer than {@code maxLength} are cut to a clause of about {@code clauseTarget}. */
  public PromptBuilder(int maxLength, int clauseTarget) {
    this(maxLength, clauseTarget, false);
  }

  /**
   * As above; with {@code blankClause}, a cut never falls right after the blank ("and on
   * _____ …", the verb after the date cut away): the blank's clause goes on after its comma.
   */
  PromptBuilder(int maxLength, int clauseTarget, boolean blankClause) {
    this.maxLength = maxLength;
    this.clauseTarget = clauseTarget;
    this.blankClause = blankClause;
  }

  /** Defaults for question stems: cut sentences over 220 characters to about 110. */
  public PromptBuilder() {
    this(220, 110, true);
  }

  /**
   * The cleaned sentence (or clause) with the span [spanStart, spanEnd) of {@code text} replaced by
   * one {@link #HOLE}; null when cleaning destroyed the hole (markup around the fact).
   */
  public String template(String text, int sentenceStart, int sentenceEnd, int spanStart,
      int spanEnd) {
    if (spanStart > 0 && spanEnd < text.length() && text.charAt(spanStart - 1) == '['
        && text.charAt(spanEnd) == ']') {
      return null; // a citation marker, not a fact
    }
    return fromRaw(text.substring(sentenceStart, spanStart) + HOLE
        + text.substring(spanEnd, sentenceEnd));
  }

  /**
   * The cleaned (and if long, cut) form of a sentence that already holds one {@link #HOLE}; null
   * when cleaning destroyed the hole.
   */
  public String fromRaw(String raw) {
    String cleaned = clean(raw);
    if (cleaned.indexOf(HOLE) < 0 || cleaned.indexOf(HOLE) != cleaned.lastIndexOf(HOLE)) {
      return null;
    }
    return cleaned.length() > maxLength ? clause(cleaned) : cleaned;
  }

  /**
   * The last texts {@link #clean} was given on this thread and what it returned. One question's
   * checks clean the same sentence and its neighbours again and again (the stem, the referent and
   * nameless-clause checks, the context line, the audit of the finished question): a test class's
   * profile spent 15 % of its time in this method, mostly on texts cleaned just before. Cleaning
   * is a function of the text alone, so the answer given before is the answer; bounded, so a
   * corpus's sentences do not pile up.
   */
  private static final ThreadLocal<java.util.Map<String, String>> CLEANED = ThreadLocal.withInitial(
      () -> new java.util.LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
          return size() > 64;
        }
      });

  /** Removes citation markers and markup, folds white space; the original stays in provenance. */
  public static String clean(String s) {
    java.util.Map<String, String> cleaned = CLEANED.get();
    String t = cleaned.get(s);
    if (t == null) {
      t = cleanOnce(s);
      cleaned.put(s, t);
    }
    return t;
  }

  /** {@link #clean} without the memo: what it computes for a text it has not seen lately. */
  static String cleanOnce(String s) {
    String t = s.replace("\\$", "$");
    // A decimal broken after its mark by a line's end, read as one number (text/BrokenDecimals):
    // "2.\n5 million", and "2,\n5 triệu" where the comma is the decimal mark.
    t = BROKEN_DECIMAL.matcher(t).replaceAll("");
    t = WIKI_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    t = t.replace("[[", "").replace("]]", "");
    t = CITATION.matcher(t).replaceAll("");
    t = BracketNotes.strip(t); // "the council (12) met": a note mark in round brackets
    // A citation marker cut in two by the sentence splitter: "29] Text ... end.["
    t = CUT_CITE_TAIL.matcher(CUT_CITE_HEAD.matcher(t).replaceAll("")).replaceAll("");
    // Wikitext pasted raw: references (closed, self-closed, or cut off at the sentence's end),
    // templates, and line-break tags.
    t = REF_SELF_CLOSED.matcher(t).replaceAll("");
    t = REF_CLOSED.matcher(t).replaceAll("");
    t = REF_CUT.matcher(t).replaceAll("");
    t = TEMPLATE.matcher(t).replaceAll("");
    t = BR_TAG.matcher(t).replaceAll(" ");
    // Footnote marks glued to the text: superscript digits (not a unit's power: "km²"), a number
    // stuck after a word's final punctuation ("ended.12 Next"), carets of wiki back-links.
    t = FootnoteDigits.strip(t);
    t = GLUED_NOTE.matcher(t).replaceAll("");
    t = LONE_CARET.matcher(t).replaceAll(" ");
    // A comma or semicolon between two words lost its space ("Nablus Road,East Jerusalem").
    t = UNSPACED_COMMA.matcher(t).replaceAll("$1 ");
    t = DOUBLE_DOT.matcher(REPEATED_MARK.matcher(t).replaceAll("$1")).replaceAll(".");
    t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    t = WIKI_BOLD.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    t = WIKI_ITALIC.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    // A wiki italic mark whose pair the sentence split left in another sentence.
    t = LONE_ITALIC.matcher(t).replaceAll("");
    t = JOINED_TITLE.matcher(t).replaceAll(" ");
    t = PictureAsides.strip(t);
    t = IdentifierAsides.strip(t);
    t = SPACES.matcher(t).replaceAll(" ");
    if (DETACHED_PREFIX != null) {
      t = DETACHED_PREFIX.matcher(t).replaceAll("$1$2$3");
    }
    t = SPACE_BEFORE_PUNCT.matcher(t).replaceAll("$1");
    t = SPACE_AFTER_OPEN.matcher(t).replaceAll("$1");
    t = LEADING_MARKS.matcher(t).replaceAll("");
    return t.strip();
  }

  private static Pattern detachedPrefix() {
    StringBuilder letters = new StringBuilder();
    for (org.factdrill.lang.LanguagePack p : org.factdrill.lang.LanguagePacks.all()) {
      p.prefixes().codePoints().forEach(c -> letters.append("\\x{").append(Integer.toHexString(c)).append('}'));
    }
    return letters.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}'\"׳״])([" + letters
        + "])(?: ([-־])|([-־]) )(?=[\\d" + HOLE + "])");
  }

  /** Clause ends a cut may keep a sentence's start up to. */
  private static final Pattern CUT_AT = Pattern.compile("[;:]\\s|,\\s|\\s[–—]\\s|\\s-\\s");
  /** Starts of independent clauses: after a semicolon, or a sentence glued on without a space. */
  private static final Pattern INDEPENDENT = Pattern.compile(";\\s+|(?<=\\p{Ll}{2}[.!?])(?=\\p{Lu})");

  /**
   * A question stem from a sentence holding one {@link #HOLE}: the whole cleaned sentence when
   * it is at most {@code whole} characters; else its start up to a clause end after the hole
   * (the subject and verb kept), or, when the hole is further on, an independent clause (after
   * a semicolon) from its start. Null when no such cut exists, or the only one keeps a
   * subordinate clause without its main clause ("While X ended on ___ …"); null also when
   * cleaning destroyed the hole.
   */
  static String stem(String raw, int whole, java.util.Set<String> subordinators) {
    String s = clean(raw);
    int hole = s.indexOf(HOLE);
    if (hole < 0 || hole != s.lastIndexOf(HOLE)) {
      return null;
    }
    if (s.length() <= whole) {
      return s;
    }
    int start = 0;
    Matcher ind = INDEPENDENT.matcher(s);
    while (ind.find() && ind.end() <= hole) {
      if (hole - ind.end() < whole - 20) {
        start = ind.end();
        break;
      }
    }
    if (hole - start > whole - 20) {
      return null;
    }
    int end = -1;
    java.util.Set<Integer> listed = listCommas(s);
    Matcher m = CUT_AT.matcher(s);
    while (m.find()) {
      if (m.start() > hole + 1 && m.start() - start <= whole && !listed.contains(m.start())
          && !aroundApposition(s, m.start()) && !closesDashes(s, start, m.start(), m.end())
          && !PairDash.at(s, m.start(), m.end())) {
        end = m.start();
      }
    }
    if (end < 0) {
      return null;
    }
    String part = s.substring(start, end).strip();
    Matcher after = CUT_AT.matcher(part);
    boolean mainClauseKept = after.find(part.indexOf(HOLE) + 1);
    if (opensSubordinate(part, subordinators) && !mainClauseKept) {
      return null; // the subordinate clause ends where the cut is: its main clause is cut away
    }
    return (start > 0 ? "… " : "") + part + " …";
  }

  /**
   * True when the clause end s[at, end) is a spaced dash that closes a parenthesis opened by the
   * same dash in s[from, at) ("on VJ Day - or Victory over Japan - on …"): a cut there would
   * leave the parenthesis open.
   */
  private static boolean closesDashes(String s, int from, int at, int end) {
    String mark = s.substring(at, end);
    if (!mark.matches("\\s[-–—]\\s")) {
      return false;
    }
    String kept = s.substring(from, at);
    int n = 0;
    for (int i = kept.indexOf(mark); i >= 0; i = kept.indexOf(mark, i + 1)) {
      n++;
    }
    return n % 2 == 1;
  }

  /** A name set off by commas in apposition has at most this many words. */
  private static final int APPOSITION_WORDS = 4;

  /**
   * True when the comma at {@code at} closes a name set off by commas in mid-clause ("a proposal
   * from the minister in Washington, Edouard de Stoeckl, to purchase …"): the clause goes on
   * after it, so a cut there leaves it without its end. A name is capitalised words, with short
   * lower-case particles between them ("de", "van").
   */
  static boolean closesApposition(String s, int at) {
    if (at <= 0 || at >= s.length() || s.charAt(at) != ',') {
      return false;
    }
    int open = s.lastIndexOf(", ", at - 1);
    if (open < 0) {
      return false;
    }
    String[] w = s.substring(open + 2, at).strip().split("\\s+");
    if (w.length == 0 || w.length > APPOSITION_WORDS || !capitalised(w[0])
        || !capitalised(w[w.length - 1])) {
      return false;
    }
    for (String x : w) {
      if (!capitalised(x) && !(x.length() <= 3 && x.codePoints().allMatch(Character::isLowerCase))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the comma at {@code at} opens or closes a name set off by commas in mid-clause:
   * either way the clause goes on after the name ("… in Washington, Edouard de Stoeckl, to
   * purchase …").
   */
  static boolean aroundApposition(String s, int at) {
    if (closesApposition(s, at)) {
      return true;
    }
    int close = s.indexOf(", ", at + 1);
    return close > 0 && s.charAt(at) == ',' && s.lastIndexOf(", ", close - 1) == at
        && closesApposition(s, close);
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** True when {@code s} opens with a subordinating word ("While", "Khi", "כאשר"). */
  static boolean opensSubordinate(String s, java.util.Set<String> subordinators) {
    String l = s.toLowerCase(java.util.Locale.ROOT).strip();
    String first = l.split("[\\s,]+", 2)[0];
    String two = l.replaceFirst("^(\\S+\\s+\\S+).*", "$1");
    return subordinators.contains(first) || subordinators.contains(two);
  }

  /** Fills the hole of a template with a blank or a value. */
  public static String fill(String template, String with) {
    int i = template.indexOf(HOLE);
    return template.substring(0, i) + with + template.substring(i + 1);
  }

  /**
   * {@code template} filled with {@code with} as a statement: a value that opens it ("ngày 3 tháng
   * 4 (1950) quân ta rút …", after a cut took the words before it) starts the sentence, so its
   * first letter is a capital, as every prompt's is.
   */
  static String statement(String template, String with, java.util.Locale locale) {
    String s = fill(template, with);
    return s.isEmpty() || template.indexOf(HOLE) != 0 || !Character.isLowerCase(s.charAt(0)) ? s
        : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
  }

  /**
   * The shortest run of clauses around the hole that reaches the target length, never longer than
   * the maximum, marked with an ellipsis where it was cut.
   */
  String clause(String s) {
    List<Integer> cuts = new ArrayList<>();
    cuts.add(0);
    java.util.Set<Integer> listed = listCommas(s);
    int holeAt = s.indexOf(HOLE);
    Matcher m = CLAUSE_END.matcher(s);
    while (m.find()) {
      if (blankClause && m.start() == holeAt + 1) {
        continue; // the blank's own trailing comma ("on March 30, 1867, agreed"): mid-clause
      }
      // never inside an enumeration ("A, B, ___, D"), after a name in apposition, nor between
      // a pair's names ("Varn – Kessel")
      if (!listed.contains(m.start()) && !aroundApposition(s, m.start())
          && !PairDash.at(s, m.start(), m.end())) {
        cuts.add(m.end());
      }
    }
    cuts.add(s.length());
    int hole = s.indexOf(HOLE);
    int lo = 0;
    while (lo + 1 < cuts.size() && cuts.get(lo + 1) <= hole) {
      lo++;
    }
    int hi = lo + 1;
    while (cuts.get(hi) - cuts.get(lo) < clauseTarget) {
      int left = lo > 0 ? cuts.get(lo) - cuts.get(lo - 1) : Integer.MAX_VALUE;
      int right = hi + 1 < cuts.size() ? cuts.get(hi + 1) - cuts.get(hi) : Integer.MAX_VALUE;
      int grow = Math.min(left, right);
      if (grow == Integer.MAX_VALUE || cuts.get(hi) - cuts.get(lo) + grow > maxLength) {
        break;
      }
      if (left <= right) {
        lo--;
      } else {
        hi++;
      }
    }
    String part = s.substring(cuts.get(lo), cuts.get(hi)).strip();
    part = part.replaceAll("[,;:\\-–—]+$", "").strip();
    if (part.length() > maxLength) {
      // One enormous clause: keep a window of words around the hole.
      int h = part.indexOf(HOLE);
      int from = Math.max(0, part.lastIndexOf(' ', Math.max(0, h - maxLength / 2)));
      int to = part.indexOf(' ', Math.min(part.length(), h + maxLength / 2));
      part = part.substring(from, to < 0 ? part.length() : to).strip();
      return "… " + part + " …";
    }
    String prefix = cuts.get(lo) > 0 ? "… " : "";
    String suffix = cuts.get(hi) < s.length() ? " …" : "";
    return prefix + part + suffix;
  }

  /** Words of context around the hole (letters only), used to reject prompts that say too little. */
  public static int contextWords(String template) {
    int n = 0;
    for (String w : template.replace(String.valueOf(HOLE), " ").split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetter)) {
        n++;
      }
    }
    return n;
  }
}
