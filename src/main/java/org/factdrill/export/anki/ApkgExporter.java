package org.factdrill.export.anki;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportOptions;
import org.factdrill.export.ExportResult;
import org.factdrill.export.Exporter;
import org.factdrill.export.Skipped;
import org.factdrill.export.Unsupported;
import org.factdrill.store.SqliteFileWriter;
import org.factdrill.store.StoreException;

/**
 * An Anki package (.apkg): a zip holding {@code collection.anki2}, an SQLite database in Anki's
 * schema 11 (which every Anki version imports), and an empty {@code media} map. Two note types
 * ("factdrill Type-in" with Front/Back/Source, "factdrill Cloze" with Text/Back Extra, both asking
 * the learner to type), one deck named after the bank, tags for language, type, kind and source,
 * and GUIDs derived from question ids so importing a newer export updates the notes.
 */
public final class ApkgExporter implements Exporter {
  /** Fixed note type ids: a re-import finds the same note types instead of adding copies. */
  static final long TYPE_IN_ID = 1_700_000_000_101L;
  static final long CLOZE_ID = 1_700_000_000_102L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return "apkg";
  }

  @Override
  public String extension() {
    return "apkg";
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<AnkiNote> notes = new ArrayList<>();
    Exporter.Rendered<AnkiNote> done = Exporter.each(questions, q -> AnkiNote.of(q, options));
    notes.addAll(done.items());
    skipped.addAll(done.skipped());
    Path dir = Files.createTempDirectory("factdrill-apkg");
    Path db = dir.resolve("collection.anki2");
    try {
      buildCollection(db, notes, options);
      ZipOutputStream zip = new ZipOutputStream(out);
      zip.putNextEntry(new ZipEntry("collection.anki2"));
      Files.copy(db, zip);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("media"));
      zip.write("{}".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
    } catch (StoreException e) {
      throw new IOException("cannot build the Anki collection: " + e.getMessage(), e);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
    return new ExportResult(notes.size(), skipped, AnkiNote.alternativesLeftOut(questions,
        options));
  }

  /** A deck id from the deck name: the same bank title imports into the same deck. */
  static long deckId(String name) {
    byte[] h = sha1(("deck:" + name).getBytes(StandardCharsets.UTF_8));
    long v = 0;
    for (int i = 0; i < 6; i++) {
      v = (v << 8) | (h[i] & 0xff);
    }
    return 1_000_000_000_000L + v % 1_000_000_000_000L;
  }

  private static void buildCollection(Path db, List<AnkiNote> notes, ExportOptions options)
      throws StoreException {
    long nowMs = options.now().toEpochMilli();
    long nowS = nowMs / 1000;
    String deckName = AnkiTextExporter.deckName(options);
    long did = deckId(deckName);
    List<Object[]> col = List.<Object[]>of(new Object[] {nowS - nowS % 86400, nowMs, nowMs,
        conf().toString(), models(did, nowS).toString(), decks(did, deckName, nowS).toString(),
        dconf().toString()});
    List<Object[]> noteRows = new ArrayList<>();
    List<Object[]> cardRows = new ArrayList<>();
    long id = nowMs;
    int due = 1;
    for (AnkiNote note : notes) {
      List<String> fields = note.kind() == AnkiNote.Kind.CLOZE
          ? List.of(note.front(), note.source())
          : List.of(note.front(), note.back(), note.source());
      String sortField = stripHtml(note.front());
      noteRows.add(new Object[] {id, note.guid(),
          note.kind() == AnkiNote.Kind.CLOZE ? CLOZE_ID : TYPE_IN_ID, nowS,
          " " + String.join(" ", note.tags()) + " ", String.join("\u001f", fields), sortField,
          checksum(sortField)});
      cardRows.add(new Object[] {id, id, did, nowS, (long) due++});
      id++;
    }
    SqliteFileWriter.write(db, SCHEMA_11, List.of(
        new SqliteFileWriter.Rows(
            "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", col),
        new SqliteFileWriter.Rows(
            "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')", noteRows),
        new SqliteFileWriter.Rows("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, "
            + "0, 0, 0, 0, 0, '')", cardRows)));
  }

  /** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field, as a number. */
  static long checksum(String sortField) {
    byte[] h = sha1(sortField.getBytes(StandardCharsets.UTF_8));
    return Long.parseLong(HexFormat.of().formatHex(h).substring(0, 8), 16);
  }

  static String stripHtml(String html) {
    return html.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
        .replaceAll("\\s+", " ").strip();
  }

  private static byte[] sha1(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode conf() {
    ObjectNode o = JSON.createObjectNode();
    o.put("nextPos", 1).put("estTimes", true).put("sortType", "noteFld").put("timeLim", 0)
        .put("sortBackwards", false).put("addToCur", true).put("curDeck", 1).put("newSpread", 0)
        .put("dueCounts", true).put("curModel", String.valueOf(TYPE_IN_ID))
        .put("collapseTime", 1200);
    o.putArray("activeDecks").add(1);
    return o;
  }

  private static final String CSS = ".card { font-family: arial; font-size: 20px; "
      + "text-align: center; color: black; background-color: white; }\n"
      + "[dir=rtl] { direction: rtl; }\nsmall { color: #666; }\n";

  private static ObjectNode models(long did, long nowS) {
    ObjectNode models = JSON.createObjectNode();
    models.set(String.valueOf(TYPE_IN_ID), model(TYPE_IN_ID, "factdrill Type-in", 0, did, nowS,
        List.of("Front", "Back", "Source"),
        "{{Front}}<br><br>{{type:Back}}",
        "{{Front}}<hr id=answer>{{type:Back}}<br>{{Back}}<br><br><small>{{Source}}</small>"));
    models.set(String.valueOf(CLOZE_ID), model(CLOZE_ID, "factdrill Cloze", 1, did, nowS,
        List.of("Text", "Back Extra"),
        "{{cloze:Text}}<br><br>{{type:cloze:Text}}",
        "{{cloze:Text}}<br>{{type:cloze:Text}}<br><br><small>{{Back Extra}}</small>"));
    return models;
  }

  private static ObjectNode model(long id, String name, int type, long did, long nowS,
      List<String> fields, String qfmt, String afmt) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", id).put("name", name).put("type", type).put("mod", nowS).put("usn", -1)
        .put("sortf", 0).put("did", did).put("css", CSS)
        .put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
            + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n"
            + "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n")
        .put("latexPost", "\\end{document}").put("latexsvg", false);
    ArrayNode flds = m.putArray("flds");
    for (int i = 0; i < fields.size(); i++) {
      ObjectNode f = flds.addObject();
      f.put("name", fields.get(i)).put("ord", i).put("sticky", false).put("rtl", false)
          .put("font", "Arial").put("size", 20).putArray("media");
    }
    ArrayNode tmpls = m.putArray("tmpls");
    ObjectNode t = tmpls.addObject();
    t.put("name", type == 1 ? "Cloze" : "Card 1").put("ord", 0).put("qfmt", qfmt)
        .put("afmt", afmt).put("bqfmt", "").put("bafmt", "").putNull("did");
    t.put("bfont", "").put("bsize", 0);
    ArrayNode req = m.putArray("req");
    ArrayNode r = req.addArray();
    r.add(0).add("any").addArray().add(0);
    m.putArray("tags");
    m.putArray("vers");
    return m;
  }

  private static ObjectNode decks(long did, String name, long nowS) {
    ObjectNode decks = JSON.createObjectNode();
    decks.set("1", deck(1, "Default", nowS));
    decks.set(String.valueOf(did), deck(did, name, nowS));
    return decks;
  }

  private static ObjectNode deck(long id, String name, long nowS) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id).put("name", name).put("mod", nowS).put("usn", -1).put("collapsed", false)
        .put("browserCollapsed", false).put("desc", "").put("dyn", 0).put("conf", 1)
        .put("extendNew", 0).put("extendRev", 0);
    for (String k : List.of("lrnToday", "revToday", "newToday", "timeToday")) {
      d.putArray(k).add(0).add(0);
    }
    return d;
  }

  private static ObjectNode dconf() {
    ObjectNode all = JSON.createObjectNode();
    ObjectNode c = all.putObject("1");
    c.put("id", 1).put("name", "Default").put("mod", 0).put("usn", 0).put("maxTaken", 60)
        .put("autoplay", true).put("timer", 0).put("replayq", true).put("dyn", false);
    ObjectNode n = c.putObject("new");
    n.put("bury", false).put("initialFactor", 2500).put("order", 1).put("perDay", 20);
    n.putArray("delays").add(1.0).add(10.0);
    n.putArray("ints").add(1).add(4).add(0);
    ObjectNode l = c.putObject("lapse");
    l.put("leechAction", 1).put("leechFails", 8).put("minInt", 1).put("mult", 0.0);
    l.putArray("delays").add(10.0);
    ObjectNode r = c.putObject("rev");
    r.put("bury", false).put("ease4", 1.3).put("ivlFct", 1.0).put("maxIvl", 36500)
        .put("perDay", 200).put("hardFactor", 1.2);
    return all;
  }

  /** Anki's legacy collection layout (rslib/src/storage/schema11.sql). */
  private static final String SCHEMA_11 = """
      CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
        scm integer not null, ver integer not null, dty integer not null, usn integer not null,
        ls integer not null, conf text not null, models text not null, decks text not null,
        dconf text not null, tags text not null);
      CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
        mod integer not null, usn integer not null, tags text not null, flds text not null,
        sfld integer not null, csum integer not null, flags integer not null,
        data text not null);
      CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
        ord integer not null, mod integer not null, usn integer not null, type integer not null,
        queue integer not null, due integer not null, ivl integer not null,
        factor integer not null, reps integer not null, lapses integer not null,
        left integer not null, odue integer not null, odid integer not null,
        flags integer not null, data text not null);
      CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
        ease integer not null, ivl integer not null, lastIvl integer not null,
        factor integer not null, time integer not null, type integer not null);
      CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
      CREATE INDEX ix_notes_usn on notes (usn);
      CREATE INDEX ix_cards_usn on cards (usn);
      CREATE INDEX ix_revlog_usn on revlog (usn);
      CREATE INDEX ix_cards_nid on cards (nid);
      CREATE INDEX ix_cards_sched on cards (did, queue, due);
      CREATE INDEX ix_revlog_cid on revlog (cid);
      CREATE INDEX ix_notes_csum on notes (csum);
      """;

}
