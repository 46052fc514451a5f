package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A whole broken into equal parts, told in one sentence with a distributive word (pack list
 * {@code distributives}: "each", "mỗi", "כל"): "2,400 men in 16 companies of 150 each", "12
 * đội, mỗi đội có 250 lính, khoảng 3.000 người". The whole is the number of parts times
 * each part's size, so any one of the three counts follows from the other two and none is asked.
 * A count written as a range stands for all its values; a hedged count ("about", "khoảng")
 * reaches {@link HedgeMargin#ABOUT} either side.
 */
final class Breakdowns {
  private static final Map<Language, Pattern> WORDS = LangWords.perLanguage(Breakdowns::compile);

  private Breakdowns() {}

  /** An interval of values a count may take. */
  private record Reach(double lo, double hi) {
    boolean meets(Reach o) {
      return lo <= o.hi && o.lo <= hi;
    }

    Reach times(Reach o) {
      return new Reach(lo * o.lo, hi * o.hi);
    }
  }

  private static Pattern compile(Language lang) {
    String words = LangWords.alternation(lang, "distributives");
    return words == null ? null : Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + words
        + ")(?![\\p{L}\\p{M}])");
  }

  /** True when count {@code f} is the product of two other counts of its sentence, or a factor. */
  static boolean determined(Language lang, String text, Fact f, Span sentence,
      List<Fact> sameSentence) {
    Reach x = reach(f);
    Pattern p = WORDS.get(lang);
    if (x == null || p == null || sameSentence.size() < 2) {
      return false;
    }
    List<Reach> others = new ArrayList<>();
    for (Fact o : sameSentence) {
      Reach r = o == f ? null : reach(o);
      if (r != null) {
        others.add(r);
      }
    }
    if (others.size() < 2 || !p.matcher(text).region(sentence.start(), sentence.end()).find()) {
      return false;
    }
    for (int i = 0; i < others.size(); i++) {
      for (int j = 0; j < others.size(); j++) {
        if (i != j && (j > i && x.meets(others.get(i).times(others.get(j)))
            || others.get(j).meets(x.times(others.get(i))))) {
          return true; // x = a·b, or b = x·a
        }
        for (int l = 0; l < others.size(); l++) {
          if (l != i && l != j && i != j && oneOtherPart(x, others.get(i), others.get(j),
              others.get(l))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True when {@code x} is the one part unlike the others of a whole {@code whole} in {@code n}
   * parts of {@code each} ("12 companies of 250, the first of 400", about 3,100): the whole is
   * about n·each, and (n − 1)·each + x.
   */
  private static boolean oneOtherPart(Reach x, Reach n, Reach each, Reach whole) {
    return n.lo >= 2 && whole.meets(n.times(each))
        && whole.meets(new Reach((n.lo - 1) * each.lo + x.lo, (n.hi - 1) * each.hi + x.hi));
  }

  /** The values a count may take: its range, widened under a hedge; null for no count above 1. */
  private static Reach reach(Fact f) {
    if (f.kind() != FactKind.NUMBER) {
      return null;
    }
    double lo;
    double hi;
    if (f.value() instanceof Value.Num n) {
      lo = n.value().doubleValue();
      hi = lo;
    } else if (f.value() instanceof Value.NumRange r) {
      lo = r.lo().doubleValue();
      hi = r.hi().doubleValue();
    } else {
      return null;
    }
    if (lo <= 1) {
      return null; // a part of one is no breakdown
    }
    double m = f.approx() ? HedgeMargin.ABOUT : 0;
    return new Reach(lo * (1 - m), hi * (1 + m));
  }
}
