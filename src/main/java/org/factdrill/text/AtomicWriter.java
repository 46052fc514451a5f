package org.factdrill.text;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way factdrill writes an output file. A regular file (or a new one) is written all at
 * once or not at all: the bytes go to a temporary file in the same directory, which is then
 * renamed over the target, so a crash never leaves half a file. A symbolic link is followed and
 * its target written the same way (the link stays). Anything else that exists and is not a
 * regular file (a FIFO, a device such as /dev/null) cannot be replaced by a rename without
 * destroying it, so it is written as a stream. {@code -} means standard output.
 */
public final class AtomicWriter {
  private static final int MAX_LINKS = 40; // as Linux's ELOOP limit

  private AtomicWriter() {}

  /** Something that writes the whole content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void writeString(Path target, String content) throws IOException {
    write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  public static void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  /** True for the path {@code -}, which means standard output. */
  public static boolean isStdout(Path target) {
    return target != null && target.toString().equals("-");
  }

  /** Temp files are created owner-only; give the result the old file's mode, or rw-r--r--. */
  private static void keepPermissions(Path target, Path tmp) {
    try {
      if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        return;
      }
      Set<PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, perms);
    } catch (IOException | UnsupportedOperationException e) {
      // Keep the temp file's owner-only mode: safe, if stricter than needed.
    }
  }

  /**
   * The path a write to {@code target} must really change: symbolic links followed to their
   * (possibly not yet existing) target, relative link targets resolved against the link's folder.
   */
  public static Path resolveLinks(Path target) throws IOException {
    Path p = target.toAbsolutePath();
    for (int i = 0; i < MAX_LINKS; i++) {
      if (!Files.isSymbolicLink(p)) {
        return p;
      }
      Path link = Files.readSymbolicLink(p);
      p = p.resolveSibling(link).normalize();
    }
    throw new IOException(target + ": too many levels of symbolic links");
  }

  /**
   * Fails before any work is done when {@link #write} could not write {@code target}: a folder,
   * a missing or read-only parent folder. Standard output, FIFOs and devices always pass.
   */
  public static void checkWritable(Path target) throws IOException {
    if (isStdout(target)) {
      return;
    }
    Path abs = resolveLinks(target);
    if (Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs)) {
      return; // a FIFO or device: written as a stream, its folder need not be writable
    }
    if (Files.isDirectory(abs)) {
      throw new IOException(target + ": is a directory; give a file name");
    }
    Path dir = abs.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IOException(target + ": directory " + dir + " does not exist");
    }
    if (dir != null && !Files.isWritable(dir)) {
      throw new IOException(target + ": cannot write in " + dir + " (permission denied)");
    }
  }

  /** Writes {@code content} to {@code target} (see the class comment); messages name the path. */
  public static void write(Path target, Content content) throws IOException {
    if (isStdout(target)) {
      OutputStream out = new FileOutputStream(FileDescriptor.out);
      content.writeTo(out);
      out.flush(); // not closed: standard output stays open for the rest of the program
      return;
    }
    Path abs = resolveLinks(target);
    if (Files.isDirectory(abs)) {
      throw new IOException(target + ": is a directory; give a file name");
    }
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
      writeStream(target, abs, content);
      return;
    }
    Path dir = abs.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new NoSuchFileException(target + ": directory " + dir + " does not exist");
    }
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    } catch (AccessDeniedException e) {
      throw new IOException(target + ": cannot write in " + dir + " (permission denied)", e);
    }
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      keepPermissions(abs, tmp);
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A FIFO or device: opened for writing as it is (no truncation, which devices refuse). */
  private static void writeStream(Path target, Path abs, Content content) throws IOException {
    try (OutputStream out = Files.newOutputStream(abs, StandardOpenOption.WRITE)) {
      content.writeTo(out);
    } catch (AccessDeniedException e) {
      throw new IOException(target + ": permission denied", e);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new IOException(target + ": write failed (" + why + ")", e);
    }
  }
}
