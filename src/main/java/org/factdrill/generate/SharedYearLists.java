package org.factdrill.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * A list of months or days that share one year, written once after the last item ("in March,
 * April, and May 1937", "on 3, 9 and 14 June 1840"): an earlier item is no date of its own, the
 * list is one fact. Asked alone, the item would stand with the list's year put beside it, and the
 * rest of the list would read as other facts; the item is not asked (the last item, its year
 * written, is asked with the whole list shown).
 */
final class SharedYearLists {
  /** A joint between two items is at most this long (", April, and "). */
  private static final int JOINER = 60;
  /** The words of every pack's month forms, lower-cased. */
  private static final Set<String> MONTH_WORDS = monthWords();

  private SharedYearLists() {}

  /** True when f is an item, written without its year, of a list whose last item writes it. */
  static boolean earlierItem(String text, Fact f, List<Fact> sameSentence) {
    if (!(f.value() instanceof Value.Date d) || d.isRange() || writesYear(f, d.year())) {
      return false;
    }
    Fact cur = f;
    while (true) {
      Fact next = nextDate(cur, sameSentence);
      if (next == null || !(next.value() instanceof Value.Date nd) || nd.year() != d.year()
          || nd.isRange() || !joins(text, cur.end(), next.start())) {
        return false;
      }
      if (writesYear(next, d.year())) {
        return true;
      }
      cur = next;
    }
  }

  private static boolean writesYear(Fact f, int year) {
    return f.text().contains(String.valueOf(year));
  }

  private static Fact nextDate(Fact cur, List<Fact> sameSentence) {
    Fact best = null;
    for (Fact o : sameSentence) {
      if (o.start() >= cur.end() && o.value() instanceof Value.Date
          && (best == null || o.start() < best.start())) {
        best = o;
      }
    }
    return best;
  }

  /**
   * The gap is a list's joint: commas, the packs' list-and words ("and", "và"), and items the
   * extraction left out of the facts (a month's name, a day's number).
   */
  private static boolean joins(String text, int from, int to) {
    if (to - from > JOINER) {
      return false;
    }
    String gap = text.substring(from, to).strip();
    if (gap.isEmpty()) {
      return false; // "March 1937": one date, not a list
    }
    for (String w : gap.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (!w.isEmpty() && !ListCommas.LIST_AND.contains(w) && !MONTH_WORDS.contains(w)
          && !(w.length() <= 2 && w.chars().allMatch(Character::isDigit))) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> monthWords() {
    Set<String> out = new HashSet<>();
    for (LanguagePack p : LanguagePacks.all()) {
      p.monthForms().keySet().forEach(m -> out.addAll(List.of(m.toLowerCase(Locale.ROOT)
          .split("\\s+"))));
    }
    return out;
  }
}
