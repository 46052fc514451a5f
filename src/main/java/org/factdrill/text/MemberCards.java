package org.factdrill.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum's member card: the poster's user id, join date, post count and score printed before
 * every post, as a run of "label / figure" lines (a short label line, then its value line, or
 * "Label: value" on one line). An article's data box is printed once, or its columns one after
 * another; the same run of labels printed again after a post (a paragraph of prose) is the
 * site's interface, so both runs are chrome, whose figures are no facts. Language-neutral: the labels are whatever the site wrote.
 */
final class MemberCards {
  /** A label or a value of a card has at most this many words. */
  private static final int SHORT = 4;
  /** A card shows at least this many labelled values. */
  private static final int MIN_PAIRS = 2;
  /** A post between two cards has at least this many words. */
  private static final int POST_WORDS = 12;
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** A label line ends in a colon or in a letter: no sentence's final stop, no figure. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]\\s*$");
  private static final Pattern TRAILING_COLON = Pattern.compile("\\s*[:：]\\s*$");
  private static final Pattern ONE_LINE = Pattern.compile("^([^:：\\d]{1,40}?)\\s*[:：]\\s+(\\S.*)$");

  private MemberCards() {}

  /** One run of card lines: blocks {@code from} to {@code to} (exclusive) with these labels. */
  private record Run(int from, int to, List<String> labels) {}

  /** Reclassifies the runs of card lines among {@code blocks} as chrome, in place. */
  static void mark(String text, List<Block> blocks) {
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < blocks.size(); ) {
      Run r = runAt(text, blocks, i);
      if (r == null) {
        i++;
      } else {
        runs.add(r);
        i = r.to();
      }
    }
    // The same labels again after a post: the card of each poster. Runs of the same labels with
    // no post between are one box's columns (each side of a war's losses), the article's data.
    Map<List<String>, Run> last = new HashMap<>();
    for (Run r : runs) {
      Run before = last.put(r.labels(), r);
      if (before != null && postBetween(text, blocks, before.to(), r.from())) {
        chrome(blocks, before);
        chrome(blocks, r);
      }
    }
  }

  private static void chrome(List<Block> blocks, Run r) {
    for (int k = r.from(); k < r.to(); k++) {
      Block b = blocks.get(k);
      blocks.set(k, new Block(b.span(), LineClass.CHROME, b.origin()));
    }
  }

  /** True when a block of prose as long as a post stands among blocks {@code from}..{@code to}. */
  private static boolean postBetween(String text, List<Block> blocks, int from, int to) {
    for (int k = from; k < to; k++) {
      Block b = blocks.get(k);
      if (b.cls() == LineClass.PROSE && LayoutClassifier.words(b.of(text)) >= POST_WORDS) {
        return true;
      }
    }
    return false;
  }

  /** The run of card lines starting at block {@code i}, or null. */
  private static Run runAt(String text, List<Block> blocks, int i) {
    List<String> labels = new ArrayList<>();
    int figures = 0;
    int k = i;
    while (k < blocks.size()) {
      String s = blocks.get(k).of(text).strip();
      Matcher one = ONE_LINE.matcher(s);
      if (LayoutClassifier.words(s) <= 2 * SHORT && one.matches()
          && LayoutClassifier.words(one.group(1)) <= SHORT
          && LayoutClassifier.words(one.group(2)) <= SHORT) {
        labels.add(label(one.group(1)));
        figures += DIGIT.matcher(one.group(2)).find() ? 1 : 0;
        k++;
        continue;
      }
      if (k + 1 < blocks.size() && isLabel(s)) {
        String v = blocks.get(k + 1).of(text).strip();
        if (LayoutClassifier.words(v) <= SHORT && DIGIT.matcher(v).find()
            && !SENTENCE_END.matcher(v).find()) {
          labels.add(label(s));
          figures++;
          k += 2;
          continue;
        }
      }
      break;
    }
    return labels.size() >= MIN_PAIRS && figures >= MIN_PAIRS ? new Run(i, k, labels) : null;
  }

  /** A label line: a few words, no figure, no sentence's final stop. */
  private static boolean isLabel(String s) {
    return !s.isEmpty() && LayoutClassifier.words(s) <= SHORT && !DIGIT.matcher(s).find()
        && !SENTENCE_END.matcher(s).find();
  }

  private static String label(String s) {
    return TRAILING_COLON.matcher(s.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
  }
}
