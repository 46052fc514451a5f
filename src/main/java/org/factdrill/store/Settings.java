package org.factdrill.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code settings} table: a profile's study settings as text (defaults live in the caller). */
public final class Settings {
  private final Database db;
  private final Statements sql;

  Settings(Database db) {
    this.db = db;
    this.sql = db.statements("settings");
  }

  /** A profile's settings as stored, by key (absent keys take their defaults in the caller). */
  public Map<String, String> of(long profileId) throws StoreException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("all"))) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /**
   * One setting of the profile {@code profile} in the database file {@code path}, read without
   * creating, migrating or locking anything; empty when the file, the profile or the setting is
   * missing or the file cannot be read. For words printed before any session opens (the
   * interface language of a command's messages), where a failure must not hide the real error.
   */
  public static java.util.Optional<String> peek(java.nio.file.Path path, String profile,
      String key) {
    if (path == null || !java.nio.file.Files.isRegularFile(path)) {
      return java.util.Optional.empty();
    }
    try (Database d = Database.openReadOnly(path)) {
      if (d.isEmpty()) {
        return java.util.Optional.empty();
      }
      try (PreparedStatement ps = d.connection().prepareStatement(
          d.statements("settings").get("of_profile_name"))) {
        ps.setString(1, profile);
        ps.setString(2, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? java.util.Optional.ofNullable(rs.getString(1))
              : java.util.Optional.empty();
        }
      }
    } catch (StoreException | SQLException | RuntimeException e) {
      return java.util.Optional.empty(); // the command's own error says what is wrong
    }
  }

  /** Writes one setting. */
  public void put(long profileId, String key, String value) throws StoreException {
    putAll(profileId, Map.of(key, value));
  }

  /** Writes several settings of a profile in one transaction (all or none). */
  public void putAll(long profileId, Map<String, String> values) throws StoreException {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.get("put"))) {
        for (Map.Entry<String, String> e : values.entrySet()) {
          ps.setLong(1, profileId);
          ps.setString(2, e.getKey());
          ps.setString(3, e.getValue());
          ps.executeUpdate();
        }
      }
      return null;
    });
  }
}
