package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Prompts that hand the student the answer in other ways than stating it: the other end of a
 * range written next to the blank ("from 15 to _____"), a list right after the blank that can be
 * counted ("_____ republics (Armenia, Azerbaijan and Georgia)"), or other figures of the sentence
 * that add up to it (parts of a stated total, shares that make 100 %).
 */
final class Giveaways {
  /** A range connector between two figures: "to", "–", "-", "and" (after between), "đến", "עד". */
  static final Pattern RANGE_BEFORE = Pattern.compile(
      "(?iu)\\p{N}[\\p{N},.]*\\s*(?:%|" + GiveawayWords.PERCENT + ")?\\s*(?:–|—|-|"
          + GiveawayWords.CONNECTORS + ")\\s*$");
  static final Pattern RANGE_AFTER = Pattern.compile(
      "(?iu)^\\s*(?:%|" + GiveawayWords.PERCENT + ")?\\s*(?:–|—|-|" + GiveawayWords.CONNECTORS
          + ")\\s*\\p{N}");
  private static final Pattern LIST_OPEN = Pattern.compile("^\\s*[\\p{L}\\s-]{0,30}?[(:]");
  static final Pattern LIST_SPLIT = Pattern.compile(
      "\\s*(?:,|;|" + GiveawayWords.LIST_JOINS + ")\\s*");

  private Giveaways() {}

  /** Why the fact's prompt gives it away, or null. */
  static SkipReason check(String text, Fact f, Span sentence, List<Fact> sameSentence) {
    return check(null, text, f, sentence, sameSentence);
  }

  /** Why the fact's prompt gives it away, or null; {@code lang} gives the list conjunction. */
  static SkipReason check(Language lang, String text, Fact f, Span sentence,
      List<Fact> sameSentence) {
    String before = text.substring(Math.max(sentence.start(), f.start() - 25), f.start());
    String after = text.substring(f.end(), Math.min(sentence.end(), f.end() + 25));
    if (!(f.value() instanceof Value.Date) && (RANGE_BEFORE.matcher(before).find()
        || RANGE_AFTER.matcher(after).find()
        || lang != null && RangeNeighbours.besideBlank(lang, text, f.start(), f.end(), sentence))) {
      return SkipReason.RANGE_END;
    }
    if (NameYears.askedBesideOwnDates(lang, text, f, sameSentence)) {
      return SkipReason.NAME_YEAR; // "the War of _____ … lasted from D1 to D2"
    }
    if (f.value() instanceof Value.Date && (Periods.bracketedEnd(text, f, sameSentence)
        || Periods.dayOfSpan(text, f, sameSentence))) {
      return SkipReason.RANGE_END; // "The war (_____–1865)": see Periods.bracketedEnd
    }
    if (SharedYearLists.earlierItem(text, f, sameSentence)) {
      return SkipReason.LIST_YEAR;
    }
    if (f.value() instanceof Value.Num n && (countedList(text, f, sentence, n.value())
        || lang != null && CountedSeries.counts(lang, text, f, sentence, n.value())
        || lang != null && NamedSeries.counts(lang, text, f, sentence, n.value()))) {
      return SkipReason.COUNTABLE_LIST;
    }
    List<Fact> figures = Conversions.without(text, sameSentence);
    if (sumsUp(f, ParallelAsides.parts(text, f, figures)) || changeOf(f, figures)
        || lang != null && YearSpans.determined(lang, text, f, sameSentence)
        || lang != null && Breakdowns.determined(lang, text, f, sentence, sameSentence)) {
      return SkipReason.SUM_OF_PARTS;
    }
    return null;
  }

