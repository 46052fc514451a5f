package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The marking of non-facts reads the token arrays: the rules still block their cases, and the
 * word tests around a run (the designator test, {@code Lexicon.unit}, the hedge test) answer on
 * generated texts of every pack what the look-ups of the token's normal form did. (The property
 * that compared the whole marking pipeline with a frozen copy of the code before perf15a,
 * NonFactsOracle, was retired in the sixteenth session: it had to be edited with every
 * deliberate change, such as the statute sections of he16.)
 */
class NonFactsArraysTest {
  private static final List<String> MARKS = List.of(".", ".", ",", ",", ";", ":", ":", "-", "-",
      "\u2013", "\u2212", "#", "'", "\u2019", "\u05F3", "\u00B0", "\u00BA", "/", "(", ")", "[", "[",
      "]", "]", "@", "%", "\u2032", "$", "\u00A3", "?", "!", "\u25E6", "\u00AA", "\u27F6", "\u2192",
      "<ref>", "</ref>", "<REF name=\"a\"/>", "{{cite web|", "}}", "|");
  private static final List<String> GAPS = List.of(" ", " ", " ", "", "", "", "\n", "\n",
      "\n\n", "\u00A0", " / ");
  private static final List<String> OWN = List.of("Boeing", "MiG", "T", "G", "S", "NM", "AD",
      "Population", "Area", "zorbel", "Quint", "png", "svg", "slav", "note", "a", "ab", "ISBN",
      "Signed", "www.example.org/a/12", "http://x.org/p3", "](https://y.net/4)", "mail@host12.org",
      "a.m.", "p.m.", "USD", "mid", "pre", "Ablo", "MARV", "dateMay", "rowJune", "N", "W",
      "Photo", "of", "Ba\u0301c", "\u03A3\u039F\u03A6\u0399\u0391", "\u0130stanbul", "Kh\u00F4ng",
      "TH\u1EBE", "\u2019tis");

  private record Pack(Language lang, Lexicon lex, List<String> words) {}

  private static final List<Pack> PACKS = packs();

  private static List<Pack> packs() {
    List<Pack> out = new ArrayList<>();
    for (Language l : Language.values()) {
      Lexicon lex = Lexicon.of(l);
      TreeSet<String> words = new TreeSet<>();
      for (WordList w : new WordList[] {WordList.DESIGNATORS, WordList.FIGURE_NOUNS,
          WordList.FISCAL_YEAR_PREFIXES, WordList.ORDINAL_ARTICLES, WordList.MODEL_VARIANTS,
          WordList.MONTH_NUMBER_WORDS, WordList.ERA_BC, WordList.HEDGES, WordList.WEEKDAYS,
          WordList.DESIGNATORS_WITHOUT_NAME, WordList.UNIT_STOPS, WordList.ORDINAL_ARTICLE_DECADES,
          WordList.ORDINAL_ARTICLE_CENTURIES, WordList.TIME_PREPOSITIONS, WordList.READING_TIME,
          WordList.SITE_COUNTERS, WordList.DISTRIBUTIVES, WordList.POSITION_COMPASS,
          WordList.POSITION_UNITS, WordList.POSITION_WORDS, WordList.COUNT_NOUNS,
          WordList.COUNTER_LINKS, WordList.COUNTER_NOUNS, WordList.CALENDAR_NAME_WORDS,
          WordList.OWN_CALENDAR_WORDS, WordList.DATE_FILLERS, WordList.YEAR_WORDS,
          WordList.DATE_HEDGES, WordList.HEDGE_PAIRS, WordList.TWO_SYLLABLE_HEADS,
          WordList.COMPOUND_ONLY_NUMERALS}) {
        words.addAll(lex.words(w));
      }
      words.addAll(AllPacks.CLOCK_ABBREVIATIONS);
      words.addAll(AllPacks.DIGIT_SUFFIXES);
      words.addAll(AllPacks.DIGIT_PREFIXES);
      words.addAll(AllPacks.CITATION_WORDS);
      words.addAll(AllPacks.DECADE_ENDINGS);
      words.addAll(org.factdrill.lang.LanguagePacks.allWords("diff-line-labels"));
      List<String> months = new ArrayList<>(lex.pack().monthForms().keySet());
      java.util.Collections.sort(months);
      for (int k = 0; k < months.size(); k += Math.max(1, months.size() / 12)) {
        words.add(months.get(k));
      }
      List<String> all = new ArrayList<>(words);
      for (int k = 0; k < 4; k++) {
        all.addAll(OWN);
      }
      out.add(new Pack(l, lex, all));
    }
    return out;
  }

