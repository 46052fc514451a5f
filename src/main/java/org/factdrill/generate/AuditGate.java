package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Document;

/**
 * The bank auditor's checks ({@link BankAudit}) run on each question the generator makes, before
 * it is written: a question a teacher never keeps for a reason a program can see (a date answer
 * without its year, an unresolved relative time, a dangling pronoun, a hedge-true option, a
 * prefix in the blank, layout in the prompt, mis-decoded letters) is left out and reported under
 * its category, never dropped silently. Once per question, not per fact or token.
 */
final class AuditGate {
  private final BankAudit audit = new BankAudit();

  /**
   * Removes from {@code questions}, at index {@code from} and after (one document's questions),
   * every question the auditor flags, reporting each under its first fault's category; the
   * others keep their order (and their ids: an id is made from the card, never from position).
   */
  void screen(List<Question> questions, int from, Document doc, Report report) {
    List<Question> kept = new ArrayList<>(questions.size() - from);
    List<BankAudit.Hit> hits = new ArrayList<>();
    for (Question q : questions.subList(from, questions.size())) {
      hits.clear();
      audit.audit(doc.source(), q, hits);
      if (hits.isEmpty()) {
        kept.add(q);
      } else {
        report.skip(skipped(doc, q, hits.get(0)));
      }
    }
    if (kept.size() < questions.size() - from) {
      questions.subList(from, questions.size()).clear();
      questions.addAll(kept);
    }
  }

  private static Report.Skipped skipped(Document doc, Question q, BankAudit.Hit hit) {
    Question.FactRef f = q.facts().isEmpty() ? null : q.facts().get(0);
    return new Report.Skipped(doc.source(), f == null ? 0 : f.start(), f == null ? 0 : f.end(),
        f == null ? "" : f.text(), q.type().json(), reason(hit.category()),
        hit.span().replace('\n', ' '));
  }

  /** The report's reason for a fault of {@code c}: one reason per category. */
  static SkipReason reason(BankAudit.Category c) {
    return switch (c) {
      case NO_YEAR -> SkipReason.AUDIT_NO_YEAR;
      case RELATIVE -> SkipReason.AUDIT_RELATIVE;
      case PRONOUN -> SkipReason.AUDIT_PRONOUN;
      case HEDGE -> SkipReason.AUDIT_HEDGE;
      case PREFIX -> SkipReason.AUDIT_PREFIX;
      case NOISE -> SkipReason.AUDIT_NOISE;
      case MOJIBAKE -> SkipReason.AUDIT_MOJIBAKE;
    };
  }
}
