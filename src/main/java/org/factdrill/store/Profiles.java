package org.factdrill.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code profiles} table: the learners sharing one database. */
public final class Profiles {
  private final Database db;
  private final Statements sql;

  Profiles(Database db) {
    this.db = db;
    this.sql = db.statements("profiles");
  }

  /** One profile with how much it has done, for {@code factdrill profile}. */
  public record Summary(String name, long cards, long reviews, Instant lastReview,
      Instant created) {}

  /** The profile named {@code name}, created on first use. */
  public Profile named(String name, Instant now) throws StoreException {
    Optional<Profile> known = find(name);
    if (known.isPresent()) {
      return known.get(); // no write: the usual case, and the integrity check may still be running
    }
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.get("insert"))) {
        ps.setString(1, name);
        ps.setLong(2, now.toEpochMilli());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(sql.get("by_name"))) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return new Profile(rs.getLong(1), name);
        }
      }
    });
  }

  /** The profile named {@code name} if it exists (never creates one). */
  public Optional<Profile> find(String name) throws StoreException {
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("by_name"))) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Profile(rs.getLong(1), name)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  /** Names of all profiles, sorted. */
  public List<String> names() throws StoreException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("names"));
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /** Every profile, by name, with its card and review counts. */
  public List<Summary> summaries() throws StoreException {
    List<Summary> out = new ArrayList<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("summaries"));
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Instant last = rs.getObject(4) == null ? null : Instant.ofEpochMilli(rs.getLong(4));
        out.add(new Summary(rs.getString(1), rs.getLong(2), rs.getLong(3), last,
            Instant.ofEpochMilli(rs.getLong(5))));
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }
}
