package org.factdrill.generate;

import org.factdrill.lang.WordPatterns;

/**
 * The pack words of a reference to a cited work next to a figure, "(Smith et al., 1998, p. 4)",
 * from every pack (citations follow the cited work's language), as regular-expression
 * alternatives: {@link Stem} does not blank a figure inside one.
 */
final class CitationWords {
  /** "et al": the other authors left unnamed ({@code author-others}). */
  static final String OTHERS = WordPatterns.anyPack("author-others");
  /** The word joining two authors' names ("and"; {@code author-joins}). */
  static final String JOINS = WordPatterns.anyPack("author-joins");
  /** Abbreviations of "page" before a page number ("p", "pp", "tr", "עמ"; {@code page-abbreviations}). */
  static final String PAGES = WordPatterns.anyPack("page-abbreviations");

  private CitationWords() {}
}
