package org.factdrill.export.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportOptions;
import org.factdrill.export.ExportResult;
import org.factdrill.export.Exporter;
import org.factdrill.export.FormatVisitor;
import org.factdrill.export.Items;
import org.factdrill.export.Papers;
import org.factdrill.export.Skipped;
import org.factdrill.export.Unsupported;

/**
 * Quizlet's import box: one card per line, term TAB definition, no quoting (so tabs and line
 * breaks inside a text become spaces). The definition ends with the source sentence.
 */
public final class QuizletExporter implements Exporter {

  @Override
  public String name() {
    return "quizlet";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public boolean binary() {
    return false;
  }

  @Override
  public ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    StringBuilder b = new StringBuilder();
    List<Skipped> skipped = new ArrayList<>();
    int written = 0;
    Exporter.Rendered<String> done = Exporter.each(questions, q -> {
      String[] card = card(q);
      String term = Items.oneLine(card[0]);
      String def = Items.oneLine(card[1]);
      if (term.isEmpty() || def.isEmpty()) {
        throw new Unsupported("empty term or definition");
      }
      String note = Items.sourceNote(q, options).map(s -> " \u2014 " + Items.oneLine(s)).orElse("");
      return term + '\t' + def + note + '\n';
    });
    done.items().forEach(b::append);
    written += done.items().size();
    skipped.addAll(done.skipped());
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    // A cloze's definition is its answer-key line, accepted alternatives included ("a / b").
    return new ExportResult(written, skipped);
  }

  private static String[] card(Question q) throws Unsupported {
    return q.accept(new FormatVisitor<String[]>() {
      @Override
      public String[] choice(Question.Choice c) {
        return new String[] {c.prompt(), c.answer().text()};
      }

      @Override
      public String[] trueFalse(Question.TrueFalse t) throws Unsupported {
        return new String[] {Items.trueFalseStem(t), Papers.answer(t)};
      }

      @Override
      public String[] timeline(Question.Timeline t) throws Unsupported {
        return new String[] {t.prompt().strip() + " " + String.join("; ",
            Items.eventTexts(t)), String.join(" \u2192 ", Papers.eventsInOrder(t))};
      }

      @Override
      public String[] whichFirst(Question.WhichFirst w) {
        // A flash card: the question with both events on the front, the earlier one on the back.
        return new String[] {w.prompt().strip() + " " + String.join(" / ", Items.eventTexts(w)),
            Items.asChoice(w).answer().text()};
      }

      @Override
      protected String[] typed(Question c) throws Unsupported {
        return new String[] {c.prompt(), Papers.answer(c)};
      }
    });
  }
}
