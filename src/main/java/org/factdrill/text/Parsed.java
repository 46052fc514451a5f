package org.factdrill.text;

import java.util.List;

/**
 * What a reader made of one file, before language and layout are settled.
 *
 * @param text the plain text (offsets of the document model refer to it)
 * @param blocks the pieces the reader found, in order, with the layout classes it is sure of
 *     (prose is re-checked by shape); empty when the text is to be split into lines
 * @param title the title the file names (HTML title, EPUB/DOCX metadata), or null
 * @param encoding the character encoding the bytes were read in, or null for binary formats
 * @param notes what the reader did that the user should know (repaired or skipped lines,
 *     removed page headers), for the report
 */
public record Parsed(String text, List<Block> blocks, String title, String encoding,
    List<String> notes) {
  public Parsed {
    blocks = List.copyOf(blocks);
    notes = List.copyOf(notes);
  }
}
