package org.factdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Chronology;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;

/**
 * Export round trip where the format can be read back: every question the CSV exporter writes is
 * read back by an independent CSV reader with its id, type, language, prompt and answer intact.
 */
class CsvRoundTripPropertiesTest {

  @Property(tries = 200, seed = "1616")
  void csvReadsBackWhatItWrote(@ForAll("questions") List<Question> questions) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportResult r = Formats.byName("csv").orElseThrow().write(questions,
        new ExportOptions("t", Instant.EPOCH, 0), out);
    assertEquals(questions.size(), r.written(), r.skipped().toString());
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> rows;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
        .with(CsvSchema.emptySchema()).readValues(out.toByteArray())) {
      rows = it.readAll();
    }
    assertEquals(questions.size() + 1, rows.size());
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      String[] row = rows.get(i + 1);
      assertEquals(q.id(), row[0]);
      assertEquals(q.type().json(), row[1]);
      assertEquals(q.lang(), row[2]);
      assertEquals(q.prompt(), row[3]);
      assertEquals(q.answerText(), row[4]);
    }
  }

  static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("aZ09 ,;\"'\u00e0\u05d0\n").ofMinLength(1)
        .ofMaxLength(15).map(s -> "x" + s.strip() + "x");
  }

  @Provide
  Arbitrary<List<Question>> questions() {
    Arbitrary<Question.Header> header = Combinators.combine(text(), Arbitraries.of("en", "vi",
        "he"), text()).as((id, lang, prompt) -> Question.Header.of(id, null, lang, prompt,
        List.of()));
    Arbitrary<Question> cloze = Combinators.combine(header, text()).as((h, a) ->
        new Question.Cloze(h, new Question.Answer(AnswerValue.Text.NULL, a)));
    Arbitrary<Question> choice = Combinators.combine(header, text().list().ofMinSize(2)
        .ofMaxSize(4).uniqueElements()).as((h, o) ->
        new Question.Choice(h, new Question.Answer(AnswerValue.Text.NULL, o.get(0)), o));
    Arbitrary<Question> tf = Combinators.combine(header, Arbitraries.of(true, false)).as((h, b) ->
        new Question.TrueFalse(h, new Question.Answer(AnswerValue.Text.NULL, "x"), b));
    Arbitrary<Question> years = Combinators.combine(text(), text(), text(),
        Arbitraries.integers().between(1000, 2000), Arbitraries.integers().between(0, 500))
        .as((id, a, b, y, n) -> Chronology.yearsBetween(id, null, Language.EN,
            new Question.Event(a, String.valueOf(y)), new Question.Event(b,
            String.valueOf(y + n)), List.of()).orElseThrow());
    return Arbitraries.oneOf(cloze, choice, tf, years).list().ofMaxSize(5);
  }
}
