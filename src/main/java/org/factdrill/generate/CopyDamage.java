package org.factdrill.generate;

import org.factdrill.text.Document;
import org.factdrill.text.LostBreaks;
import org.factdrill.text.Span;

/**
 * Damage a copy did to a whole paragraph, so that none of its sentences can be shown as the
 * source wrote it: right-to-left text in visual order ({@link VisualOrder}), or a paragraph whose
 * line breaks were removed with their spaces ({@link LostBreaks}).
 */
final class CopyDamage {
  private CopyDamage() {}

  /** Why the paragraph of {@code sentence} is too damaged to ask from, or null. */
  static SkipReason reason(Document doc, Span sentence) {
    if (VisualOrder.garbled(doc, sentence)) {
      return SkipReason.VISUAL_ORDER;
    }
    Span para = doc.layout() == null ? sentence
        : doc.layout().blockAt(sentence.start()).map(b -> b.span()).orElse(sentence);
    return LostBreaks.in(para.of(doc.text())) ? SkipReason.LOST_BREAKS : null;
  }
}
