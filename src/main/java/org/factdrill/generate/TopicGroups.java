package org.factdrill.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdrill.text.Document;
import org.factdrill.text.Span;

/**
 * The events of one document grouped by topic for chronology questions: on a listing of one
 * paragraph per entity ({@code text.LabelRows}) each row is its own entity's history, so a
 * "which first?", "years between" or timeline item pairs events of one row only (two entities'
 * events side by side compare nothing a student learnt); so is each teaser of a listing of
 * teasers ({@code text.Teasers}); elsewhere the text is one topic.
 */
final class TopicGroups {
  private TopicGroups() {}

  /** {@code events} in groups of one topic each, in their order; one group on a page of prose. */
  static List<List<Timeline.Event>> of(Document doc, List<Timeline.Event> events) {
    List<Span> teasers = org.factdrill.text.Teasers.sections(doc.text(),
        org.factdrill.text.LayoutWords.of(doc.lang()));
    if (doc.layout().rowLabels().isEmpty() && teasers.isEmpty()) {
      return List.of(events);
    }
    Map<Integer, List<Timeline.Event>> groups = new LinkedHashMap<>();
    for (Timeline.Event e : events) {
      int at = e.sentence().start();
      int row = teasers.isEmpty()
          ? doc.layout().rowAt(at).map(Span::start).orElse(-1)
          : teasers.stream().filter(x -> x.start() <= at && at < x.end()).mapToInt(Span::start)
              .findFirst().orElse(-1);
      groups.computeIfAbsent(row, k -> new ArrayList<>()).add(e);
    }
    return List.copyOf(groups.values());
  }

  /**
   * The timelines of a listing's row with the row's label as their context line (their items
   * name the entity by its kind only, "the kingdom"); timelines of a page of prose unchanged.
   */
  static List<org.factdrill.bank.Question> titled(Document doc, List<Timeline.Event> group,
      List<org.factdrill.bank.Question> timelines, java.util.function.IntFunction<String> line) {
    if (doc.layout().rowLabels().isEmpty() || group.isEmpty()
        || doc.layout().rowAt(group.get(0).sentence().start()).isEmpty()) {
      return timelines;
    }
    String ctx = line.apply(group.get(0).sentence().start());
    List<org.factdrill.bank.Question> out = new ArrayList<>();
    for (org.factdrill.bank.Question q : timelines) {
      if (q instanceof org.factdrill.bank.Question.Timeline t) {
        org.factdrill.bank.Question.Header h = t.header();
        out.add(new org.factdrill.bank.Question.Timeline(org.factdrill.bank.Question.Header.of(
            h.id(), h.card(), h.lang(), h.prompt(), h.facts(), ctx, null), t.answer(), t.events()));
      } else {
        out.add(q);
      }
    }
    return out;
  }
}
