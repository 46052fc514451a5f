package org.factdrill.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code fsrs_parameters} table (migration 6): FSRS-6 weights fitted to a profile's own
 * reviews, one row per profile, replaced by each saved fit. A row that cannot be read back (hand
 * edited) counts as absent: the learner is scheduled with the defaults rather than not at all.
 */
public final class FittedParametersTable {
  private final Database db;
  private final Statements sql;

  FittedParametersTable(Database db) {
    this.db = db;
    this.sql = db.statements("fsrs_parameters");
  }

  /** The table of {@code db}, read-only when {@code db} is (statistics). */
  public static FittedParametersTable of(Database db) {
    return new FittedParametersTable(db);
  }

  /** The desired retention the profile named {@code name} has set, if it set one. */
  public java.util.OptionalDouble desiredRetention(String name) throws StoreException {
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("desired_retention"))) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return java.util.OptionalDouble.of(Double.parseDouble(rs.getString(1)));
        }
        return java.util.OptionalDouble.empty();
      }
    } catch (NumberFormatException e) {
      return java.util.OptionalDouble.empty();
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  /** The profile's fitted parameters, if it saved some. */
  public Optional<FittedParameters> of(long profileId) throws StoreException {
    return find("find", ps -> ps.setLong(1, profileId));
  }

  /** The fitted parameters of the profile named {@code name}, if any (for reports). */
  public Optional<FittedParameters> ofProfile(String name) throws StoreException {
    return find("find_by_name", ps -> ps.setString(1, name));
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private Optional<FittedParameters> find(String statement, Binder binder)
      throws StoreException {
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get(statement))) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        try {
          return Optional.of(new FittedParameters(FittedParameters.parseWeights(rs.getString(1)),
              Instant.ofEpochMilli(rs.getLong(2)), rs.getLong(3), real(rs, 4), real(rs, 5),
              real(rs, 6), real(rs, 7), real(rs, 8),
              FittedParameters.parseCurve(rs.getString(9))));
        } catch (RuntimeException e) {
          return Optional.empty();
        }
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("no such table")) {
        return Optional.empty(); // a read-only look at a database from before migration 6
      }
      throw db.describe(e);
    }
  }

  /** Stores (replaces) the profile's fitted parameters, in one transaction. */
  public void save(long profileId, FittedParameters p) throws StoreException {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.get("save"))) {
        ps.setLong(1, profileId);
        ps.setString(2, p.weightsText());
        ps.setLong(3, p.fittedAt().toEpochMilli());
        ps.setLong(4, p.reviews());
        setReal(ps, 5, p.logLoss());
        setReal(ps, 6, p.rmseBins());
        setReal(ps, 7, p.defaultLogLoss());
        setReal(ps, 8, p.defaultRmseBins());
        setReal(ps, 9, p.advisedRetention());
        ps.setString(10, p.curveText());
        ps.executeUpdate();
      }
      return null;
    });
  }

  private static double real(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? Double.NaN : v;
  }

  private static void setReal(PreparedStatement ps, int i, double v) throws SQLException {
    if (Double.isFinite(v)) {
      ps.setDouble(i, v);
    } else {
      ps.setNull(i, Types.REAL);
    }
  }
}
