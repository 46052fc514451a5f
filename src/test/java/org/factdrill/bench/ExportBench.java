package org.factdrill.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportOptions;
import org.factdrill.export.Exporter;
import org.factdrill.export.Formats;
import org.factdrill.export.Selection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to export 1,000 questions (the hand-built all-types bank repeated with fresh ids) in each
 * format, in memory. Run: {@code scripts/bench ExportBench -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExportBench {
  @Param({"gift", "moodle-xml", "qti21", "qti12", "apkg", "anki-txt", "quizlet", "csv", "kahoot",
      "html", "markdown"})
  public String format;

  private Exporter exporter;
  private List<Question> questions;
  private final ExportOptions options = new ExportOptions("bench", Instant.EPOCH, 0);

  @Setup
  public void setUp() throws Exception {
    Path bank = Path.of("src/test/resources/export/alltypes.input");
    List<Question> base = Selection.all().apply(new BankJson().load(bank).questions());
    questions = new ArrayList<>();
    for (int i = 0; questions.size() < 1000; i++) {
      for (Question q : base) {
        if (questions.size() < 1000) {
          questions.add(q.withHeader(new Question.Header(q.id() + "-" + i, q.card(), q.sibling(), q.lang(),
              q.header().context(), q.prompt(), q.facts(), q.isDisabled(), q.isEdited())));
        }
      }
    }
    exporter = Formats.byName(format).orElseThrow();
  }

  @Benchmark
  public int export1000() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(questions, options, out);
    return out.size();
  }
}
