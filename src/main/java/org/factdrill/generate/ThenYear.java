package org.factdrill.generate;

import java.util.List;
import java.util.TreeSet;
import org.factdrill.text.Span;

/**
 * The year of a time that points back ("at that time", "by then", "bấy giờ", "lúc đó", "אז",
 * "באותה עת"): the time its own sentence states before it, else the one year the sentence
 * before it states. When that sentence states none, or several (a period, two events), the
 * time is not resolved and the fact is not asked: the prompt would point outside itself.
 */
final class ThenYear {
  private ThenYear() {}

  /** The year {@code r} means; other kinds of relative time resolve as {@link RelativeTime} does. */
  static RelativeTime.Resolved resolve(RelativeTime relative, RelativeTime.Found r,
      Stem.DocState st, Span s) {
    if (r.kind() != RelativeTime.Kind.THEN) {
      return relative.resolve(r, st.anchors());
    }
    // The phrase may stand in the sentence before, already shown with this one.
    Span host = r.start() >= s.start() ? s : st.context().previous(s);
    if (host == null) {
      return new RelativeTime.Resolved(r, -1, null);
    }
    List<TimeAnchors.Anchor> own = st.anchors().between(host.start(), r.start());
    if (!own.isEmpty()) {
      return only(r, own.subList(own.size() - 1, own.size()));
    }
    Span prev = st.context().previous(host);
    if (prev == null || st.context().isLayout(prev)) {
      return new RelativeTime.Resolved(r, -1, null);
    }
    return only(r, st.anchors().between(prev.start(), prev.end()));
  }

  /** The one year the anchors state (a period states two), or an unresolved result. */
  private static RelativeTime.Resolved only(RelativeTime.Found r, List<TimeAnchors.Anchor> as) {
    TreeSet<Integer> years = new TreeSet<>();
    TimeAnchors.Anchor one = null;
    for (TimeAnchors.Anchor a : as) {
      if (AnchorDoubts.countsNothing(a.doubt())) {
        continue; // a citation's or another calendar's year is no time of the story
      }
      years.add(a.year());
      years.add(a.firstYear());
      one = a;
    }
    return years.size() == 1 ? new RelativeTime.Resolved(r, one.year(), one)
        : new RelativeTime.Resolved(r, -1, null);
  }
}
