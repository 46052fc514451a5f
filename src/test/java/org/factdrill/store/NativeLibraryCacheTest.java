package org.factdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class NativeLibraryCacheTest {
  @TempDir
  Path cache;

  @Test
  void unpacksThisPlatformsLibraryOnceIntoAVersionedFolderAndReusesIt() throws Exception {
    Optional<Path> first = NativeLibraryCache.prepare(cache);
    assertTrue(first.isPresent());
    Path lib = first.get().resolve(System.mapLibraryName("sqlitejdbc"));
    assertTrue(first.get().startsWith(cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())),
        "keyed by the version in the jar: " + first.get());
    byte[] expected;
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/"
        + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + System.mapLibraryName("sqlitejdbc"))) {
      expected = in.readAllBytes();
    }
    assertEquals(expected.length, Files.size(lib));
    long modified = Files.getLastModifiedTime(lib).toMillis();
    assertEquals(first, NativeLibraryCache.prepare(cache));
    assertEquals(modified, Files.getLastModifiedTime(lib).toMillis(), "not copied again");
    try (Stream<Path> s = Files.list(first.get())) {
      assertEquals(1, s.count(), "no temp files left behind");
    }
  }

  @Test
  void theVersionConstantMatchesTheSqliteJdbcInTheBuild() {
    assertEquals(SQLiteJDBCLoader.getVersion(), NativeLibraryCache.SQLITE_JDBC_VERSION,
        "update NativeLibraryCache.SQLITE_JDBC_VERSION with the pom's sqlite.version");
  }

  @Test
  void anUnwritableCacheMeansNoCacheNotAFailure() throws Exception {
    Path blocked = cache.resolve("a-file");
    Files.writeString(blocked, "not a directory");
    assertEquals(Optional.empty(), NativeLibraryCache.prepare(blocked));
  }
}
