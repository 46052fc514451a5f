package org.factdrill.generate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Document;

/**
 * Where a prompt starts when its sentence opens with a lead that belongs to the page, not to the
 * fact: a news dateline's place in capitals before a dash ("HARBOURTON -- Monday, …"), or a time
 * counted from the document's now ("Exactly 40 years ago, on 29 March 1973, …") or from a year
 * stated before ("Two years later, the fleet sailed on 3 May 1821") that a date of the sentence
 * restates. Both point outside the prompt and say nothing the rest does not.
 */
final class PromptLead {
  /** A word or two, then the comma that closes the relative time's phrase. */
  private static final Pattern COMMA = Pattern.compile("^[^,.;:]{0,12},\\s*");
  /** At most a preposition and an article ("on", "vào", "in the") between that comma and the date. */
  private static final int DATE_AFTER = 12;

  private final RelativeTime relative;

  PromptLead(RelativeTime relative) {
    this.relative = relative;
  }

  /** The prompt's start: {@code from}, or after the leads it opens with. */
  int start(Document doc, TimeAnchors anchors, List<Fact> facts, String text, int from, int to,
      Fact f) {
    return afterLeadingAgo(doc, anchors, facts, text, afterDateline(text, from, to, f), to, f);
  }

  /** After a news dateline's place and dash opening the paragraph at {@code from}, else {@code from}. */
  static int afterDateline(String text, int from, int to, Fact f) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
    if (from > 0 && !text.substring(lineStart, from).isBlank()) {
      return from;
    }
    int end = org.factdrill.text.Datelines.leadEnd(text.subSequence(from, to));
    return end > 0 && from + end <= f.start() ? from + end : from;
  }

  /**
   * After a time counted from the document's now or from the year before it that opens the
   * sentence ("Exactly 40 years ago, …", "Two years later, …"), when the date right after its comma is in the year it names: the blank's own date (then,
   * resolved, it would give the answer away) or another date of the sentence (then it only points
   * outside the prompt). Else {@code from} unchanged.
   */
  private int afterLeadingAgo(Document doc, TimeAnchors anchors, List<Fact> facts, String text,
      int from, int to, Fact f) {
    int lead = from;
    while (lead < to && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    for (RelativeTime.Found r : relative.find(doc.lang(), text, lead, to)) {
      // A word or two may lead it ("Exactly 40 years ago").
      if (!text.substring(lead, r.start()).matches("[\\p{L}\\p{M} ]{0,12}") || r.end() >= f.start()
          || r.kind() != RelativeTime.Kind.AGO && r.kind() != RelativeTime.Kind.DOC
          && r.kind() != RelativeTime.Kind.PREV && r.kind() != RelativeTime.Kind.AFTER) {
        break;
      }
      RelativeTime.Resolved rr = relative.resolve(r, anchors);
      Matcher comma = COMMA.matcher(text.substring(r.end(), f.start()));
      if (!rr.ok() || !comma.find()) {
        break;
      }
      int after = r.end() + comma.end();
      if (f.value() instanceof Value.Date d && d.year() > 0 && d.year() == rr.year()
          || facts.stream().anyMatch(g -> inYear(g, rr.year())
          && g.start() >= after && g.start() - after <= DATE_AFTER && g.end() <= to)) {
        return after;
      }
      break;
    }
    return from;
  }

  private static boolean inYear(Fact f, int year) {
    return f.value() instanceof Value.Date d && !d.isRange() && d.year() > 0 && d.year() == year;
  }
}
