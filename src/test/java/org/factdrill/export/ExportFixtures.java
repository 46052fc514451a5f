package org.factdrill.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;

/**
 * The hand-built test bank (src/test/resources/export/alltypes.input): every question type, all
 * three languages and hostile text (markup, GIFT specials, quotes, tabs, line breaks, RTL marks,
 * "]]>"), plus a disabled question; and helpers to export it.
 */
public final class ExportFixtures {
  public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  public static final ExportOptions OPTIONS = new ExportOptions("All types", NOW, 0);

  private ExportFixtures() {}

  public static Path resource(String name) {
    try {
      return Path.of(ExportFixtures.class.getResource("/export/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Bank bank() {
    try {
      return new BankJson().load(resource("alltypes.input"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The enabled questions of the test bank, in bank order. */
  public static List<Question> questions() {
    return Selection.all().apply(bank().questions());
  }

  public static Question question(String id) {
    return bank().questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  /** Bytes and result of one export. */
  public record Output(byte[] bytes, ExportResult result) {
    public String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  public static Output export(String format, List<Question> questions) throws IOException {
    return export(format, questions, OPTIONS);
  }

  public static Output export(String format, List<Question> questions, ExportOptions options)
      throws IOException {
    Exporter e = Formats.byName(format).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportResult r = e.write(questions, options, out);
    return new Output(out.toByteArray(), r);
  }

  /** The entries of a zip, in order. */
  public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  /** Unzips into {@code dir}, returning it. */
  public static Path unzipTo(byte[] zip, Path dir) throws IOException {
    for (Map.Entry<String, byte[]> f : unzip(zip).entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    return dir;
  }

  /** Decodes the five entities our HTML escaping writes, plus {@code <br>}. */
  public static String unhtml(String s) {
    return s.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  static byte[] read(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
