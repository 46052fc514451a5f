-- Version 6 for PostgreSQL: fsrs_parameters as in ../V006__fsrs_parameters.sql, with PostgreSQL
-- types (bigint ids and milliseconds, double precision for REAL).
CREATE TABLE fsrs_parameters (
  profile_id          bigint  PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
  weights             text    NOT NULL,
  fitted_at           bigint  NOT NULL,
  reviews             integer NOT NULL,
  log_loss            double precision,
  rmse_bins           double precision,
  default_log_loss    double precision,
  default_rmse_bins   double precision,
  advised_retention   double precision,
  retention_curve     text
);
