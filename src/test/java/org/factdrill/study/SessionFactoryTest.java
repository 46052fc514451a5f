package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.Rating;
import org.factdrill.store.FittedParameters;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions are scheduled with the learner's own fitted weights once optimize saved some. */
class SessionFactoryTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  @TempDir java.nio.file.Path dir;

  private static Duration easy(StudySession s) {
    return s.previewIntervals().get(Rating.EASY);
  }

  @Test
  void savedWeightsChangeTheIntervalsAndDefaultsAreUsedWithoutThem() throws Exception {
    MutableClock clock = new MutableClock(T0);
    SessionFactory sessions = SessionFactory.standard(clock);
    try (Store store = Store.open(dir.resolve("p.db"))) {
      Profile ana = store.profile("ana", T0);
      Profile bob = store.profile("bob", T0);
      Duration byDefault = easy(sessions.open(TestBanks.facts(3), store, ana,
          SessionSettings.defaults()));
      double[] w = FsrsParameters.defaults().w();
      w[3] = 90; // initial stability after a first Easy: 90 days instead of the default ~16
      store.saveFittedParameters(ana.id(), new FittedParameters(w, T0, 1000, 0.3, 0.05, 0.31,
          0.06, Double.NaN, Map.of()));
      Duration fitted = easy(sessions.open(TestBanks.facts(3), store, ana,
          SessionSettings.defaults()));
      Duration other = easy(sessions.open(TestBanks.facts(3), store, bob,
          SessionSettings.defaults()));
      assertTrue(fitted.toDays() > byDefault.toDays() * 2, byDefault + " vs " + fitted);
      assertEquals(byDefault.toDays(), other.toDays(), 1, "another profile keeps the defaults");
    }
  }
}
