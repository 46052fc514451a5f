package org.factdrill.export;

import java.util.List;

/** What an export wrote: the number of questions and the ones it skipped, with reasons. */
public record ExportResult(int written, List<Skipped> skipped) {
  public ExportResult {
    skipped = List.copyOf(skipped);
  }
}
