package org.factdrill.generate;

/** Why a fact (or one question form of it) was not turned into a question. */
public enum SkipReason {
  LAYOUT("a value in layout, not prose (heading, caption, byline, infobox, links, reference, "
      + "footnote)"),
  NO_SENTENCE("a value with no sentence around it"),
  TOO_LITTLE_CONTEXT("too little context around the value"),
  DUPLICATE("a duplicate of another fact"),
  ANSWER_GIVEN_AWAY("the value appears elsewhere in the sentence"),
  MARKUP("the value sits inside markup"),
  PART_OF_WORD("the span is part of a longer word or number (1990s, 12a)"),
  PART_OF_DATE("a number that is the day or month of a date"),
  IDENTIFIER("a number that names something (No. 102, Section 907), not a quantity"),
  NO_DISTRACTORS("no plausible wrong values of the same kind (choice, true/false)");

  private final String text;

  SkipReason(String text) {
    this.text = text;
  }

  /** A short English explanation for the report. */
  public String text() {
    return text;
  }
}
