package org.factdrill.store.pg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.store.StoreException;
import org.postgresql.PGConnection;

/**
 * What an instructor does to a class: create it, add students (each a PostgreSQL login in the
 * class's student group), publish banks and class-wide settings. Student passwords are made
 * here and hashed on this side (SCRAM-SHA-256) before they reach the server; factdrill keeps no
 * copy, so the caller shows each one once.
 */
public final class ClassAdmin {
  private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final ClassServer server;
  private final SecureRandom random;

  public ClassAdmin(ClassServer server, SecureRandom random) {
    this.server = server;
    this.random = random;
  }

  /** Creates the class (or brings it up to date). The connecting login becomes its instructor. */
  public void init() throws StoreException {
    server.migrate();
  }

  /** A new or existing student: the password is null when the login existed already. */
  public record Added(String login, String password, boolean created) {}

  /**
   * Adds {@code login} to the class: creates the login with a fresh random password when it
   * does not exist (the caller prints it once), else only grants it the class.
   */
  public Added addStudent(String login, String name) throws StoreException {
    String l = login.strip().toLowerCase(java.util.Locale.ROOT);
    if (!LOGIN.matcher(l).matches()) {
      throw new StoreException("bad student login '" + login + "': use lower-case letters, "
          + "digits and _, starting with a letter (at most 63)");
    }
    server.checkVersion();
    Connection c = server.connection();
    try {
      c.setAutoCommit(false);
      boolean exists;
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
        ps.setString(1, l);
        try (ResultSet rs = ps.executeQuery()) {
          exists = rs.next();
        }
      }
      String password = null;
      try (Statement st = c.createStatement()) {
        if (!exists) {
          st.execute("CREATE ROLE " + l + " LOGIN");
        }
        st.execute("GRANT " + server.studentsRole() + " TO " + l);
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + server.schema()
          + ".students(login, name) VALUES (?, ?) ON CONFLICT (login) DO UPDATE SET "
          + "name = coalesce(excluded.name, students.name)")) {
        ps.setString(1, l);
        ps.setString(2, name == null || name.isBlank() ? null : name.strip());
        ps.executeUpdate();
      }
      if (!exists) {
        password = newPassword();
        // Hashed here: the server receives only the SCRAM verifier, never the password, so
        // neither its statement log nor ours can contain it.
        c.unwrap(PGConnection.class).alterUserPassword(l, password.toCharArray(),
            "scram-sha-256");
      }
      c.commit();
      return new Added(l, password, !exists);
    } catch (SQLException e) {
      rollback(c);
      throw server.describe(e);
    } finally {
      autoCommit(c);
    }
  }

  /** A new password: 16 characters from an alphabet without look-alikes (~94 bits). */
  String newPassword() {
    StringBuilder b = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** Publishes (or replaces) bank {@code name}; false when the same content was there. */
  public boolean publishBank(String name, String json) throws StoreException {
    server.checkVersion();
    String sha = sha256(json);
    try (PreparedStatement ps = server.connection().prepareStatement("INSERT INTO "
        + server.schema() + ".banks(name, content, sha256) VALUES (?, ?, ?) ON CONFLICT (name) "
        + "DO UPDATE SET content = excluded.content, sha256 = excluded.sha256, updated_at = now() "
        + "WHERE banks.sha256 <> excluded.sha256")) {
      ps.setString(1, name);
      ps.setString(2, json);
      ps.setString(3, sha);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw server.describe(e);
    }
  }

  /** Sets class-wide study settings (students get them on their next sync). */
  public void putSettings(Map<String, String> values) throws StoreException {
    server.checkVersion();
    Connection c = server.connection();
    try {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + server.schema()
          + ".settings VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
        for (Map.Entry<String, String> e : values.entrySet()) {
          ps.setString(1, e.getKey());
          ps.setString(2, e.getValue());
          ps.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException e) {
      rollback(c);
      throw server.describe(e);
    } finally {
      autoCommit(c);
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is failing; the first error is reported.
    }
  }

  static void autoCommit(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // As above.
    }
  }
}
