package org.factdrill.testing;

import org.factdrill.extract.FactExtractor;

/**
 * One fact extractor per test thread, reused for every text, as the program reuses one for a
 * whole corpus: building one (every language's recognizers) costs about fifteen extractions of a
 * sentence, and the generator and extract tests extract from thousands of generated texts. An
 * extractor gives the same facts however many documents it read before (LunarMonthsTest checks
 * its one cache); its sentence splitters are not shared between threads, hence one per thread.
 */
public final class SharedExtractor {
  private static final ThreadLocal<FactExtractor> EXTRACTOR =
      ThreadLocal.withInitial(FactExtractor::new);

  private SharedExtractor() {}

  /** This thread's extractor. */
  public static FactExtractor get() {
    return EXTRACTOR.get();
  }
}
