package org.factdrill.export.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.Arrays;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportFixtures;
import org.factdrill.export.anki.AnkiNote;
import org.junit.jupiter.api.Test;

/** CSV, Quizlet and Anki text read back with Jackson's CSV parser (RFC 4180). */
class TabularExportersTest {

  static List<String[]> read(String text, char separator) throws Exception {
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    try (MappingIterator<String[]> it = m.readerFor(String[].class).with(schema).readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void csvHasAHeaderAndEveryCellComesBackExactly() throws Exception {
    String text = ExportFixtures.export("csv", ExportFixtures.questions()).text();
    List<String[]> rows = read(text, ',');
    assertEquals(Arrays.asList(CsvExporter.HEADER), Arrays.asList(rows.get(0)));
    assertEquals(ExportFixtures.questions().size() + 1, rows.size());
    for (String[] r : rows) {
      assertEquals(CsvExporter.HEADER.length, r.length);
    }
    Question hostile = ExportFixtures.question("cloze-en-hostile");
    String[] row = rows.stream().filter(r -> r[0].equals(hostile.id())).findFirst().orElseThrow();
    assertEquals(hostile.prompt(), row[3]);
    assertEquals(hostile.facts().get(0).sentence(), row[10]);
    Question choice = ExportFixtures.question("choice-en-hostile");
    String[] c = rows.stream().filter(r -> r[0].equals(choice.id())).findFirst().orElseThrow();
    assertEquals(String.join("\n", choice.options()), c[6]);
    assertEquals("2", c[7]);
    assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
  }

  @Test
  void csvGivesToleranceAndTimelineOrder() throws Exception {
    List<String[]> rows = read(ExportFixtures.export("csv", ExportFixtures.questions()).text(), ',');
    String[] approx = rows.stream().filter(r -> r[0].equals("cloze-en-approx")).findFirst()
        .orElseThrow();
    assertEquals("23000", approx[5]);
    assertEquals("500", approx[8]);
    String[] timeline = rows.stream().filter(r -> r[0].equals("timeline-en")).findFirst()
        .orElseThrow();
    assertEquals("3,1,2", timeline[7]);
  }

  @Test
  void quizletIsOneTermTabDefinitionPerLine() throws Exception {
    String text = ExportFixtures.export("quizlet", ExportFixtures.questions()).text();
    String[] lines = text.split("\n");
    assertEquals(ExportFixtures.questions().size(), lines.length);
    for (String l : lines) {
      assertEquals(2, l.split("\t", -1).length, l);
      assertFalse(l.split("\t")[0].isBlank() || l.split("\t")[1].isBlank(), l);
    }
    assertTrue(text.contains("23,000 (\u00b1500) \u2014 Source: en_caucasus.txt"), text);
  }

  @Test
  void ankiTextHasHeadersAndOneNotePerRow() throws Exception {
    String text = ExportFixtures.export("anki-txt", ExportFixtures.questions()).text();
    assertTrue(text.startsWith("#separator:tab\n#html:true\n"));
    String body = text.lines().filter(l -> !l.startsWith("#"))
        .reduce("", (a, b) -> a + b + "\n");
    List<String[]> rows = read(body, '\t');
    assertEquals(ExportFixtures.questions().size(), rows.size());
    for (String[] r : rows) {
      assertEquals(6, r.length);
    }
    String[] cloze = rows.stream().filter(r -> r[0].equals(AnkiNote.guid("cloze-en-year")))
        .findFirst().orElseThrow();
    assertEquals("Cloze", cloze[1]);
    assertEquals("All types", cloze[2]);
    assertEquals("The withdrawal of Russian troops from Azerbaijan was completed in "
        + "{{c1::1993}}.", cloze[3]);
    assertTrue(cloze[5].contains("lang::en"));
  }
}