  private static String digits(Random r) {
    String d = switch (r.nextInt(8)) {
      case 0, 1 -> Integer.toString(1 + r.nextInt(31));
      case 2 -> Integer.toString(r.nextInt(1000));
      case 3 -> "0" + r.nextInt(100);
      case 4 -> Integer.toString(900 + r.nextInt(1300)); // years and near-years
      case 5 -> r.nextBoolean() ? Integer.toString(r.nextInt(10_000_000))
          : (1000 + r.nextInt(1200)) + Integer.toString(r.nextInt(40)); // "198229": glued dates
      case 6 -> Integer.toString(r.nextInt(10));
      default -> Integer.toString(r.nextInt(100));
    };
    if (r.nextInt(12) == 0) { // the same digits in another script: Arabic-Indic, full width
      char zero = r.nextBoolean() ? '\u0660' : '\uFF10';
      StringBuilder b = new StringBuilder();
      for (char c : d.toCharArray()) {
        b.append((char) (zero + (c - '0')));
      }
      d = b.toString();
    }
    return d;
  }

  /** A text of digit runs, marks and the pack's words, glued or apart, over several lines. */
  private static String text(Pack p, Random r) {
    StringBuilder b = new StringBuilder();
    String prefixes = p.lex.pack().prefixes();
    for (int k = 2 + r.nextInt(40); k > 0; k--) {
      int kind = r.nextInt(10);
      String w = kind < 4 ? digits(r) : kind < 7 ? MARKS.get(r.nextInt(MARKS.size()))
          : p.words.get(r.nextInt(p.words.size()));
      if (kind >= 7) {
        if (!prefixes.isEmpty() && r.nextInt(6) == 0) {
          w = prefixes.charAt(r.nextInt(prefixes.length())) + (r.nextBoolean() ? "-" : "") + w;
        }
        switch (r.nextInt(6)) {
          case 0 -> w = w.toUpperCase(Locale.ROOT);
          case 1 -> w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
          default -> { }
        }
      }
      b.append(w).append(GAPS.get(r.nextInt(GAPS.size())));
    }
    return b.toString();
  }

  @Test
  void theRulesStillBlockTheirCases() {
    Lexicon en = Lexicon.of(Language.EN);
    for (String text : List.of("the gardener,1 who", "T-72 tanks", "a G20 meeting", "9K33 and",
        "the Boeing 747 flew", "40.7128, -74.0060 here", "at 10:30 we", "at 7 pm", "1. First\n",
        "Section 907 says", "202-493-2251 call", "the '70s", "see [12] and", "mail@host12.org",
        "www.example.org/a/12", "737 MAX jets", "40\u00B0N", "slav4 and", "3\u00BA item",
        "\u2014 151 \u2014\n", "Line 171 \u2192 159:\nx", "\n1\n2\n3\n4\n5\n",
        "Photo 3 of 12\n", "1 / 7\nx", "the 41 degrees north")) {
      Toks t = marked(text, en);
      boolean any = false;
      for (int i = 0; i < t.size(); i++) {
        any |= t.isBlocked(i);
      }
      assertTrue(any, text);
    }
  }

  private static final WordList[] LISTS = {WordList.DESIGNATORS, WordList.HEDGES,
      WordList.DATE_HEDGES, WordList.HEDGE_PAIRS, WordList.POSITION_UNITS, WordList.POSITION_WORDS,
      WordList.POSITION_COMPASS, WordList.COUNTER_LINKS, WordList.COUNTER_NOUNS,
      WordList.CALENDAR_NAME_WORDS, WordList.OWN_CALENDAR_WORDS, WordList.DATE_FILLERS,
      WordList.YEAR_WORDS, WordList.MONTH_NUMBER_WORDS, WordList.UNIT_STOPS,
      WordList.DISTRIBUTIVES};

