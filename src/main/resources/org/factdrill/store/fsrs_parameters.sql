-- FSRS-6 weights fitted to a profile's own review log by `factdrill optimize` (migration 6).

-- name: find
SELECT weights, fitted_at, reviews, log_loss, rmse_bins, default_log_loss, default_rmse_bins,
  advised_retention, retention_curve
FROM fsrs_parameters WHERE profile_id = ?

-- name: find_by_name
SELECT f.weights, f.fitted_at, f.reviews, f.log_loss, f.rmse_bins, f.default_log_loss,
  f.default_rmse_bins, f.advised_retention, f.retention_curve
FROM fsrs_parameters f JOIN profiles p ON p.id = f.profile_id WHERE p.name = ?

-- name: save
INSERT INTO fsrs_parameters(profile_id, weights, fitted_at, reviews, log_loss, rmse_bins,
  default_log_loss, default_rmse_bins, advised_retention, retention_curve)
VALUES (?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(profile_id) DO UPDATE SET weights = excluded.weights,
  fitted_at = excluded.fitted_at, reviews = excluded.reviews, log_loss = excluded.log_loss,
  rmse_bins = excluded.rmse_bins, default_log_loss = excluded.default_log_loss,
  default_rmse_bins = excluded.default_rmse_bins, advised_retention = excluded.advised_retention,
  retention_curve = excluded.retention_curve

-- name: desired_retention
SELECT s.value FROM settings s JOIN profiles p ON p.id = s.profile_id
WHERE p.name = ? AND s.key = 'desired_retention'
