-- Version 5: FSRS-6 weights fitted to a profile's own review log by `factdrill optimize`, with
-- when and from how many reviews, the held-out figures, and the retention advice (the simulated
-- curve as "retention:seconds_per_remembered" pairs separated by spaces). One row per profile;
-- a new fit replaces it. Absent: the scheduler uses the FSRS-6 defaults.
CREATE TABLE fsrs_parameters (
  profile_id          INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
  weights             TEXT    NOT NULL,
  fitted_at           INTEGER NOT NULL,
  reviews             INTEGER NOT NULL,
  log_loss            REAL,
  rmse_bins           REAL,
  default_log_loss    REAL,
  default_rmse_bins   REAL,
  advised_retention   REAL,
  retention_curve     TEXT
);