  /**
   * The word tests around a run read a word's characters through the lists' bit filters and
   * answer what the look-ups of its normal form answered: the designator test, the hedge test,
   * a list's words, entries and first words, at every index of the text and one past each end.
   */
  @Property(tries = 600, seed = "1616")
  void theWordTestsAnswerWhatTheNormalFormsLookUpsDid(@ForAll long seed) {
    Random r = new Random(seed);
    for (Pack p : PACKS) {
      String text = text(p, r);
      Toks now = Tokenizer.toks(text);
      Toks old = Tokenizer.toks(text);
      DateLists lists = p.lex.filtered();
      for (int i = -2; i <= old.size() + 1; i++) {
        String at = p.lang + " at " + i + " in: " + text;
        assertEquals(designator(old, i, p.lex), p.lex.designator(now, i), at);
        assertEquals(unit(old, i, p.lex), p.lex.unit(now, i), at);
        for (FactKind kind : new FactKind[] {FactKind.DATE, FactKind.NUMBER}) {
          if (i >= 0 && i < old.size()) {
            Match m = Match.of(i, i + 1, kind, null);
            assertEquals(hedged(old, m, p.lex), FactExtractor.hedged(now, m, p.lex), at);
          }
        }
        for (WordList l : LISTS) {
          String norm = old.norm(i);
          assertEquals(old.isWordTok(i) && p.lex.words(l).contains(norm), lists.has(l, now, i), at);
          assertEquals(p.lex.words(l).contains(norm), lists.holds(l, now, i), at);
          assertEquals(p.lex.starts(l).contains(norm), lists.startsEntry(l, now, i), at);
        }
        if (old.isWordTok(i)) {
          assertTrue(now.normEquals(i, old.norm(i)), at);
          assertEquals(false, now.normEquals(i, old.norm(i) + "a"), at);
        }
      }
    }
  }

  /** Lexicon.designator of main 2561de1, verbatim but for its field made here. */
  private static boolean designator(Toks t, int i, Lexicon lex) {
    java.util.Set<String> designators = lex.words(WordList.DESIGNATORS);
    java.util.Set<String> designatorEnds = new java.util.HashSet<>();
    for (String d : designators) {
      if (d.indexOf(' ') > 0) {
        designatorEnds.add(d.substring(d.lastIndexOf(' ') + 1));
      }
    }
    String w = t.norm(i);
    if (lex.prefixLength(w, designators::contains) >= 0) {
      return true;
    }
    if (!designatorEnds.contains(w)) {
      return false;
    }
    StringBuilder sb = new StringBuilder(w);
    for (int k = i - 1; k >= 0 && k >= i - 3 && t.isWordTok(k); k--) {
      sb.insert(0, ' ').insert(0, t.norm(k));
      if (designators.contains(sb.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Lexicon.unit of main 2561de1, verbatim but for the lexicon's fields read through it. */
  private static String unit(Toks t, int i, Lexicon lex) {
    Token tok = t.isWordTok(i) ? t.get(i) : null;
    if (tok == null || tok.newlinesBefore() > 0 || !tok.isWord() || tok.isCapitalized()
        || tok.norm().length() < 2 && !lex.pack().prefixes().isEmpty()
        || lex.words(WordList.UNIT_STOPS).contains(tok.norm())) {
      return null;
    }
    String w = tok.norm();
    if ((lex.month(w) > 0 || lex.number(w) != null)
        && !lex.words(WordList.COMPOUND_ONLY_NUMERALS).contains(w)) {
      return null;
    }
    Token next = t.get(i + 1);
    if (lex.words(WordList.TWO_SYLLABLE_HEADS).contains(w) && next != null && next.isWord()
        && next.gapBefore() && !next.isCapitalized()
        && !lex.words(WordList.UNIT_STOPS).contains(next.norm())) {
      return t.text.substring(tok.start(), next.end());
    }
    boolean adjective = false;
    for (String e : lex.words(WordList.ADJECTIVE_ENDINGS)) {
      adjective |= w.length() > e.length() + 2 && w.endsWith(e);
    }
    if (adjective && !lex.words(WordList.COUNT_NOUNS).contains(w) && next != null
        && next.gapBefore()) {
      String noun = unit(t, i + 1, lex);
      if (noun != null) {
        return noun;
      }
    }
    return tok.text();
  }

  /** FactExtractor.hedged of main 2561de1, verbatim. */
  private static boolean hedged(Toks t, Match m, Lexicon lex) {
    String w1 = t.norm(m.from() - 1);
    if (m.kind() == FactKind.DATE) {
      return lex.words(WordList.DATE_HEDGES).contains(w1);
    }
    if (lex.approximators().contains(w1)) {
      return true;
    }
    return lex.hedgePair(t.norm(m.from() - 2), w1);
  }

  /** The marking pipeline as the extractor runs it. */
  private static Toks marked(String text, Lexicon lex) {
    Toks now = Tokenizer.toks(text);
    NonFacts.mark(now, lex);
    MarkupNumbers.mark(now);
    NumberingLines.mark(now);
    ItemLines.mark(now, lex);
    OtherCalendarYears.mark(now, lex);
    TableLabels.mark(now, lex);
    ItemCounters.mark(now, lex);
    GluedDates.mark(now, lex);
    return now;
  }
}
