package org.factdrill.export.anki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportFixtures;
import org.factdrill.export.ExportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .apkg opened as Anki would: a zip with a schema-11 SQLite collection and a media map. */
class ApkgExporterTest {
  @TempDir Path tmp;

  record Note(String guid, long mid, String[] fields, String tags) {}

  Map<String, Note> notes(byte[] apkg, Path db, Map<String, JsonNode> col) throws Exception {
    Map<String, byte[]> files = ExportFixtures.unzip(apkg);
    assertEquals(List.of("collection.anki2", "media"), List.copyOf(files.keySet()));
    assertEquals("{}", new String(files.get("media")));
    Files.write(db, files.get("collection.anki2"));
    Map<String, Note> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
        r.next();
        assertEquals("ok", r.getString(1));
      }
      Map<String, String> layout = Map.of("col", "id crt mod scm ver dty usn ls conf models decks "
          + "dconf tags", "notes", "id guid mid mod usn tags flds sfld csum flags data", "cards",
          "id nid did ord mod usn type queue due ivl factor reps lapses left odue odid flags data",
          "revlog", "id cid usn ease ivl lastIvl factor time type", "graves", "usn oid type");
      for (Map.Entry<String, String> t : layout.entrySet()) {
        List<String> cols = new java.util.ArrayList<>();
        try (ResultSet r = s.executeQuery("PRAGMA table_info(" + t.getKey() + ")")) {
          while (r.next()) {
            cols.add(r.getString("name"));
          }
        }
        assertEquals(List.of(t.getValue().split(" ")), cols, "Anki schema 11 table " + t.getKey());
      }
      try (ResultSet r = s.executeQuery("SELECT ver, models, decks, dconf FROM col")) {
        assertTrue(r.next());
        assertEquals(11, r.getInt(1));
        ObjectMapper m = new ObjectMapper();
        col.put("models", m.readTree(r.getString(2)));
        col.put("decks", m.readTree(r.getString(3)));
        col.put("dconf", m.readTree(r.getString(4)));
      }
      try (ResultSet r = s.executeQuery("SELECT guid, mid, flds, tags FROM notes")) {
        while (r.next()) {
          out.put(r.getString(1), new Note(r.getString(1), r.getLong(2),
              r.getString(3).split("\u001f", -1), r.getString(4)));
        }
      }
      try (ResultSet r = s.executeQuery(
          "SELECT count(*) FROM cards c JOIN notes n ON n.id = c.nid")) {
        r.next();
        assertEquals(out.size(), r.getInt(1), "one card per note");
      }
    }
    return out;
  }

  @Test
  void packageHoldsOneNotePerQuestionWithGuidsFromQuestionIds() throws Exception {
    var out = ExportFixtures.export("apkg", ExportFixtures.questions());
    Map<String, JsonNode> col = new HashMap<>();
    Map<String, Note> notes = notes(out.bytes(), tmp.resolve("c.anki2"), col);
    assertEquals(ExportFixtures.questions().size(), notes.size());
    for (Question q : ExportFixtures.questions()) {
      Note n = notes.get(AnkiNote.guid(q.id()));
      assertTrue(n != null, "no note with the GUID of " + q.id());
      JsonNode model = col.get("models").get(String.valueOf(n.mid()));
      assertEquals(model.get("flds").size(), n.fields().length, q.id());
      assertTrue(n.tags().contains(" lang::" + q.lang() + " "), n.tags());
      assertTrue(n.tags().contains(" type::" + q.type().json() + " "), n.tags());
    }
  }

  @Test
  void clozeAndTypeInNoteTypesAreUsed() throws Exception {
    var out = ExportFixtures.export("apkg", ExportFixtures.questions());
    Map<String, JsonNode> col = new HashMap<>();
    Map<String, Note> notes = notes(out.bytes(), tmp.resolve("c.anki2"), col);
    Note cloze = notes.get(AnkiNote.guid("cloze-en-year"));
    JsonNode clozeModel = col.get("models").get(String.valueOf(cloze.mid()));
    assertEquals(1, clozeModel.get("type").asInt());
    assertTrue(cloze.fields()[0].contains("{{c1::1993}}"), cloze.fields()[0]);
    Note choice = notes.get(AnkiNote.guid("choice-en-hostile"));
    JsonNode typeIn = col.get("models").get(String.valueOf(choice.mid()));
    assertEquals(0, typeIn.get("type").asInt());
    assertTrue(typeIn.get("tmpls").get(0).get("qfmt").asText().contains("{{type:Back}}"));
    assertTrue(choice.fields()[0].contains("&lt;script&gt;"), "markup is escaped");
    assertEquals("~c=d {e}", choice.fields()[1]);
    assertTrue(choice.fields()[2].contains("en_hostile.txt"), "source field");
  }

  @Test
  void oneDeckNamedAfterTheBankAndItsConfigExists() throws Exception {
    var out = ExportFixtures.export("apkg", ExportFixtures.questions(),
        new ExportOptions("History::Karabakh", ExportFixtures.NOW, 0));
    Map<String, JsonNode> col = new HashMap<>();
    notes(out.bytes(), tmp.resolve("c.anki2"), col);
    JsonNode deck = col.get("decks").get(String.valueOf(ApkgExporter.deckId("History::Karabakh")));
    assertEquals("History::Karabakh", deck.get("name").asText());
    assertTrue(col.get("dconf").has(deck.get("conf").asText()));
  }

  @Test
  void reExportKeepsGuidsSoAnkiUpdatesInsteadOfDuplicating() throws Exception {
    var first = ExportFixtures.export("apkg", ExportFixtures.questions());
    var later = ExportFixtures.export("apkg", ExportFixtures.questions(),
        new ExportOptions("All types", ExportFixtures.NOW.plusSeconds(86400), 0));
    Map<String, Note> a = notes(first.bytes(), tmp.resolve("a.anki2"), new HashMap<>());
    Map<String, Note> b = notes(later.bytes(), tmp.resolve("b.anki2"), new HashMap<>());
    assertEquals(a.keySet(), b.keySet());
  }
}
