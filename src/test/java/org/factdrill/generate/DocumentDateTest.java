package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The date a text gives for itself: a news dateline ("PLACE, date – …") dates the document, so
 * "today" and a yearless day lean on it, and is not asked (when the report was filed is no event
 * of the story); a record's labelled field ("Joined: …" in a forum's member box) dates the record's
 * subject, never the document. Made-up texts.
 */
class DocumentDateTest {

  @Test
  void aLabelledFieldNearTheTopDoesNotDateTheDocument() {
    Result r = Fixtures.generate(Language.EN, """
        Harbour Works Resume at Quorvex
        Posts: 412
        Joined: Mon {{Mar 3, 2008|date|2008-03-03}} 9:12 am

        Work on the northern breakwater of Quorvex resumed on {{February 4|date|--02-04}} after the winter storms had damaged its cranes.
        """);
    assertTrue(Fixtures.clozes(r, "February 4").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.NO_YEAR, "February 4"), r.report().format(r.bank()));
  }

  @Test
  void aNewsDatelineDatesTheDocumentAndIsNotAsked() {
    Result r = Fixtures.generate(Language.EN, """
        Harbour Works Resume at Quorvex

        QUORVEX, {{June 4, 2011|date|2011-06-04}} - Work on the northern breakwater of the port resumed today after storms in {{1998|date|1998}} had wrecked its three cranes.

        The port authority of Quorvex ordered new cranes for the breakwater on {{May 30|date|--05-30}} from a yard in Plimsoll.
        """);
    assertTrue(Fixtures.clozes(r, "June 4, 2011").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.DOCUMENT_DATE, "June 4, 2011"), r.report().format(r.bank()));
    Question q = Fixtures.clozes(r, "May 30").get(0);
    assertEquals("2011-05-30", q.answer().value().textual().orElseThrow());
    assertTrue(q.facts().get(0).resolved().from().startsWith("document date"),
        q.facts().get(0).resolved().from());
  }

  @Test
  void aDateLaterInADatelinesParagraphIsStillAsked() {
    Result r = Fixtures.generate(Language.EN, """
        Harbour Works Resume at Quorvex

        QUORVEX, {{June 4, 2011|date|2011-06-04}} - The northern breakwater of the port was first built in {{1998|date|1998}} by the engineers of the Plimsoll yard.
        """);
    assertTrue(!Fixtures.clozes(r, "1998").isEmpty(), r.report().format(r.bank()));
  }

  @Test
  void aPublishedWordFarFromADateInAParagraphDoesNotMakeItTheDocumentsDate() {
    Result r = Fixtures.generate(Language.EN, """
        The Quorvex Charter

        The charter, which its authors published widely in pamphlets across the northern provinces and abroad, was signed in Quorvex on {{March 3, 1821|date|1821-03-03}} by the twelve guild masters.
        """);
    assertTrue(!Fixtures.clozes(r, "March 3, 1821").isEmpty(), r.report().format(r.bank()));
  }

  @Test
  void aPublishedWordJustBeforeADateDatesTheDocument() {
    Result r = Fixtures.generate(Language.EN, """
        Quorvex Harbour Reopens
        Posted on {{October 9, 2015|date|2015-10-09}} by the news desk of the Plimsoll Valley Courier and its readers

        The harbour of Quorvex reopened to shipping on {{October 2|date|--10-02}} after two years of repairs.
        """);
    Question q = Fixtures.clozes(r, "October 2").get(0);
    assertEquals("2015-10-02", q.answer().value().textual().orElseThrow());
  }
}
