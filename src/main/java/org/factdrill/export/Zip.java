package org.factdrill.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files of a package in the order added, written as one zip. */
public final class Zip {
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  public Zip add(String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public void writeTo(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      zip.putNextEntry(new ZipEntry(f.getKey()));
      zip.write(f.getValue());
      zip.closeEntry();
    }
    zip.finish();
  }

  /** An identifier usable as an XML NCName and a file name: letters, digits, '-', '_', '.'. */
  public static String ident(String id) {
    String s = id.replaceAll("[^A-Za-z0-9_.-]", "_");
    return s.isEmpty() || !Character.isLetter(s.charAt(0)) && s.charAt(0) != '_' ? "q_" + s : s;
  }
}
