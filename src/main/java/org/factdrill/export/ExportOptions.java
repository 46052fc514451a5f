package org.factdrill.export;

import java.time.Instant;

/**
 * How to export: the quiz title (also the Anki deck and Moodle category name), the moment of the
 * export (Anki needs timestamps; injected so output is reproducible) and which variant this is.
 *
 * @param variant 0 for a single paper, else the variant number (1..K) shown in titles
 */
public record ExportOptions(String title, Instant now, int variant) {
  public ExportOptions {
    title = title == null || title.isBlank() ? "factdrill quiz" : title.strip();
    now = now == null ? Instant.EPOCH : now;
  }

  /** The title with the variant number when there are several variants. */
  public String fullTitle() {
    return variant > 0 ? title + " (" + Messages.EN.variant() + " " + variant + ")" : title;
  }
}
