package org.factdrill.generate;

import java.util.List;
import java.util.TreeSet;
import org.factdrill.text.Span;

/**
 * The year of a time that points back ("at that time", "by then", "bấy giờ", "lúc đó", "אז",
 * "באותה עת"): the time its own sentence states before it, else the first time it states
 * after it (a period from its first year), else the one year the sentence before it states. When that sentence states none, or several (a period, two events), the
 * time is not resolved and the fact is not asked: the prompt would point outside itself. A
 * statement's "from now on" is the time its own sentence states before it, else the one year of
 * the sentence before, else the document's date.
 */
final class ThenYear {
  private ThenYear() {}

  /** The year {@code r} means; other kinds of relative time resolve as {@link RelativeTime} does. */
  static RelativeTime.Resolved resolve(RelativeTime relative, RelativeTime.Found r,
      Stem.DocState st, Span s) {
    // The phrase may stand in the sentence before, already shown with this one.
    Span host = r.start() >= s.start() ? s : st.context().previous(s);
    if (r.kind() == RelativeTime.Kind.SPAN) {
      return host == null ? new RelativeTime.Resolved(r, -1, null) : stated(r, st, host);
    }
    if (r.kind() == RelativeTime.Kind.NOW && host != null) {
      // "ngày 7 tháng 4 năm 1832, vua tuyên chiếu rằng từ nay …", "Năm 1832, vua ban chiếu. Từ
      // nay …": the decree's own time, stated before it; else the document's date (below).
      List<TimeAnchors.Anchor> own = st.anchors().between(host.start(), r.start());
      if (!own.isEmpty()) {
        return only(r, own.subList(own.size() - 1, own.size()));
      }
      Span prev = st.context().previous(host);
      if (prev != null && !st.context().isLayout(prev)) {
        RelativeTime.Resolved before = only(r, st.anchors().between(prev.start(), prev.end()));
        if (before.ok()) {
          return before;
        }
      }
    }
    if (r.kind() != RelativeTime.Kind.THEN) {
      RelativeTime.Resolved res = relative.resolve(r, st.anchors());
      return res.ok() || host == null ? res : fromParagraphBefore(r, st, host, res);
    }
    if (host == null) {
      return new RelativeTime.Resolved(r, -1, null);
    }
    List<TimeAnchors.Anchor> own = st.anchors().between(host.start(), r.start());
    if (!own.isEmpty()) {
      RelativeTime.Resolved last = only(r, own.subList(own.size() - 1, own.size()));
      TimeAnchors.Anchor a = own.get(own.size() - 1);
      // "who served from 1702 to 1738, under the titles used at the time": its own sentence's
      // period, from its first year (the sentence writes it, so nothing is inserted).
      return last.ok() || r.start() < s.start() || AnchorDoubts.countsNothing(a.doubt()) ? last
          : new RelativeTime.Resolved(r, a.firstYear() > 0 ? a.firstYear() : a.year(), a);
    }
    TimeAnchors.Anchor later = r.start() >= s.start() && insideClause(st, s, r)
        ? firstStated(st, r.end(), s.end()) : null;
    if (later != null) {
      // "The town, called Tolmberg at the time, was granted a charter in 1702", "the titles used
      // at the time" in a sentence of a period: the time its own sentence gives after it (a
      // period from its first year), never the sentence before's.
      return new RelativeTime.Resolved(r, later.firstYear() > 0 ? later.firstYear()
          : later.year(), later);
    }
    Span prev = st.context().previous(host);
    if (prev == null || st.context().isLayout(prev)) {
      return new RelativeTime.Resolved(r, -1, null);
    }
    return only(r, st.anchors().between(prev.start(), prev.end()));
  }

  /**
   * A time counted from the time before it ("a year before that", "the following year") that
   * opens a paragraph (after one word at most: "In the following year") counts from the one year the paragraph before ends with: its last sentence,
   * when that is prose right above (a news page breaks a story into one-sentence paragraphs). A
   * heading or caption between, a first sentence holding a year before the phrase, or a last
   * sentence stating several years leaves {@code res} unresolved.
   */
  private static RelativeTime.Resolved fromParagraphBefore(RelativeTime.Found r,
      Stem.DocState st, Span host, RelativeTime.Resolved res) {
    String lead = st.doc().text().substring(host.start(), r.start()).strip();
    if (r.kind() != RelativeTime.Kind.PREV && r.kind() != RelativeTime.Kind.AFTER
        || st.context().previous(host) != null
        || !lead.isEmpty() && (lead.split("\\s+").length > 1 || lead.matches(".*\\d.*"))) {
      return res; // mid-sentence it counts from its own clause's time, which is unknown here
    }
    Span above = st.context().paragraphBefore(host);
    if (above == null || st.context().isLayout(above)) {
      return res;
    }
    RelativeTime.Resolved one = only(r, st.anchors().between(above.start(), above.end()));
    return one.ok() ? RelativeTime.fromAnchor(r, one.evidence()) : res;
  }

  /**
   * A span ("over the next 40 years", "within two years", "shortly afterwards") counted from a
   * time the text may have stated far above: its clause is placed only when its own sentence
   * states a time, the nearest before it, else the first after it ("Shortly afterwards, on 5
   * May 1950"); never from the paragraph, which would show a start the text does not give.
   */
  private static RelativeTime.Resolved stated(RelativeTime.Found r, Stem.DocState st, Span host) {
    TimeAnchors.Anchor best = null;
    for (TimeAnchors.Anchor a : st.anchors().between(host.start(), host.end())) {
      if (!AnchorDoubts.countsNothing(a.doubt()) && (best == null || a.start() < r.start())) {
        best = a;
      }
    }
    return new RelativeTime.Resolved(r, best == null ? -1 : best.year(), best);
  }

  /**
   * True when words of its own clause stand before the phrase ("The town, called Tolmberg at the
   * time, …"): there it is the time the clause gives. Opening the sentence ("Since then, …", "At
   * that time, …", after one linking word at most) it points back to the time before.
   */
  private static boolean insideClause(Stem.DocState st, Span s, RelativeTime.Found r) {
    String before = st.doc().text().substring(s.start(), r.start()).strip();
    return !before.isEmpty() && before.split("\\s+").length >= 2;
  }

  /** The first time stated between {@code from} and {@code to} that dates a story, or null. */
  private static TimeAnchors.Anchor firstStated(Stem.DocState st, int from, int to) {
    for (TimeAnchors.Anchor a : st.anchors().between(from, to)) {
      if (!AnchorDoubts.countsNothing(a.doubt()) && !a.docDate() && a.year() > 0) {
        return a;
      }
    }
    return null;
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
