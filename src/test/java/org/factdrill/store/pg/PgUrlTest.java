package org.factdrill.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class server URLs and credentials, resolved as libpq does; the password never shown. */
class PgUrlTest {
  @TempDir
  Path home;

  @Test
  void urlPartsWithDefaultsFromTheEnvironment() {
    PgUrl u = PgUrl.parse("postgresql://ana:s%40cret@db.school:6543/hist?sslmode=require",
        Map.of(), null, "me");
    assertEquals("db.school", u.host());
    assertEquals(6543, u.port());
    assertEquals("hist", u.database());
    assertEquals("ana", u.user());
    assertEquals("s@cret", u.properties().getProperty("password"));
    assertEquals("require", u.properties().getProperty("sslmode"));
    assertEquals("jdbc:postgresql://db.school:6543/hist", u.jdbcUrl());
    assertEquals("postgresql://ana:***@db.school:6543/hist", u.toString());

    PgUrl d = PgUrl.parse("postgres://", Map.of("PGHOST", "h", "PGPORT", "7", "PGUSER", "bo",
        "PGDATABASE", "x", "PGPASSWORD", "pw"), null, "me");
    assertEquals("bo@h:7/x", d.describe());
    assertEquals("pw", d.properties().getProperty("password"));
    PgUrl bare = PgUrl.parse("postgresql://host", Map.of(), null, "me");
    assertEquals("me", bare.user());
    assertEquals("me", bare.database());
    assertEquals(5432, bare.port());
    assertFalse(bare.hasPassword());
  }

  @Test
  void thePasswordFileIsReadOnlyWhenPrivateAndMatchesLikeLibpq() throws Exception {
    Path pass = home.resolve(".pgpass");
    Files.writeString(pass, "# comment\nother:*:*:*:no\ndb.school:5432:hist:ana:fr\\:om\\\\file\n"
        + "*:*:*:bo:any\n");
    Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-------"));
    PgUrl u = PgUrl.parse("postgresql://ana@db.school/hist", Map.of(), home.toString(), "me");
    assertEquals("fr:om\\file", u.properties().getProperty("password"));
    assertEquals("any", PgUrl.parse("postgresql://bo@x/y", Map.of(), home.toString(), "me")
        .properties().getProperty("password"));
    assertFalse(PgUrl.parse("postgresql://cy@x/y", Map.of(), home.toString(), "me").hasPassword());
    // The URL's own password and PGPASSWORD come first.
    assertEquals("env", PgUrl.parse("postgresql://ana@db.school/hist",
        Map.of("PGPASSWORD", "env"), home.toString(), "me").properties().getProperty("password"));
    // Readable by others: ignored, as libpq does.
    Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-r--r--"));
    assertNull(PgUrl.fromPassFile(pass, "db.school", 5432, "hist", "ana"));
    // PGPASSFILE names another file.
    Path other = home.resolve("pw");
    Files.writeString(other, "*:*:*:*:elsewhere\n");
    Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
    assertEquals("elsewhere", PgUrl.parse("postgresql://ana@db.school/hist",
        Map.of("PGPASSFILE", other.toString()), home.toString(), "me").properties()
        .getProperty("password"));
  }

  @Test
  void passwordsAreMaskedInEveryMessage() {
    assertEquals("see postgresql://ana:***@h/d now", PgUrl.mask("see postgresql://ana:pw1@h/d now"));
    assertEquals("postgres://:***@h", PgUrl.mask("postgres://:x@h"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PgUrl.parse("postgresql://ana:top secret@h/d", Map.of(), null, "me"));
    assertFalse(e.getMessage().contains("top secret"), e.getMessage());
    PgUrl u = PgUrl.parse("postgresql://ana:hunter22@h/d", Map.of(), null, "me");
    assertEquals("failed for *** at h", u.scrub("failed for hunter22 at h"));
    assertTrue(PgUrl.isUrl("postgresql://x") && !PgUrl.isUrl("progress.db"));
  }
}
