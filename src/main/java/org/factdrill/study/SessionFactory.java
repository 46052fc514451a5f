package org.factdrill.study;

import java.time.Clock;
import org.factdrill.bank.Bank;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;

/**
 * Makes study sessions. The composition root (cli) hands one to the TUI and uses the same one
 * for {@code study --plain}, so scheduler and session are wired in one place.
 */
@FunctionalInterface
public interface SessionFactory {
  /** A new session over {@code bank} for {@code profile} with its {@code settings}. */
  default StudySession open(Bank bank, Store store, Profile profile, SessionSettings settings)
      throws StoreException {
    return open(bank, store, profile, settings, null);
  }

  /**
   * As above; the cards of {@code now} (custom study) are queued at once whatever their due
   * time, instead of the usual queue. Null: the usual queue.
   */
  StudySession open(Bank bank, Store store, Profile profile, SessionSettings settings,
      java.util.Set<String> now) throws StoreException;

  /**
   * The standard wiring: FSRS with the profile's desired retention and interval fuzz (it spreads
   * cards learned together over neighbouring days), seeded from the clock so that the interval
   * previewed for a grade is the one grading saves; the learner's own fitted weights when
   * {@code factdrill optimize} saved some.
   */
  static SessionFactory standard(Clock clock) {
    return (bank, store, profile, settings, now) -> {
      FsrsParameters params = FsrsParameters.defaults()
          .withDesiredRetention(settings.desiredRetention()).withFuzz(true);
      // Weights fitted to this learner by `factdrill optimize`, when they saved some.
      var fitted = store.fittedParameters(profile.id());
      if (fitted.isPresent()) {
        params = params.withWeights(fitted.get().weights());
      }
      return new StudySession(StudyBank.of(bank), store, profile, new FsrsScheduler(params),
          settings, clock, new AnswerChecker(), clock.millis(), now);
    };
  }
}
