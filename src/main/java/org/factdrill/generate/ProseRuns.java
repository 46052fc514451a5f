package org.factdrill.generate;

import org.factdrill.extract.Fact;
import org.factdrill.text.Document;
import org.factdrill.text.Span;

/** A fact's sentence cut to the run of prose around it, so glued captions and taglines stay out. */
final class ProseRuns {
  private ProseRuns() {}

  /**
   * The fact with its sentence cut to the prose around it: a line wrap must not carry a caption,
   * an infobox row or a site's tagline into the prompt (the blocks are the layout's lines).
   */
  static Fact inProse(Document doc, Fact f) {
    Span s = f.sentence();
    if (s == null || doc.layout() == null) {
      return f;
    }
    Span cut = doc.layout().proseRun(s, f.start());
    if (cut.equals(s) || f.start() < cut.start() || f.end() > cut.end()) {
      return f;
    }
    return new Fact(f.start(), f.end(), f.text(), f.kind(), f.value(), f.unit(), f.approx(), cut);
  }}
