package org.factdrill.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where things live: the project directory (set by the launcher as {@code factdrill.home}, else
 * the working directory) with its seeds/, question-banks/ and progress-db/.
 */
record AppPaths(Path home, Path seeds, Path banks, Path defaultBank, Path defaultDb) {

  static AppPaths resolve(Map<String, String> env, String homeProperty) {
    Path home = Path.of(homeProperty == null || homeProperty.isBlank() ? "." : homeProperty)
        .toAbsolutePath().normalize();
    Path db = env.get("FACTDRILL_DB") != null && !env.get("FACTDRILL_DB").isBlank()
        ? Path.of(env.get("FACTDRILL_DB")) : home.resolve("progress-db").resolve("progress.db");
    return new AppPaths(home, home.resolve("seeds"), home.resolve("question-banks"),
        home.resolve("question-banks").resolve("seeds.json"), db);
  }
}
