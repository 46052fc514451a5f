package org.factdrill.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.factdrill.lang.Phrase;

/**
 * Reads parts of a zip-based document (EPUB, DOCX) with caps on entry count and entry size, so a
 * damaged or hostile archive (a zip bomb) gives one clear line instead of exhausting memory.
 */
final class ZipParts implements AutoCloseable {
  static final int MAX_ENTRIES = 10_000;
  static final int MAX_PART_BYTES = 32 << 20;

  private final Path path;
  private final ZipFile zip;

  ZipParts(Path path, String kind) throws TextReadException {
    this.path = path;
    try {
      this.zip = new ZipFile(path.toFile());
    } catch (ZipException e) {
      throw new TextReadException(path, TextReadException.Reason.CORRUPT, -1, Phrase.of("text.not_zip", kind));
    } catch (IOException e) {
      throw new TextReadException(path, TextReadException.Reason.UNREADABLE, -1,
          Phrase.of("text.cannot_read", e.getMessage()));
    }
    if (zip.size() > MAX_ENTRIES) {
      close();
      throw new TextReadException(path, TextReadException.Reason.TOO_LARGE, -1, Phrase.of("text.too_many_parts", kind, zip.size(), MAX_ENTRIES));
    }
  }

  /** True when the archive has a part of that name. */
  boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  /** The bytes of a part, or null when there is none. */
  byte[] read(String name) throws TextReadException {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      return null;
    }
    try (InputStream in = zip.getInputStream(e)) {
      byte[] b = in.readNBytes(MAX_PART_BYTES + 1);
      if (b.length > MAX_PART_BYTES) {
        throw new TextReadException(path, TextReadException.Reason.TOO_LARGE, -1, Phrase.of("text.part_too_large", name, MAX_PART_BYTES >> 20));
      }
      return b;
    } catch (IOException ex) {
      throw new TextReadException(path, TextReadException.Reason.CORRUPT, -1, Phrase.of("text.part_damaged", name, ex.getMessage()));
    }
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException ignored) {
      // read-only; nothing to lose
    }
  }
}
