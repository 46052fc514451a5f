package org.factdrill.text;

import java.util.Locale;

/** What a line or paragraph of a document is: prose, or one kind of layout around the prose. */
public enum LineClass {
  /** Running text: sentences that questions may be made from. */
  PROSE,
  /** A title or section heading. */
  HEADING,
  /** The caption of a picture, map or table. */
  CAPTION,
  /** An author line, a dateline, a "published/updated" line or a photo credit. */
  BYLINE,
  /** An infobox or table row: "Label: value", or cells separated by tabs. */
  INFOBOX,
  /**
   * A row of a list: one of a run of lines of the same shape ("1795 – Town", "Name, office, N
   * years."), a template filled in with names and figures, no sentence to ask about.
   */
  LIST,
  /** A list of links, a menu, a "see more" line. */
  LINKS,
  /** A bibliography or reference-list entry. */
  REFERENCE,
  /** A footnote or an end note. */
  FOOTNOTE,
  /** A site's contact line: phone numbers, an address, a tax number, an e-mail address. */
  CONTACT,
  /** An entry of a table of contents: a section number and a section's title. */
  CONTENTS,
  /**
   * A page's interface that holds dates and numbers: the line saying when the page was rendered,
   * a month calendar's grid of day numbers ({@code CalendarChrome}).
   */
  CHROME,
  /**
   * A line whose letters are not stored in reading order (a right-to-left page copied in visual
   * order, {@code VisualOrderPages}): nothing on it can be read, so no fact is recorded there.
   */
  UNREADABLE;

  /** The lower-case name used in JSON and reports. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for every class but {@link #PROSE}: facts there are recorded but never asked. */
  public boolean isLayout() {
    return this != PROSE;
  }

  /**
   * False for lines whose numbers are no facts at all (phone, street and tax numbers, section
   * numbers, a page's clock and calendar grid): the extractor records no fact there. Every other
   * class keeps its facts.
   */
  public boolean holdsFacts() {
    return this != CONTACT && this != CONTENTS && this != CHROME && this != UNREADABLE;
  }
}
