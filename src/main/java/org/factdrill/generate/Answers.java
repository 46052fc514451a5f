package org.factdrill.generate;

import org.factdrill.bank.AnswerValue;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.extract.Values;

/** A fact's extracted value as a bank's typed answer value. */
final class Answers {
  private Answers() {}

  static AnswerValue of(FactKind kind, Value v) {
    if (v instanceof Value.Date d) {
      return new AnswerValue.Date(d.iso());
    }
    if (v instanceof Value.Money m) {
      return new AnswerValue.Money(of(FactKind.NUMBER, m.amount()), m.currency());
    }
    if (v instanceof Value.NumRange r) {
      return new AnswerValue.Range(Values.canonical(r.lo()), Values.canonical(r.hi()));
    }
    Value.Num n = (Value.Num) v;
    return kind == FactKind.PERCENT ? new AnswerValue.Percent(Values.canonical(n.value()))
        : new AnswerValue.Number(Values.canonical(n.value()));
  }
}
