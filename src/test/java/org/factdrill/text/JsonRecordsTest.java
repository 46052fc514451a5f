package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdrill.extract.Fact;
import org.factdrill.testing.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 70 of the twenty-fourth review: a page saved as its site's API returns it (one JSON
 * object: an id, timestamps, an escaped link, the page's HTML in a string with inline styles) is
 * read for its content only: the record's id, own dates, style sizes and widths give no facts,
 * the letter's date inside the content does. Made up.
 */
class JsonRecordsTest {
  private static final String RECORD = "{\"id\":4471,\"date\":\"2019-06-01T00:00:00\","
      + "\"modified\":\"2021-02-02T10:00:00\",\"link\":\"https:\\/\\/example.org\\/?p=4471\","
      + "\"title\":{\"rendered\":\"Letter of the Harbour Commission\"},\"content\":{\"rendered\":"
      + "\"<p style=\\\"font-size: 12pt;\\\">Letter dated 1 June 1952 from the Harbour Commission"
      + " to the Governor.<\\/p>\\n<table style=\\\"width: 85%\\\"><tr><td width=\\\"40%\\\">"
      + "The Commission met 14 times that year and approved the new pier.<\\/td><\\/tr>"
      + "<\\/table>\"}}";

  @TempDir
  Path dir;

  private DocumentLoader.Loaded load(String text) throws Exception {
    Path p = dir.resolve("record.txt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return new DocumentLoader(Optional.empty(), Optional.of(Language.EN), false).load(p, "record.txt");
  }

  @Test
  void aJsonRecordIsReadForItsContentOnly() throws Exception {
    DocumentLoader.Loaded l = load(RECORD);
    List<String> facts = SharedExtractor.get().extract(l.doc()).stream().map(Fact::text).toList();
    assertTrue(facts.contains("1 June 1952"), facts.toString());
    assertTrue(facts.contains("14"), facts.toString());
    for (String noise : List.of("4471", "2019", "2021", "12", "85%", "40%")) {
      assertTrue(facts.stream().noneMatch(f -> f.contains(noise)), noise + " in " + facts);
    }
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("JSON data record")), l.notes().toString());
  }

  @Test
  void textThatOnlyLooksLikeJsonIsReadAsText() throws Exception {
    String text = "{Draft} The Commission met 14 times in 1952 and approved the new pier.\n";
    DocumentLoader.Loaded l = load(text);
    assertEquals(text, l.doc().text());
  }
}
