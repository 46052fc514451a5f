package org.factdrill.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where things live: the project directory (set by the launcher as {@code factdrill.home}, else
 * the working directory) with its seeds/, question-banks/ and progress-db/; and the per-user cache
 * ({@code $FACTDRILL_CACHE}, else {@code $XDG_CACHE_HOME/factdrill}, else
 * {@code ~/.cache/factdrill}; null when none can be named).
 */
record AppPaths(Path home, Path seeds, Path banks, Path defaultBank, Path defaultDb, Path cache) {

  static AppPaths resolve(Map<String, String> env, String homeProperty) {
    Path home = Path.of(homeProperty == null || homeProperty.isBlank() ? "." : homeProperty)
        .toAbsolutePath().normalize();
    Path db = env.get("FACTDRILL_DB") != null && !env.get("FACTDRILL_DB").isBlank()
        ? Path.of(env.get("FACTDRILL_DB")) : home.resolve("progress-db").resolve("progress.db");
    return new AppPaths(home, home.resolve("seeds"), home.resolve("question-banks"),
        home.resolve("question-banks").resolve("seeds.json"), db, cache(env));
  }

  /** The per-user cache directory named by {@code env}, or null. */
  static Path cache(Map<String, String> env) {
    if (isSet(env, "FACTDRILL_CACHE")) {
      return Path.of(env.get("FACTDRILL_CACHE")).toAbsolutePath();
    }
    if (isSet(env, "XDG_CACHE_HOME")) {
      return Path.of(env.get("XDG_CACHE_HOME")).toAbsolutePath().resolve("factdrill");
    }
    return isSet(env, "HOME")
        ? Path.of(env.get("HOME")).toAbsolutePath().resolve(".cache").resolve("factdrill") : null;
  }

  private static boolean isSet(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }
}
