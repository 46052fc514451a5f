package org.factdrill.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chronology set one entry a line: two or more lines in a row (blank lines between or not)
 * that each open with a date and a separator ("1795 – Town", "14 May 1950: …", "January 8 – …",
 * "(1795) …", "Năm 1945: …"), whatever their length and script. Such a line is a row of a list,
 * not a paragraph: it is asked only when it is itself a whole clause ({@link RowClause}: "1492 –
 * Merchants reach the harbour."), and is a list row when it is a name, a place or a figure
 * ("1688 – Plague", "1851: Varna, Belmont, Kesh"). The run may be broken by short lines heading
 * its parts (a year on its own). Only lines classified by their shape change class; a reader's
 * captions and table rows keep theirs.
 */
final class DatedRows {
  /** A run holds at least this many rows. */
  static final int MIN_ROWS = 2;
  /** A date written before its separator is this short. */
  private static final int HEAD_CHARS = 40;
  /** A line heading a part of the chronology ("1918", "Events") is this short. */
  private static final int SUBHEAD_WORDS = 4;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern BULLET = Pattern.compile("^[-*•·▪►◦–]\\s+");
  /** The date's end: a spaced dash, a dash or colon before a space, or a bracketed year. */
  private static final Pattern SEPARATOR = Pattern.compile(
      "\\s+[–—-]\\s+|\\s*[–—:：]\\s+|^\\(\\s*\\d{3,4}\\s*\\)\\s+");
  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
  private static final Pattern FIGURES = Pattern.compile("[\\p{N}\\p{P}\\p{S}]+");
  /** A year in digits, or a day's or month's number beside a month name. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{3,4}(?!\\d)");
  private static final Pattern DAY = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");
  /** A number written in letters with a gershayim ("תרס\"ד"): a year of another calendar. */
  private static final Pattern LETTER_NUMERAL = Pattern.compile("\\p{L}+[\"״]\\p{L}");
  /** Each pack's date words, read once. */
  private static final java.util.Map<Language, Set<String>> DATE_WORDS = dateWords();

  private DatedRows() {}

  /** Where the row's words start after its date and separator; -1 when it opens with no date. */
  static int body(String line, LayoutWords w) {
    String s = line.strip();
    Matcher b = BULLET.matcher(s);
    int from = b.find() ? b.end() : 0;
    Matcher m = SEPARATOR.matcher(s).region(from, Math.min(s.length(), from + HEAD_CHARS + 3));
    m.useAnchoringBounds(true);
    if (!m.find() || m.end() >= s.length() || !date(m.group().startsWith("(")
        ? m.group() : s.substring(from, m.start()), w)) {
      return -1;
    }
    String rest = s.substring(m.end());
    return rest.codePoints().anyMatch(Character::isLetter) ? line.indexOf(rest) : -1;
  }

  /** True when {@code head} is only a date: numbers, month names, the pack's date words. */
  static boolean date(String head, LayoutWords w) {
    Matcher mo = w.months().matcher(head);
    boolean month = mo.find();
    String rest = mo.replaceAll(" ");
    Set<String> words = DATE_WORDS.getOrDefault(w.language(), Set.of());
    for (String t : rest.strip().split("\\s+")) {
      String low = t.toLowerCase(Locale.ROOT).replaceAll("^\\p{P}+|\\p{P}+$", "");
      if (!t.isEmpty() && !FIGURES.matcher(t).matches() && !dateWord(low, words, w.language())
          && !LETTER_NUMERAL.matcher(t).find() && !ordinal(low, w.language())) {
        return false;
      }
    }
    return YEAR.matcher(rest).find() || month && DAY.matcher(rest).find();
  }

  /** A word of {@code words}, maybe with the pack's prefix letters written onto it ("בשנת"). */
  private static boolean dateWord(String t, Set<String> words, Language lang) {
    String prefixes = lang.pack().prefixes();
    for (int k = 0; k <= 2 && k < t.length(); k++) {
      if (words.contains(t.substring(k))) {
        return true;
      }
      if (prefixes.indexOf(t.charAt(k)) < 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean ordinal(String t, Language lang) {
    for (String e : lang.pack().words("ordinal-endings")) {
      if (t.matches("\\d{1,2}" + Pattern.quote(e))) {
        return true;
      }
    }
    return false;
  }

  private static java.util.Map<Language, Set<String>> dateWords() {
    java.util.Map<Language, Set<String>> m = new java.util.HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, dateWords(l));
    }
    return java.util.Map.copyOf(m);
  }

  private static Set<String> dateWords(Language lang) {
    Set<String> out = new HashSet<>();
    for (String cat : new String[] {"day-words", "date-lead-words", "year-construct-words",
        "era-bc", "era-ad", "weekdays"}) {
      for (String e : lang.pack().words(cat)) {
        for (String part : e.toLowerCase(Locale.ROOT).split("\\s+")) {
          out.add(part.replaceAll("^\\p{P}+|\\p{P}+$", ""));
        }
      }
    }
    String yw = LayoutWords.of(lang).yearWord();
    if (!yw.isEmpty()) {
      out.add(yw.toLowerCase(Locale.ROOT));
    }
    out.remove("");
    return Set.copyOf(out);
  }

  /**
   * Marks the rows of dated runs among {@code blocks}, in place: a clause stays (or becomes)
   * prose, any other row becomes a list row. {@code pieces} are the blocks as the reader gave
   * them: only those it left prose were classified by their shape, and may change.
   */
  static void mark(String text, List<Block> blocks, List<Block> pieces, LayoutWords w) {
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      int rows = 0;
      int last = i;
      while (j < blocks.size()) {
        if (row(text, blocks.get(j), w) >= 0) {
          rows++;
          last = j + 1;
        } else if (!(rows > 0 && subhead(blocks.get(j).of(text)))) {
          break;
        }
        j++;
      }
      if (rows >= MIN_ROWS) {
        // Under a births or deaths heading a row's leading year is a life's end, which only the
        // heading says: no row there is a dated event, whatever verb its note holds.
        boolean life = i > 0 && lifeHeading(blocks.get(i - 1).of(text), w);
        for (int k = i; k < last; k++) {
          Block b = blocks.get(k);
          int at = row(text, b, w);
          String words = at < 0 ? "" : b.of(text).substring(at);
          if (at < 0) {
            life = subhead(b.of(text)) ? lifeHeading(b.of(text), w) : life;
            continue;
          }
          if (pieces.get(k).cls() != LineClass.PROSE
              || b.cls() == LineClass.CONTACT) {
            continue;
          }
          // A row holding a sentence's end and more after it is a paragraph opening with a date.
          boolean clause = !life && clause(words, w.language());
          blocks.set(k, new Block(b.span(), clause ? LineClass.PROSE : LineClass.LIST,
              b.origin()));
        }
      }
      i = Math.max(last, i + 1);
    }
  }

  /**
   * The row's words after its date are a whole clause. A verb inside brackets is a note's
   * ("NAME, poet (died 1911)": a person's row under a births heading), not the row's.
   */
  static boolean clause(String words, Language lang) {
    String outside = words.indexOf('(') < 0 ? words : BRACKETED.matcher(words).replaceAll(" ");
    return RowClause.row(lang, outside) || TableRuns.INNER_END.matcher(words).find();
  }

  /**
   * The line heads a list of births or deaths: one of its words, or two words in a row, is one
   * of the pack's {@code life-headings}, maybe with the pack's prefix letters written onto it. A
   * heading says what its rows' years are however it is worded ("Births", "Notable births",
   * "People born on this day"), so any word of a short subhead counts, not the whole line only.
   */
  static boolean lifeHeading(String line, LayoutWords w) {
    Set<String> life = w.language().pack().words("life-headings");
    String[] words = NOT_WORD.split(line.toLowerCase(Locale.ROOT).strip());
    // Where spaces part syllables, one syllable of a longer heading is part of another word
    // ("sinh" of "học sinh", students): there only the whole heading or two syllables count.
    boolean syllables = "syllable".equals(w.language().pack().setting("word-unit", ""));
    if (syllables && words.length == 1) {
      return life.contains(words[0]);
    }
    for (int i = 0; i < words.length; i++) {
      if (!words[i].isEmpty() && (!syllables && dateWord(words[i], life, w.language())
          || i + 1 < words.length && dateWord(words[i] + " " + words[i + 1], life, w.language()))) {
        return true;
      }
    }
    return false;
  }

  /** The line is a dated row whose words are a whole clause; false when it is no dated row. */
  static boolean clauseRow(String line, Language lang) {
    LayoutWords w = LayoutWords.of(lang);
    int at = body(line, w);
    return at >= 0 && clause(line.substring(at), lang);
  }

  /** Where the row's words start in block {@code b}; -1 when it is no dated row. */
  private static int row(String text, Block b, LayoutWords w) {
    String s = b.of(text);
    LineClass c = b.cls();
    if (s.indexOf('\n') >= 0 || c == LineClass.REFERENCE || c == LineClass.FOOTNOTE
        || c == LineClass.CONTENTS) {
      return -1;
    }
    return body(s, w);
  }

  private static boolean subhead(String s) {
    return LayoutClassifier.words(s) <= SUBHEAD_WORDS && !LayoutClassifier.terminal(s)
        && s.indexOf('\n') < 0;
  }
}
