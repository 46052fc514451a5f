package org.factdrill.export;

import org.factdrill.bank.Question;

/**
 * The per-type part of an export format. Formats write three shapes: a typed answer (cloze, and
 * the chronology questions that ask for a number of years, graded with
 * {@link Items#expected}), a choice (a "which happened first?" is a choice between its two
 * events) and their own true/false and timeline items. A format overrides a chronology method
 * when it can say more than these shapes, or throws {@link Unsupported} with its reason.
 */
public abstract class FormatVisitor<R> implements Question.Visitor<R, Unsupported> {

  /** A question answered by typing: a cloze, years between two events, a period's length. */
  protected abstract R typed(Question q) throws Unsupported;

  @Override
  public R cloze(Question.Cloze q) throws Unsupported {
    return typed(q);
  }

  @Override
  public R whichFirst(Question.WhichFirst q) throws Unsupported {
    return choice(Items.asChoice(q));
  }

  @Override
  public R yearsBetween(Question.YearsBetween q) throws Unsupported {
    return typed(q);
  }

  @Override
  public R duration(Question.Duration q) throws Unsupported {
    return typed(q);
  }
}
