package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @TempDir Path dir;

  @Test
  void regularFileIsReplacedWholeAndNoTemporaryFileRemains() throws Exception {
    Path f = dir.resolve("out.txt");
    Files.writeString(f, "old");
    AtomicWriter.writeString(f, "new");
    assertEquals("new", Files.readString(f));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count());
    }
  }

  @Test
  void failingContentKeepsTheOldFile() throws Exception {
    Path f = dir.resolve("out.txt");
    Files.writeString(f, "old");
    assertThrows(IOException.class, () -> AtomicWriter.write(f, o -> {
      o.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("boom");
    }));
    assertEquals("old", Files.readString(f));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "no temporary file left");
    }
  }

  @Test
  void symbolicLinkIsFollowedAndStaysALink() throws Exception {
    Path real = Files.createDirectory(dir.resolve("real")).resolve("target.txt");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real/target.txt"));
    AtomicWriter.writeString(link, "new");
    assertTrue(Files.isSymbolicLink(link), "the link is not replaced by a file");
    assertEquals("new", Files.readString(real));
  }

  @Test
  void danglingSymbolicLinkCreatesItsTarget() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("made.txt"));
    AtomicWriter.writeString(link, "x");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("x", Files.readString(dir.resolve("made.txt")));
  }

  @Test
  void linkLoopIsRefusedWithTheName() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    IOException e = assertThrows(IOException.class, () -> AtomicWriter.writeString(a, "x"));
    assertTrue(e.getMessage().contains("symbolic links"), e.getMessage());
  }

  @Test
  void deviceIsWrittenAsAStreamNotReplaced() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && Files.isWritable(devNull));
    AtomicWriter.writeString(devNull, "discarded");
    assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS), "still a device");
    AtomicWriter.checkWritable(devNull);
  }

  @Test
  void fullDeviceGivesAnErrorNamingIt() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && Files.isWritable(full));
    IOException e = assertThrows(IOException.class,
        () -> AtomicWriter.write(full, new byte[1 << 16]));
    assertTrue(e.getMessage().startsWith("/dev/full: write failed"), e.getMessage());
    assertFalse(Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS), "still a device");
  }

  @Test
  void fifoReceivesTheBytes() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    AtomicWriter.writeString(fifo, "through the pipe");
    assertEquals("through the pipe", reader.get(10, TimeUnit.SECONDS));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a FIFO");
  }

  @Test
  void missingFolderIsReportedBeforeWriting() {
    Path f = dir.resolve("nope").resolve("x.txt");
    IOException e = assertThrows(IOException.class, () -> AtomicWriter.checkWritable(f));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void dashIsStandardOutput() throws Exception {
    assertTrue(AtomicWriter.isStdout(Path.of("-")));
    AtomicWriter.checkWritable(Path.of("-"));
    assertFalse(AtomicWriter.isStdout(Path.of("-x")));
  }
}
