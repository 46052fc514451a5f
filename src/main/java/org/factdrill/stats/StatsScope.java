package org.factdrill.stats;

import java.time.LocalDate;

/**
 * Whose progress and which days to report.
 *
 * @param profile the learner's name, or null for the class view over all profiles
 * @param since the first local day counted (null: all history)
 * @param hardestLimit how many hardest facts to list
 */
public record StatsScope(String profile, LocalDate since, int hardestLimit) {
  public static final int DEFAULT_HARDEST = 10;

  public static StatsScope profile(String name, LocalDate since) {
    return new StatsScope(name, since, DEFAULT_HARDEST);
  }

  public static StatsScope allProfiles(LocalDate since) {
    return new StatsScope(null, since, DEFAULT_HARDEST);
  }

  public boolean isClass() {
    return profile == null;
  }
}
