package org.factdrill.export;

import java.util.List;

/**
 * What an export wrote: the number of questions, the ones it skipped, with reasons, and how many
 * written questions lost their accepted alternatives (answer.also) because the format holds one
 * right answer.
 */
public record ExportResult(int written, List<Skipped> skipped, int alternativesLeftOut) {
  public ExportResult {
    skipped = List.copyOf(skipped);
  }

  /** A result where every accepted alternative was carried. */
  public ExportResult(int written, List<Skipped> skipped) {
    this(written, skipped, 0);
  }

  /** The questions among {@code written} that have accepted alternatives. */
  public static int withAlternatives(List<org.factdrill.bank.Question> written) {
    return (int) written.stream().filter(q -> !q.answer().also().isEmpty()).count();
  }
}
