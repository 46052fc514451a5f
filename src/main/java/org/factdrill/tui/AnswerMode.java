package org.factdrill.tui;

import org.factdrill.bank.Question;

/** How a student answers a question on the study screen. */
enum AnswerMode {
  /** Types the answer (cloze, years between two events, a period's length). */
  TYPED,
  /** Picks one of the numbered items (choice, which happened first). */
  PICK,
  /** Presses t or f. */
  TRUE_FALSE,
  /** Picks the items one by one, earliest first (timeline). */
  ORDER;

  static AnswerMode of(Question q) {
    return q.accept(new Question.Visitor<AnswerMode, RuntimeException>() {
      @Override
      public AnswerMode cloze(Question.Cloze c) {
        return TYPED;
      }

      @Override
      public AnswerMode choice(Question.Choice c) {
        return PICK;
      }

      @Override
      public AnswerMode trueFalse(Question.TrueFalse t) {
        return TRUE_FALSE;
      }

      @Override
      public AnswerMode timeline(Question.Timeline t) {
        return ORDER;
      }

      @Override
      public AnswerMode whichFirst(Question.WhichFirst w) {
        return PICK;
      }

      @Override
      public AnswerMode yearsBetween(Question.YearsBetween y) {
        return TYPED;
      }

      @Override
      public AnswerMode duration(Question.Duration d) {
        return TYPED;
      }
    });
  }
}
