package org.factdrill.text;

import java.nio.file.Path;
import org.factdrill.lang.Phrase;

/**
 * A file that cannot be read: missing, unreadable, not UTF-8, binary, or a document that is
 * encrypted, has no text layer, is too large, is damaged, or is of a kind factdrill does not read.
 */
public final class TextReadException extends Exception implements Phrase.Worded {
  private static final long serialVersionUID = 1L;

  /** Why the file was refused; {@link #BINARY} files are skipped with a warning, not an error. */
  public enum Reason {
    MISSING, UNREADABLE, NOT_UTF8, BINARY, ENCRYPTED, NO_TEXT, TOO_LARGE, CORRUPT, UNSUPPORTED
  }

  private final transient Path path;
  private final Reason reason;
  private final long byteOffset;
  private final transient Phrase what;

  public TextReadException(Path path, Reason reason, long byteOffset, String message) {
    super(message);
    this.path = path;
    this.reason = reason;
    this.byteOffset = byteOffset;
    this.what = null;
  }

  /** A refusal worded by the packs ({@code text.*} keys): "PATH: what" in English. */
  public TextReadException(Path path, Reason reason, long byteOffset, Phrase what) {
    this(path, path, reason, byteOffset, what);
  }

  /** As above, the message naming {@code shown} (null: no file, as for a bad encoding name). */
  public TextReadException(Path path, Path shown, Reason reason, long byteOffset, Phrase what) {
    super(shown == null ? what.english() : shown + ": " + what.english());
    this.path = path;
    this.reason = reason;
    this.byteOffset = byteOffset;
    this.what = shown == null ? what : Phrase.of("text.at", shown, what);
  }

  /** The message as a phrase, with the file's name ("PATH: what"); null when only English. */
  @Override
  public Phrase phrase() {
    return what;
  }

  public Path path() {
    return path;
  }

  public Reason reason() {
    return reason;
  }

  /** Offset of the first bad byte for {@link Reason#NOT_UTF8}, else -1. */
  public long byteOffset() {
    return byteOffset;
  }
}
