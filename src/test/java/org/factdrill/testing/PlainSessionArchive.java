package org.factdrill.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class-data-sharing archive (AppCDS) of the packaged jar's {@code study --plain} session, for
 * the end-to-end tests that start that session many times (the kill test twenty-one times, the
 * two-profile test six). The launcher ({@code ./factdrill}) archives its TUI start the same way;
 * a plain session loads some 2,200 classes from the jar (Jackson, ICU, sqlite-jdbc, ours), and
 * mapping them instead of loading and verifying them took a start with five answers from 2.5 to
 * 1.6 CPU s (four pairs, load ~10). What the session does is the same: the archive holds
 * classes, not state, and the JVM ignores it, silently, when the jar is not the one it was made
 * from.
 *
 * <p>Made once per build of the jar, next to it ({@code factdrill-plain-session.jsa}), by one
 * short session with {@code -XX:ArchiveClassesAtExit} that the first test asking starts in the
 * background: until the archive is there, starts go without it (made in the foreground, the
 * dump held up both tests that wanted it for 14 s at load 15). A file lock keeps the other test
 * JVMs (failsafe runs three) from making their own.
 */
public final class PlainSessionArchive {
  private static boolean started;

  private PlainSessionArchive() {}

  /**
   * The JVM options that map the archive of {@code jar}'s plain session, or none while it is
   * not there (the first call starts making it, with {@code bank}, a bank the session studies).
   */
  public static synchronized List<String> options(Path jar, Path bank) {
    if (System.getenv("FACTDRILL_NO_CDS") != null) {
      return List.of(); // as the launcher: starts without an archive, to compare
    }
    Path j = jar.toAbsolutePath();
    String name = j.getFileName().toString().replaceFirst("\\.jar$", "");
    Path archive = j.resolveSibling(name + "-plain-session.jsa");
    if (fresh(archive, j)) {
      // As the launcher: the JVM's notes about the archive would land in the session's stderr.
      return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
          "-Xlog:cds+dynamic=off");
    }
    if (!started) {
      started = true;
      Path b = bank.toAbsolutePath();
      Path lock = j.resolveSibling(name + "-plain-session.lock");
      Thread t = new Thread(() -> make(j, b, archive, lock), "plain-session-archive");
      t.setDaemon(true);
      t.start();
    }
    return List.of();
  }

  private static void make(Path jar, Path bank, Path archive, Path lock) {
    try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock held = ch.lock()) {
      if (!fresh(archive, jar)) {
        dump(jar, bank, archive);
      }
    } catch (IOException | InterruptedException e) {
      // no archive: the sessions start as they did without one
    }
  }

  private static boolean fresh(Path archive, Path jar) {
    try {
      return Files.size(archive) > 0
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** One plain session of three answers on a throwaway database, archived at its exit. */
  private static void dump(Path jar, Path bank, Path archive)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("factdrill-jsa");
    try {
      // Written beside the archive, then renamed: a rename within a directory is atomic.
      Path tmp = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid()
          + ".tmp");
      List<String> cmd = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      cmd.addAll(ShortJvms.LAUNCHER);
      cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + tmp, "-Dfile.encoding=UTF-8", "-jar",
          jar.toString(), "study", "--plain", "--bank", bank.toString(), "--db",
          dir.resolve("p.db").toString(), "--profile", "archive"));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().remove("FACTDRILL_DB");
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write("1\n3\n1\n3\n1\n3\n".getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return;
      }
      if (p.exitValue() == 0 && Files.isRegularFile(tmp) && Files.size(tmp) > 0) {
        Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      Files.deleteIfExists(tmp);
    } finally {
      try (var files = Files.walk(dir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
