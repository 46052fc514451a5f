package org.factdrill.generate;

import java.util.function.ToIntFunction;
import org.factdrill.text.DetachedPrefixes;
import org.factdrill.text.Document;
import org.factdrill.text.LostBreaks;
import org.factdrill.text.Span;

/**
 * Damage a copy did to a whole paragraph, so that none of its sentences can be shown as the
 * source wrote it: right-to-left text in visual order ({@link VisualOrder}), prefix letters
 * written apart as words as machine translation writes them ({@link DetachedPrefixes}), or line
 * breaks removed with their spaces ({@link LostBreaks}). The paragraph is the layout's block
 * around the sentence.
 */
final class CopyDamage {
  private CopyDamage() {}

  /** Why the paragraph of {@code sentence} is too damaged to ask from, or null. */
  static SkipReason reason(Document doc, Span sentence) {
    if (VisualOrder.garbled(doc, sentence)) {
      return SkipReason.VISUAL_ORDER;
    }
    String prefixes = doc.lang().pack().prefixes();
    if (!prefixes.isEmpty() && marked(doc, sentence, s -> DetachedPrefixes.signs(prefixes, s),
        Integer.MAX_VALUE, DetachedPrefixes.PARAGRAPH_SIGNS)) {
      return SkipReason.DETACHED_PREFIXES;
    }
    return LostBreaks.in(paragraph(doc, sentence).of(doc.text())) ? SkipReason.LOST_BREAKS : null;
  }

  /**
   * True when {@code sentence} shows at least {@code inSentence} signs, or its paragraph at least
   * {@code inParagraph}, as {@code signs} counts them.
   */
  static boolean marked(Document doc, Span sentence, ToIntFunction<String> signs,
      int inSentence, int inParagraph) {
    String text = doc.text();
    if (signs.applyAsInt(sentence.of(text)) >= inSentence) {
      return true;
    }
    return signs.applyAsInt(paragraph(doc, sentence).of(text)) >= inParagraph;
  }

  private static Span paragraph(Document doc, Span sentence) {
    return doc.layout() == null ? sentence
        : doc.layout().blockAt(sentence.start()).map(b -> b.span()).orElse(sentence);
  }
}