  /**
   * True when the fact is one of three figures of the sentence that determine each other as a
   * change: two amounts of one kind and the percentage by which one differs from the other
   * ("3,019 votes, a 28% decrease from 4,170"). Any one of them follows from the other two; the
   * arithmetic, not the wording, decides (within one percentage point, the rounding of text),
   * with the base written within 40 characters of the percentage.
   */
  static boolean changeOf(Fact f, List<Fact> sameSentence) {
    List<Fact> percents = new ArrayList<>();
    List<Fact> amounts = new ArrayList<>();
    List<Fact> all = new ArrayList<>(sameSentence);
    all.add(f);
    for (Fact o : all) {
      if (o.kind() == FactKind.PERCENT && number(o) != null) {
        percents.add(o);
      } else if (o.kind() != FactKind.DATE && o.kind() != FactKind.PERCENT && number(o) != null
          && number(o).signum() > 0) {
        amounts.add(o);
      }
    }
    if (percents.isEmpty() || amounts.size() < 2 || amounts.size() > 8) {
      return false;
    }
    for (Fact p : percents) {
      double pct = number(p).doubleValue();
      for (Fact a : amounts) {
        for (Fact b : amounts) {
          if (a == b || a.kind() != b.kind()) {
            continue;
          }
          double from = number(a).doubleValue();
          double to = number(b).doubleValue();
          double change = Math.abs(to - from) / from * 100;
          // The base the change is counted from is written next to the percentage ("a 28%
          // decrease from the 4,170", "from 40 to 50, a 25% rise"): a figure far away that
          // happens to fit is no part of it.
          boolean near = Math.min(Math.abs(a.start() - p.end()), Math.abs(p.start() - a.end()))
              <= 40;
          if (pct > 0 && near && Math.abs(change - pct) <= 1.0 && (f.end() == p.end()
              || f.end() == a.end() || f.end() == b.end())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A small count followed, within its clause, by a list of exactly that many items. */
  static boolean countedList(String text, Fact f, Span sentence, BigDecimal count) {
    if (count.scale() > 0 || count.compareTo(BigDecimal.valueOf(2)) < 0
        || count.compareTo(BigDecimal.valueOf(12)) > 0) {
      return false;
    }
    String rest = text.substring(f.end(), sentence.end());
    var m = LIST_OPEN.matcher(rest);
    if (!m.find()) {
      return false;
    }
    char open = rest.charAt(m.end() - 1);
    int close = open == '(' ? rest.indexOf(')', m.end()) : rest.length();
    if (close < 0) {
      return false;
    }
    String body = rest.substring(m.end(), close).replaceAll("[.!?…]+\\s*$", "").strip();
    if (body.isEmpty()) {
      return false;
    }
    int items = 0;
    for (String part : LIST_SPLIT.split(body)) {
      if (!part.isBlank()) {
        items++;
      }
    }
    return items == count.intValue();
  }

  /**
   * True when other figures of the sentence (same kind) determine this one: some of them sum to
   * it, it and some of them sum to another (a total), or with them it makes 100 percent.
   */
  static boolean sumsUp(Fact f, List<Fact> sameSentence) {
    BigDecimal answer = number(f);
    if (answer == null || answer.signum() <= 0) {
      return false;
    }
    List<BigDecimal> others = new ArrayList<>();
    for (Fact o : sameSentence) {
      BigDecimal x = o == f || o.kind() != f.kind() ? null : number(o);
      if (x != null && x.signum() > 0) {
        others.add(x);
      }
    }
    if (others.isEmpty() || others.size() > 8) {
      return false;
    }
    if (f.kind() == FactKind.PERCENT) {
      BigDecimal sum = answer;
      for (BigDecimal x : others) {
        sum = sum.add(x);
      }
      if (sum.compareTo(BigDecimal.valueOf(100)) == 0) {
        return true;
      }
    }
    int n = others.size();
    for (int mask = 1; mask < 1 << n; mask++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        if ((mask & 1 << i) != 0) {
          sum = sum.add(others.get(i));
        }
      }
      if (Integer.bitCount(mask) >= 2 && sum.compareTo(answer) == 0) {
        return true;
      }
      for (int t = 0; t < n; t++) {
        if ((mask & 1 << t) == 0 && sum.add(answer).compareTo(others.get(t)) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static BigDecimal number(Fact f) {
    if (f.value() instanceof Value.Num n) {
      return n.value();
    }
    if (f.value() instanceof Value.Money m && m.amount() instanceof Value.Num n) {
      return n.value();
    }
    return null;
  }
}
