package org.factdrill.generate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A tally told in a line: after a colon or a semicolon (or opening the sentence), an optional
 * label of a few words without a figure, then two or more items that are each a figure and a
 * few words ("Losses: three gunboats, two barges and 140 men.", "…; French losses, 2 frigates,
 * 4 sloops, 900 killed."), and nothing else to the sentence's end. It holds no verb: it is a row
 * of a table of losses or forces written out, and a figure in it is a cell, not the fact of a
 * clause, so it is not asked. Items are split at commas, semicolons and the packs' list
 * conjunctions ({@link GiveawayWords#LIST_JOINS}).
 */
final class Tallies {
  private static final Pattern SPLIT = Pattern.compile(
      "\\s*(?:(?<!\\d),(?!\\d)|" + GiveawayWords.LIST_JOINS + ")\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");
  /** Words a label or an item's noun holds at most. */
  private static final int LABEL_WORDS = 4;
  private static final int ITEM_WORDS = 3;

  private Tallies() {}

  /** True when the figure {@code f} is an item of a tally that ends its sentence. */
  static boolean cell(Language lang, String text, Fact f, Span sentence,
      List<Fact> sameSentence) {
    if (!(f.value() instanceof Value.Num)) {
      return false;
    }
    int from = sentence.start();
    for (int k = f.start() - 1; k >= sentence.start(); k--) {
      char c = text.charAt(k);
      if (c == ':' || c == ';') {
        from = k + 1;
        break;
      }
    }
    String seg = text.substring(from, sentence.end()).replaceFirst("[\\s.!]+$", "");
    if (seg.indexOf(':') >= 0 || seg.indexOf(';') >= 0) {
      return false; // a second clause after the tally
    }
    Matcher m = SPLIT.matcher(seg);
    int at = 0;
    int items = 0;
    boolean blankIn = false;
    boolean first = true;
    while (at <= seg.length()) {
      boolean found = m.find();
      int end = found ? m.start() : seg.length();
      int partStart = from + at + (seg.substring(at, end).length()
          - seg.substring(at, end).stripLeading().length());
      String part = seg.substring(at, end).strip();
      Fact lead = figureAt(partStart, f, sameSentence);
      int noun = lead != null ? lead.end() : numberWordEnd(lang, text, partStart);
      String rest = noun >= 0 && noun <= from + end ? text.substring(noun, from + end) : null;
      if (rest != null && org.factdrill.text.WordCount.of(rest) <= ITEM_WORDS && !rest.matches("(?s).*\\d.*")) {
        items++;
        blankIn |= lead == f;
      } else if (!(first && !part.matches("(?s).*\\d.*")
          && org.factdrill.text.WordCount.of(part) <= LABEL_WORDS)) {
        return false;
      }
      first = false;
      if (!found) {
        break;
      }
      at = m.end();
    }
    return blankIn && items >= 2;
  }

  /** The figure fact that opens the item starting at {@code start}, or null. */
  private static Fact figureAt(int start, Fact f, List<Fact> sameSentence) {
    if (f.start() == start) {
      return f;
    }
    for (Fact o : sameSentence) {
      if (o.start() == start && o.value() instanceof Value.Num) {
        return o;
      }
    }
    return null;
  }

  /** The end of the pack's number word ("two") opening the item at {@code start}, or -1. */
  private static int numberWordEnd(Language lang, String text, int start) {
    Matcher w = WORD.matcher(text).region(start, text.length());
    return w.lookingAt() && lang.pack().numerals().containsKey(
        w.group().toLowerCase(java.util.Locale.ROOT)) ? w.end() : -1;
  }
}
