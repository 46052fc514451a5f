package org.factdrill.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A pack's plain word lists ({@code src/main/resources/lang/<code>/<name>.txt}): one entry a
 * line, blank lines and lines starting with {@code #} skipped; a pack without the list has none.
 */
public final class PackLists {
  private PackLists() {}

  /** The non-blank, non-comment lines (stripped) of the list; empty when the pack has none. */
  public static List<String> lines(String code, String name) {
    String path = "/lang/" + code + "/" + name + ".txt";
    List<String> out = new ArrayList<>();
    try (InputStream in = PackLists.class.getResourceAsStream(path)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }
}
