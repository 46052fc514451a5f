package org.factdrill.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.factdrill.lang.InterfaceWords;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.lang.Phrase;
import org.factdrill.store.Settings;

/**
 * The interface language of the command line's own lines (errors, confirmations, reports): the
 * profile's {@code ui_language} setting (what Settings in the TUI changes) when its database
 * file can be read, else the locale of the environment ({@code LC_ALL}, {@code LC_MESSAGES},
 * {@code LANG}, as gettext reads them) when a pack speaks it, else English.
 */
record Speech(InterfaceWords words) {

  /** The words for a command run with {@code db} (--db text, null: default) and {@code profile}. */
  static Speech of(Env env, String db, String profile) {
    String given = db != null && !db.isBlank() ? db.strip() : env.vars().get("FACTDRILL_DB");
    Path file = null;
    if (given == null || given.isBlank()) {
      file = env.paths().defaultDb();
    } else if (!given.startsWith("postgres")) {
      file = Path.of(given.strip());
    }
    String who = profile != null && !profile.isBlank() ? profile.strip()
        : env.vars().getOrDefault("USER", env.vars().getOrDefault("USERNAME", env.userName()));
    Optional<InterfaceWords> w = file == null || who == null ? Optional.empty()
        : Settings.peek(file, who, "ui_language").flatMap(LanguagePacks::interfaceWords);
    return new Speech(w.or(() -> fromLocale(env)).orElseGet(Speech::english));
  }

  /** The words of the command's own options (--db, --profile) in {@code env}. */
  static Speech of(Env env, CommonOptions common) {
    return of(env, common == null ? null : common.db, common == null ? null : common.profile);
  }

  private static Optional<InterfaceWords> fromLocale(Env env) {
    for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.vars().get(var);
      if (v != null && !v.isBlank()) {
        // ll_CC.charset@modifier: the language is what comes before the first separator.
        String code = v.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
        return LanguagePacks.interfaceWords(code); // the first set variable decides (POSIX)
      }
    }
    return Optional.empty();
  }

  private static InterfaceWords english() {
    return LanguagePacks.interfaceWords("en").orElseThrow();
  }

  /** {@code key} with {@code args} in this language. */
  String say(String key, Object... args) {
    return Phrase.of(key, args).in(words);
  }

  /** {@code p} in this language. */
  String say(Phrase p) {
    return p.in(words);
  }
}
