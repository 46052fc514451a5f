package org.factdrill.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps SQLite's native library unpacked in a per-user cache. Without it, sqlite-jdbc copies the
 * 1 MB library out of the jar into the temp directory and checks it on every start (~150 ms of
 * the TUI's 300 ms start-up budget); from the cache it is loaded directly (~25 ms).
 */
public final class NativeLibraryCache {
  /**
   * The sqlite-jdbc version this build ships; a test keeps it equal to the jar's. Asking the jar
   * ({@code SQLiteJDBCLoader.getVersion()}) costs ~30 ms at start-up, as does {@code OSInfo}
   * (it runs a process), so a cache hit uses neither.
   */
  static final String SQLITE_JDBC_VERSION = "3.47.1.0";
  private static final String PATH_PROPERTY = "org.sqlite.lib.path";
  private static final String NAME_PROPERTY = "org.sqlite.lib.name";

  private NativeLibraryCache() {}

  /**
   * The directory holding this platform's library under {@code cacheRoot}, unpacking it there
   * first if needed (atomically, so a crash or a second process never leaves half a library).
   * Empty when the jar has no library for this platform or the cache cannot be written: SQLite
   * then unpacks it itself, as it would without the cache.
   */
  public static Optional<Path> prepare(Path cacheRoot) {
    String name = libraryName();
    // Keyed by the JVM's own platform names, which need no probing; the library for them is
    // chosen by sqlite-jdbc's OSInfo once, when the cache is filled.
    Path dir = cacheRoot.resolve("sqlite-jdbc-" + SQLITE_JDBC_VERSION)
        .resolve(safe(System.getProperty("os.name")) + "-" + safe(System.getProperty("os.arch")));
    Path lib = dir.resolve(name);
    if (Files.isRegularFile(lib)) {
      return Optional.of(dir);
    }
    String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
        + name;
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, name, ".tmp");
      try {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        try {
          Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      return Optional.of(dir);
    } catch (IOException | SecurityException e) {
      return Optional.empty(); // read-only home, full disk: start a little slower, nothing else
    }
  }

  /**
   * Points sqlite-jdbc at the cached library (unless the user chose one with
   * {@code -Dorg.sqlite.lib.path}). These are sqlite-jdbc's own JVM-wide settings, so this is
   * called once, by the entry point, before any database is opened.
   */
  public static void use(Path cacheRoot) {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    prepare(cacheRoot).ifPresent(dir -> {
      System.setProperty(PATH_PROPERTY, dir.toString());
      System.setProperty(NAME_PROPERTY, libraryName());
    });
  }

  /**
   * {@link #use} and then loads the driver and opens an in-memory database, so the ~60 ms of
   * loading SQLite's classes and library is done (on the caller's thread, meant to be a background
   * one at start-up) before the first real database is opened. Failures are left for that open
   * to report, with its path in the message.
   */
  public static void warmUp(Path cacheRoot) {
    try {
      if (cacheRoot != null) {
        use(cacheRoot);
      }
      SQLiteJDBCLoader.initialize();
      try (java.sql.Connection c = SqliteFiles.sqlite("jdbc:sqlite::memory:", new SQLiteConfig());
           java.sql.Statement st = c.createStatement()) {
        st.execute("PRAGMA user_version");
      }
    } catch (Exception | LinkageError e) {
      // Nothing to do here: Store.open meets the same problem and reports it properly.
    }
  }

  private static String safe(String s) {
    return s == null ? "unknown" : s.replaceAll("[^A-Za-z0-9._]", "_");
  }

  private static String libraryName() {
    // sqlite-jdbc ships macOS libraries as .dylib, which mapLibraryName gives on current JDKs.
    return System.mapLibraryName("sqlitejdbc");
  }
}
