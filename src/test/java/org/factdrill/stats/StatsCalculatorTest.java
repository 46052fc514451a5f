package org.factdrill.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factdrill.stats.StatsReport.Day;
import org.factdrill.stats.StatsReport.Group;
import org.factdrill.stats.StatsReport.Rate;
import org.factdrill.store.Database;
import org.factdrill.store.ProgressQueries;
import org.factdrill.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure of the fixture, checked against numbers worked out by hand (see StatsFixture). */
class StatsCalculatorTest {
  @TempDir
  static Path dir;
  static StatsReport alice;
  static StatsReport cls;
  static StatsReport aliceSince;
  static StatsReport bobEmptyRange;
  static StatsReport carol;

  @BeforeAll
  static void build() throws Exception {
    Path db = dir.resolve("fixture.db");
    StatsFixture.build(db);
    try (Store store = Store.open(db)) {
      StatsCalculator calc = new StatsCalculator(store.progress(), StatsFixture.CLOCK);
      alice = calc.compute(StatsScope.profile("alice", null));
      cls = calc.compute(StatsScope.allProfiles(null));
      aliceSince = calc.compute(StatsScope.profile("alice", LocalDate.parse("2026-03-15")));
      bobEmptyRange = calc.compute(StatsScope.profile("bob", LocalDate.parse("2026-03-10")));
      carol = calc.compute(StatsScope.profile("carol", null));
    }
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void countsReviewsCorrectAnswersAndCappedTimeSpent() {
    StatsReport.Summary s = alice.summary();
    assertEquals(14, s.reviews());
    assertEquals(10, s.correct());
    // 5+4+3+5+6+20+3+300(capped from 400)+7+15+4+9+8+2 seconds
    assertEquals(391_000, s.timeMs());
    assertEquals(8, s.daysStudied());
    assertEquals(d("2026-03-20"), s.lastActive());
  }

  @Test
  void groupsReviewsByLocalDayInTheClockZone() {
    // 2026-03-14T22:30Z is 00:30 on the 15th in Jerusalem; 2026-03-19T23:00Z is the 20th.
    Day d15 = day(alice, "2026-03-15");
    assertEquals(3, d15.reviews());
    assertEquals(2, d15.correct());
    assertEquals(26_000, d15.timeMs());
    assertEquals(0, day(alice, "2026-03-14").reviews());
    assertEquals(2, day(alice, "2026-03-20").reviews());
    assertEquals(1, day(alice, "2026-03-19").reviews());
    assertEquals(300_000 + 0, day(alice, "2026-03-12").timeMs());
    // Dense from the first review day to today.
    assertEquals(d("2025-12-01"), alice.meta().from());
    assertEquals(d("2025-12-01"), alice.daily().get(0).date());
    assertEquals(d("2026-03-20"), alice.daily().get(alice.daily().size() - 1).date());
    assertEquals(110, alice.daily().size());
    assertEquals(14, alice.daily().stream().mapToLong(Day::reviews).sum());
  }

  private static Day day(StatsReport r, String date) {
    return r.daily().stream().filter(x -> x.date().equals(d(date))).findFirst().orElseThrow();
  }

  @Test
  void streaksCountConsecutiveLocalDays() {
    // 03-19 and 03-20 (today) -> current 2; 03-10..03-12 -> longest 3.
    assertEquals(2, alice.summary().currentStreak());
    assertEquals(3, alice.summary().longestStreak());
  }

  @Test
  void currentStreakSurvivesUntilTodayEnds() {
    TreeSet<LocalDate> days = new TreeSet<>(List.of(d("2026-03-17"), d("2026-03-18"), d("2026-03-19")));
    int[] s = StatsCalculator.streaks(days, d("2026-03-20"));
    assertEquals(3, s[0]);
    assertEquals(3, s[1]);
    assertEquals(0, StatsCalculator.streaks(days, d("2026-03-21"))[0]);
    assertEquals(0, StatsCalculator.streaks(new TreeSet<>(), d("2026-03-21"))[1]);
  }

  @Test
  void trueRetentionByPreviousInterval() {
    List<StatsReport.IntervalBucket> b = alice.retention().byInterval();
    assertEquals(List.of("<1d", "1-6d", "7-20d", "21-89d", "90-364d", ">=365d"),
        b.stream().map(StatsReport.IntervalBucket::label).collect(Collectors.toList()));
    // <1d: two passes after 10-minute relearning steps.
    assertEquals(Rate.of(2, 2), b.get(0).rate());
    // 1-6d: c2 fail (1d), c2 pass (1d), c3 fail (5d).
    assertEquals(Rate.of(3, 1), b.get(1).rate());
    // 7-20d: c2 fail (7d).
    assertEquals(Rate.of(1, 0), b.get(2).rate());
    // 21-89d: c1 Hard after 68 days passes, c4 Easy after 77 days passes.
    assertEquals(Rate.of(2, 2), b.get(3).rate());
    // 90-364d: c5 Again after 104 days (scheduled for 31: a late review) fails.
    assertEquals(Rate.of(1, 0), b.get(4).rate());
    assertEquals(Rate.of(0, 0), b.get(5).rate());
    assertNull(b.get(5).rate().rate());
    assertEquals(new Rate(3, 2, 0.6667), alice.retention().mature());
    assertEquals(new Rate(3, 2, 0.6667), alice.summary().trueRetention());
    assertEquals(new Rate(4, 1, 0.25), alice.retention().young());
  }

  @Test
  void trueRetentionPerWeekStartingMonday() {
    List<StatsReport.Week> w = alice.retention().weeks();
    assertEquals(16, w.size());
    assertEquals(d("2025-12-01"), w.get(0).start());
    StatsReport.Week w9 = w.get(14);
    assertEquals(d("2026-03-09"), w9.start());
    assertEquals(Rate.of(2, 1), w9.young());
    assertEquals(Rate.of(2, 1), w9.mature());
    StatsReport.Week w16 = w.get(15);
    assertEquals(d("2026-03-16"), w16.start());
    assertEquals(Rate.of(2, 0), w16.young());
    assertEquals(Rate.of(1, 1), w16.mature());
    assertEquals(Rate.of(0, 0), w.get(0).mature());
  }

  @Test
  void forecastPutsOverdueCardsOnToday() {
    StatsReport.Forecast f = alice.forecast();
    assertEquals(30, f.days().size());
    assertEquals(2, f.overdue());
    assertEquals(2, f.days().get(0).due());
    assertEquals(d("2026-03-20"), f.days().get(0).date());
    assertEquals(1, f.days().get(2).due());
    assertEquals(1, f.days().get(20).due());
    assertEquals(d("2026-04-09"), f.days().get(20).date());
    // c4 is due in 40 days: outside the forecast.
    assertEquals(4, f.days().stream().mapToLong(StatsReport.ForecastDay::due).sum());
  }

  @Test
  void masteryBySourceLanguageAndKind() {
    assertEquals(5, alice.summary().cards());
    assertEquals(2, alice.summary().mastered());
    assertEquals(List.of(new Group("(unknown)", 1, 1, 1.0), new Group("a.txt", 2, 1, 0.5),
        new Group("b.txt", 2, 0, 0.0)), alice.mastery().bySource());
    assertEquals(List.of(new Group("en", 3, 1, 0.3333), new Group("he", 1, 0, 0.0),
        new Group("vi", 1, 1, 1.0)), alice.mastery().byLang());
    assertEquals(List.of(new Group("date", 3, 1, 0.3333), new Group("money", 1, 1, 1.0),
        new Group("number", 1, 0, 0.0)), alice.mastery().byKind());
  }

  @Test
  void hardestFactsByLapsesThenRecallWithTheirSentence() {
    List<StatsReport.HardFact> h = alice.hardest();
    assertEquals(List.of("c2", "c5", "c3", "c1", "c4"),
        h.stream().map(StatsReport.HardFact::cardId).collect(Collectors.toList()));
    assertEquals(2, h.get(0).lapses());
    // (1 + factor * 1 / 10)^decay with FSRS-6 default decay 0.1542, one whole day.
    assertEquals(0.9857, h.get(0).retrievability());
    assertEquals(0.7146, h.get(1).retrievability());
    assertEquals(1.0, h.get(2).retrievability());
    assertEquals(0.9573, h.get(3).retrievability());
    assertEquals("Russia kept 23,000 troops at its 102nd base.", h.get(0).sentence());
    assertEquals("הנסיגה הושלמה בשנת 1993.", h.get(2).sentence());
    assertEquals(d("2026-03-22"), h.get(1).due());
  }

  @Test
  void memoryStateHistograms() {
    StatsReport.Memory m = alice.memory();
    assertEquals(List.of(1L, 1L, 0L, 1L, 1L, 1L, 0L), counts(m.stability()));
    assertEquals(28.5, m.stability().mean());
    assertEquals(List.of(0L, 1L, 0L, 0L, 1L, 1L, 1L, 0L, 1L), counts(m.difficulty()));
    assertEquals(6.1, m.difficulty().mean());
    assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 4L), counts(m.retrievability()));
    assertEquals(0.9315, m.retrievability().mean());
    assertEquals(5, m.retrievability().count());
  }

  private static List<Long> counts(StatsReport.Histogram h) {
    return h.bins().stream().map(StatsReport.Bin::count).collect(Collectors.toList());
  }

  @Test
  void heatmapCoversAYearOfWholeWeeks() {
    StatsReport.Heatmap hm = alice.heatmap();
    assertEquals(d("2026-03-20"), hm.end());
    assertEquals(java.time.DayOfWeek.MONDAY, hm.start().getDayOfWeek());
    assertTrue(!hm.start().isAfter(d("2026-03-20").minusDays(364)));
    assertEquals(3, hm.max());
    int i15 = (int) java.time.temporal.ChronoUnit.DAYS.between(hm.start(), d("2026-03-15"));
    assertEquals(3L, hm.counts().get(i15));
    assertEquals(14, hm.counts().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void classViewHasOneRowPerLearnerAndQuestionsWorstFirst() {
    assertEquals("class", cls.meta().scope());
    assertEquals(List.of("alice", "bob", "carol"), cls.meta().profiles());
    assertEquals(17, cls.summary().reviews());
    assertEquals(11, cls.summary().correct());
    assertEquals(10, cls.summary().daysStudied());
    assertEquals(7, cls.summary().cards());
    List<StatsReport.Learner> l = cls.classView().learners();
    assertEquals(new StatsReport.Learner("alice", 14, 10, new Rate(3, 2, 0.6667), 5, 2,
        d("2026-03-20")), l.get(0));
    assertEquals(new StatsReport.Learner("bob", 3, 1, new Rate(0, 0, null), 2, 0,
        d("2026-03-04")), l.get(1));
    assertEquals(new StatsReport.Learner("carol", 0, 0, new Rate(0, 0, null), 0, 0, null), l.get(2));
    List<StatsReport.QuestionRow> q = cls.classView().questions();
    assertEquals(List.of("q2", "q3", "q5", "q1", "q4"),
        q.stream().map(StatsReport.QuestionRow::questionId).collect(Collectors.toList()));
    assertEquals(new StatsReport.QuestionRow("q2", "c2", "Russia kept 23,000 troops at its 102nd base.",
        6, 3, 0.5, 2), q.get(0));
    assertEquals(0.6667, q.get(2).share());
    assertEquals(new StatsReport.QuestionRow("q1", "c1",
        "The base near Gyumri was handed over in 1995.", 4, 3, 0.75, 2), q.get(3));
    // Bob's c1 (1 lapse, 16 days at stability 1.5) ranks among the class's hardest, with his name.
    assertTrue(cls.hardest().stream().anyMatch(h -> h.profile().equals("bob") && h.cardId().equals("c1")
        && h.retrievability() == 0.6866));
    assertNull(alice.classView());
  }

  @Test
  void sinceLimitsReviewsButNotStreaksOrCardState() {
    StatsReport.Summary s = aliceSince.summary();
    assertEquals(6, s.reviews());
    assertEquals(3, s.correct());
    assertEquals(45_000, s.timeMs());
    assertEquals(3, s.daysStudied());
    assertEquals(2, s.currentStreak());
    assertEquals(3, s.longestStreak());
    assertEquals(5, s.cards());
    assertEquals(d("2026-03-15"), aliceSince.meta().from());
    assertEquals(6, aliceSince.daily().size());
    assertEquals(Rate.of(2, 1), aliceSince.retention().mature());
    assertEquals(Rate.of(2, 0), aliceSince.retention().young());
    assertEquals(0, aliceSince.heatmap().counts().get(0));
  }

  @Test
  void aRangeWithoutReviewsGivesZeros() {
    StatsReport.Summary s = bobEmptyRange.summary();
    assertEquals(0, s.reviews());
    assertEquals(0, s.timeMs());
    assertEquals(0, s.daysStudied());
    assertEquals(0, s.currentStreak());
    // Bob studied on 03-01 and 03-04: not consecutive.
    assertEquals(1, s.longestStreak());
    assertEquals(11, bobEmptyRange.daily().size());
    assertTrue(bobEmptyRange.daily().stream().allMatch(x -> x.reviews() == 0));
    assertNull(s.trueRetention().rate());
    assertTrue(bobEmptyRange.noReviews());
    assertEquals(2, s.cards());
  }

  @Test
  void aProfileWithoutReviewsGivesZeros() {
    assertTrue(carol.noReviews());
    assertEquals(0, carol.summary().cards());
    assertEquals(0, carol.summary().longestStreak());
    assertNull(carol.summary().lastActive());
    assertEquals(1, carol.daily().size());
    assertEquals(30, carol.forecast().days().size());
    assertTrue(carol.hardest().isEmpty());
    assertNull(carol.memory().stability().mean());
    assertEquals(List.of("carol"), carol.meta().profiles());
  }

  @Test
  void anEmptyDatabaseAndAMissingOneGiveTheSameZeros() throws Exception {
    Path db = dir.resolve("empty.db");
    try (Store store = Store.open(db)) {
      StatsCalculator calc = new StatsCalculator(store.progress(), StatsFixture.CLOCK);
      assertTrue(calc.profileNames().isEmpty());
      StatsReport r = calc.compute(StatsScope.allProfiles(null));
      assertEquals(StatsCalculator.empty(StatsScope.allProfiles(null), StatsFixture.CLOCK), r);
      assertTrue(r.noReviews());
      assertTrue(r.classView().learners().isEmpty());
      assertTrue(r.classView().questions().isEmpty());
    }
  }

  @Test
  void localDaysFollowDaylightSavingTimeAndTwoReadersAgreeWithOne() throws Exception {
    // Berlin moves from UTC+1 to UTC+2 at 01:00Z on 2026-03-29.
    Path db = dir.resolve("dst.db");
    java.time.Clock berlin = java.time.Clock.fixed(java.time.Instant.parse("2026-03-30T10:00:00Z"),
        java.time.ZoneId.of("Europe/Berlin"));
    try (Store store = Store.open(db)) {
      long p = store.profile("eve", java.time.Instant.EPOCH).id();
      var c = org.factdrill.store.TestAccess.connection(store);
      StatsFixture.review(c, p, "k1", "q1", "2025-08-01T10:00:00Z", 3, 1, 1000, "2025-08-02T10:00:00Z", null);
      StatsFixture.review(c, p, "k1", "q1", "2026-03-28T22:30:00Z", 3, 1, 1000, "2026-04-28T22:30:00Z", "Review");
      StatsFixture.review(c, p, "k2", "q2", "2026-03-28T23:30:00Z", 3, 1, 1000, "2026-03-30T23:30:00Z", null);
      StatsFixture.review(c, p, "k3", "q3", "2026-03-29T21:30:00Z", 3, 1, 1000, "2026-03-30T21:30:00Z", null);
      StatsFixture.review(c, p, "k4", "q4", "2026-03-29T22:30:00Z", 3, 1, 1000, "2026-03-30T22:30:00Z", null);
    }
    try (Database sdb = Database.openReadOnly(db)) {
      StatsReport one = new StatsCalculator(ProgressQueries.oneReader(sdb), berlin).compute(StatsScope.profile("eve", null));
      // 22:30Z on the 28th is 23:30 CET (28th); 23:30Z is 00:30 CET (29th); 21:30Z on the
      // 29th is 23:30 CEST (29th); 22:30Z is 00:30 CEST (30th).
      assertEquals(1, day(one, "2026-03-28").reviews());
      assertEquals(2, day(one, "2026-03-29").reviews());
      assertEquals(1, day(one, "2026-03-30").reviews());
      assertEquals(3, one.summary().currentStreak());
      // The history spans 242 days: enough for the second reader, which must change nothing.
      assertTrue(one.daily().size() > StatsCalculator.PARALLEL_MIN_DAYS);
      StatsReport two = new StatsCalculator(ProgressQueries.of(sdb), berlin)
          .compute(StatsScope.profile("eve", null));
      assertEquals(one, two);
      assertEquals(Rate.of(1, 1), two.retention().byInterval().get(4).rate());
    }
  }
}
