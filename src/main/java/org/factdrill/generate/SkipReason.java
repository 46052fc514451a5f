package org.factdrill.generate;

/** Why a fact (or one question form of it) was not turned into a question. */
public enum SkipReason {
  NO_SENTENCE("a value with no sentence around it"),
  TOO_LITTLE_CONTEXT("too little context around the value"),
  DUPLICATE("a duplicate of another fact"),
  ANSWER_GIVEN_AWAY("the value appears elsewhere in the sentence"),
  MARKUP("the value sits inside markup"),
  PART_OF_WORD("the span is part of a longer word or number (1990s, 12a)"),
  PART_OF_DATE("a number that is the day or month of a date"),
  YEAR_AS_COUNT("a year its frame names (\"in the year 5655\", \"ל-2020\") read as a count"),
  IDENTIFIER("a number that names something (No. 102, Section 907), not a quantity"),
  NO_DISTRACTORS("no plausible wrong values of the same kind (choice, true/false)"),
  LAYOUT("not prose: a heading, headline, caption, byline, table or infobox row, list of links, "
      + "reference entry or footnote"),
  BACK_REFERENCE("a demonstrative or back-reference (this plan, these troops) whose referent the "
      + "prompt does not name"),
  CUT_CLAUSE("the sentence is too long, and no cut keeps its subject, verb and date"),
  DANGLING_START("the sentence opens with a word pointing back, and the one before does too"),
  DOCUMENT_DATE("the date the text gives for itself (a news dateline, a \"published\" line): "
      + "when it was written, not an event"),
  RELATIVE_TIME("a relative time (last year, the following year, N years ago) nothing resolves"),
  NO_YEAR("a month or day with no year, and no year in its paragraph or the document's date"),
  UNCERTAIN_YEAR("a month or day with no year whose nearest year starts or ends a span, is a "
      + "birth or death, a cited work's or a period's: its year is not certain"),
  RECURRING_DAY("a day and month of every year (a named day, a yearly observance: Harvest Day (2 October), "
      + "every year on 4 July), not an event of one year"),
  OTHER_CALENDAR("a date in another calendar (lunar, Hebrew, Hijri): not asked as a Gregorian "
      + "date"),
  RANGE_END("the other end of a range stands next to the blank"),
  NAME_YEAR("a year that is part of a name (the War of 1812, a war named with its years) in a "
      + "sentence with dates of its own"),
  COUNTABLE_LIST("a list right after the blank can be counted"),
  ORDER_IN_WORDING("which happened first is told by the events' kinds (a founding before a "
      + "dissolution, a birth before a death, a start before an end, a first before a second)"),
  SUM_OF_PARTS("other figures of the sentence add up to it"),
  DERIVABLE("one addition or subtraction of figures the student sees (context line, prompt) "
      + "gives it"),
  CITATION("the year or number of a cited work, not of an event"),
  IDIOM("a numeral inside a quantifier idiom (\"một số\" is some, not one)"),
  CONVERSION("a unit conversion in parentheses, not a figure of the story"),
  VALUE_UNSURE("the value does not hold the whole figure (\"three and a half\")"),
  HEDGE_UNDECIDABLE("under a one-sided hedge (more than, less than) no false statement is certain"),
  TRIVIAL("a figure not worth knowing: a span of time below a day, an age in passing"),
  FOREIGN_RUN("a figure inside a name or gloss in another script (an English name in brackets)"),
  ANNIVERSARY("the count of an anniversary (kỷ niệm 70 năm), known from the two dates"),
  VISUAL_ORDER("right-to-left text copied in visual order (mirrored brackets, split words, moved "
      + "figures): its figures may stand beside the wrong words"),
  LOST_BREAKS("a copy that lost its line breaks: words run together at every former line end "
      + "(\"launch.7 Nov.\", \"onlyabout\"), so its sentences are not clean"),
  DETACHED_PREFIXES("prefix letters written apart from their words (\"ה כוחות\"), as machine "
      + "translation writes them: the paragraph is not written as its language is"),
  QUESTION("the sentence asks a question (it ends with a question mark): it states no fact"),
  EXCLAIMED("the sentence exclaims or invites (it ends with an exclamation mark): no true/false "
      + "statement"),
  ELIDED("the sentence shows an ellipsis of its source (…, [...]): words were left out of it, "
      + "so it is not whole"),
  MISREAD("letters misread by a scan's text recognition: a bracket closed by a bracket of another "
      + "kind (\"[Unitcd}\"), so its words may not be the source's"),
  LIST_YEAR("an item of a list of dates that share the year written after the last (in March, "
      + "April and May 1937): asked alone it would take the list's year as its own"),
  // The bank auditor's categories (BankAudit.Category), checked on each finished question: one
  // reason each; the interface words of each are the packs' cli.generate.audit.* keys.
  AUDIT_NO_YEAR("audit: a date answer without its year", "no-year"),
  AUDIT_RELATIVE("audit: a relative time the question does not resolve", "relative"),
  AUDIT_PRONOUN("audit: the prompt opens with a pronoun or demonstrative pointing to nothing "
      + "shown", "pronoun"),
  AUDIT_HEDGE("audit: an option or false statement its hedge makes true", "hedge"),
  AUDIT_PREFIX("audit: a prefix letter inside the blank", "prefix"),
  AUDIT_NOISE("audit: a footnote mark or layout fragment in the prompt", "noise"),
  AUDIT_MOJIBAKE("audit: mis-decoded letters", "mojibake");

  private final String text;
  private final String audit;

  SkipReason(String text) {
    this(text, null);
  }

  SkipReason(String text, String audit) {
    this.text = text;
    this.audit = audit;
  }

  /**
   * The interface words' key of an auditor category's reason ({@code cli.generate.audit.relative}),
   * or null for a reason of the generator's own rules (reported in English).
   */
  public String uiKey() {
    return audit == null ? null : "cli.generate.audit." + audit;
  }

  /** A short English explanation for the report. */
  public String text() {
    return text;
  }
}
