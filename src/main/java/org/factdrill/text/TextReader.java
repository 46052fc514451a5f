package org.factdrill.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.factdrill.lang.Phrase;

/**
 * Reads a text file as strict UTF-8. A bad byte is reported with its offset so the user can find
 * it; in lenient mode it is replaced with U+FFFD and a warning is passed to the caller instead.
 */
public final class TextReader {
  private final boolean lenient;
  private final Consumer<String> warnings;

  public TextReader(boolean lenient, Consumer<String> warnings) {
    this.lenient = lenient;
    this.warnings = warnings;
  }

  /** Strict reader that never warns. */
  public static TextReader strict() {
    return new TextReader(false, w -> {});
  }

  /** Returns the decoded text with a leading BOM removed. */
  public String read(Path path) throws TextReadException {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new TextReadException(path, TextReadException.Reason.UNREADABLE, -1,
            Phrase.of("text.directory_text"));
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new TextReadException(path, TextReadException.Reason.MISSING, -1,
          Phrase.of("text.no_such_file"));
    } catch (IOException e) {
      throw new TextReadException(path, TextReadException.Reason.UNREADABLE, -1,
          Phrase.of("text.cannot_read", e.getMessage()));
    }
    return decode(path, bytes);
  }

  /** Decodes bytes that came from {@code path} (used in messages only). */
  public String decode(Path path, byte[] bytes) throws TextReadException {
    if (looksBinary(bytes)) {
      throw new TextReadException(path, TextReadException.Reason.BINARY, -1,
          Phrase.of("text.binary"));
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = strict.decode(in, out, true);
    if (r.isError()) {
      long offset = in.position();
      if (!lenient) {
        throw new TextReadException(path, TextReadException.Reason.NOT_UTF8, offset,
            Phrase.of("text.not_utf8", offset));
      }
      warnings.accept(path + ": not valid UTF-8 at byte " + offset
          + "; bad bytes replaced with U+FFFD");
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
            .toString();
      } catch (CharacterCodingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
    strict.flush(out);
    out.flip();
    return out.toString();
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
