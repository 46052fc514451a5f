package org.factdrill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.factdrill.bank.Bank;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.study.AnswerChecker;
import org.factdrill.study.SessionSettings;
import org.factdrill.study.StudyBank;
import org.factdrill.study.StudySession;
import org.factdrill.study.TestBanks;

/**
 * Times the steps of starting a session on the benchmark fixture, and the heap a session keeps
 * (a diagnostic printed to stdout, not a test): {@code java -cp ... org.factdrill.bench.QueueSteps}.
 */
public final class QueueSteps {
  private QueueSteps() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path fixture = StudyBench.fixture(rows);
    Path tmp = Files.createTempDirectory("qs");
    Files.copy(fixture, tmp.resolve("p.db"));
    Bank bank = TestBanks.facts(StudyBench.CARDS + StudyBench.NEW_IN_BANK);
    Clock clock = Clock.fixed(StudyBench.NOW, ZoneOffset.UTC);
    FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults());
    try (Store s = Store.open(tmp.resolve("p.db"))) {
      Profile p = s.profile("bench", StudyBench.NOW);
      StudySession keep = null;
      for (int round = 0; round < 10; round++) {
        long t0 = System.nanoTime();
        StudyBank sb = StudyBank.of(bank);
        long t1 = System.nanoTime();
        var due = s.dueForQueue(p.id(), StudyBench.NOW.plusSeconds(86400));
        long t2 = System.nanoTime();
        var ids = s.cardIds(p.id());
        long t3 = System.nanoTime();
        keep = new StudySession(sb, s, p, fsrs, new SessionSettings(0.9, 20, 99_999), clock,
            new AnswerChecker(), 1);
        long t4 = System.nanoTime();
        System.out.printf("index bank %d ms | due query %d ms (%d cards) | known ids %d ms (%d) "
            + "| whole queue build %d ms (%d queued)%n", (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000, due.size(), (t3 - t2) / 1_000_000, ids.size(),
            (t4 - t3) / 1_000_000, keep.remaining());
      }
      Runtime rt = Runtime.getRuntime();
      for (int i = 0; i < 3; i++) {
        System.gc();
        Thread.sleep(200);
      }
      long withSession = rt.totalMemory() - rt.freeMemory();
      int left = keep.remaining();
      keep = null;
      for (int i = 0; i < 3; i++) {
        System.gc();
        Thread.sleep(200);
      }
      long without = rt.totalMemory() - rt.freeMemory();
      System.out.printf("heap retained by one session (%d queued): about %.1f MB (review rows: %d)%n",
          left, (withSession - without) / 1e6, rows);
    }
  }
}
