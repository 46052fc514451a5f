package org.factdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code fsrs_parameters} table (migration 5) and the review-log read the optimizer needs. */
final class FsrsParametersTable {
  private FsrsParametersTable() {
  }

  static Optional<FittedParameters> find(Connection c, long profileId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT weights, fitted_at, reviews, log_loss, "
        + "rmse_bins, default_log_loss, default_rmse_bins, advised_retention, retention_curve "
        + "FROM fsrs_parameters WHERE profile_id = ?")) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        double[] w;
        try {
          w = FittedParameters.parseWeights(rs.getString(1));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        if (w.length != 21) {
          return Optional.empty();
        }
        return Optional.of(new FittedParameters(w, Instant.ofEpochMilli(rs.getLong(2)),
            rs.getLong(3), real(rs, 4), real(rs, 5), real(rs, 6), real(rs, 7), real(rs, 8),
            FittedParameters.parseCurve(rs.getString(9))));
      }
    }
  }

  static void save(Connection c, long profileId, FittedParameters p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO fsrs_parameters(profile_id, "
        + "weights, fitted_at, reviews, log_loss, rmse_bins, default_log_loss, default_rmse_bins, "
        + "advised_retention, retention_curve) VALUES (?,?,?,?,?,?,?,?,?,?) "
        + "ON CONFLICT(profile_id) DO UPDATE SET weights = excluded.weights, "
        + "fitted_at = excluded.fitted_at, reviews = excluded.reviews, "
        + "log_loss = excluded.log_loss, rmse_bins = excluded.rmse_bins, "
        + "default_log_loss = excluded.default_log_loss, "
        + "default_rmse_bins = excluded.default_rmse_bins, "
        + "advised_retention = excluded.advised_retention, "
        + "retention_curve = excluded.retention_curve")) {
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
  }

  /** A profile's whole review log, oldest first. */
  static List<LoggedReview> reviewLog(Connection c, long profileId) throws SQLException {
    List<LoggedReview> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT card_id, reviewed_at, rating "
        + "FROM review_log WHERE profile_id = ? ORDER BY reviewed_at, id")) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new LoggedReview(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
              rs.getInt(3)));
        }
      }
    }
    return out;
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
