package org.factdrill.export;

import java.time.Instant;

/**
 * How to export: the quiz title (also the Anki deck and Moodle category name), the moment of the
 * export (Anki needs timestamps; injected so output is reproducible) and which variant this is.
 *
 * @param variant 0 for a single paper, else the variant number (1..K) shown in titles
 */
public record ExportOptions(String title, Instant now, int variant,
    java.util.Map<String, String> sourceTitles) {
  public ExportOptions {
    title = title == null || title.isBlank() ? "factdrill quiz" : title.strip();
    now = now == null ? Instant.EPOCH : now;
    sourceTitles = sourceTitles == null ? java.util.Map.of() : java.util.Map.copyOf(sourceTitles);
  }

  /** Options without source titles (source lines then name the files). */
  public ExportOptions(String title, Instant now, int variant) {
    this(title, now, variant, null);
  }

  /** The title of source file {@code file} for source lines; the file name when unknown. */
  public String sourceTitle(String file) {
    return sourceTitles.getOrDefault(file, file);
  }

  /** The title with the variant number when there are several variants. */
  public String fullTitle() {
    return variant > 0 ? title + " (" + Messages.EN.variant() + " " + variant + ")" : title;
  }
}
