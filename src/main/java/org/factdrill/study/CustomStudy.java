package org.factdrill.study;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;

/**
 * Custom study (Anki's filtered decks, without a deck): a session over part of the bank, chosen
 * by source ({@code src:}, file name or title), language ({@code lang:}), question type
 * ({@code type:}) and state ({@code is:due}, {@code is:new} beyond today's limit,
 * {@code is:failed} today). Nothing is written to a bank file: the selection lives in memory for
 * one session, and answers are scheduled as usual.
 */
public record CustomStudy(String source, String lang, String type, State state) {
  /** Which cards of the selection a custom session studies. */
  public enum State {
    /** The usual queue (due, then new within today's limit). */
    ANY,
    /** Only cards due (reviews and learning steps), no new ones. */
    DUE,
    /** Only new cards, beyond today's new-card limit. */
    NEW,
    /** Cards answered Again today, at once, whatever their due time. */
    FAILED
  }

  /** What a custom session runs on: the selected questions, settings, cards queued at once. */
  public record Plan(Bank bank, SessionSettings settings, Set<String> now) {}

  /**
   * Reads a query such as {@code src:001 lang:vi type:cloze is:failed}; throws
   * IllegalArgumentException naming a token it does not know.
   */
  public static CustomStudy parse(String query) {
    String src = null;
    String lang = null;
    String type = null;
    State state = State.ANY;
    for (String tok : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (tok.isEmpty()) {
        continue;
      }
      int colon = tok.indexOf(':');
      String key = colon < 0 ? "" : tok.substring(0, colon);
      String value = tok.substring(colon + 1);
      switch (key) {
        case "src", "source" -> src = value;
        case "lang" -> lang = value;
        case "type" -> type = value;
        case "is" -> state = switch (value) {
          case "due" -> State.DUE;
          case "new" -> State.NEW;
          case "failed" -> State.FAILED;
          default -> throw new IllegalArgumentException(tok);
        };
        default -> throw new IllegalArgumentException(tok);
      }
    }
    return new CustomStudy(src, lang, type, state);
  }

  /** Whether {@code q} (enabled) is in the selection by source, language and type. */
  public boolean selects(Bank bank, Question q) {
    if (q.isDisabled() || (lang != null && !lang.equals(q.lang()))
        || (type != null && !type.equals(q.type().json()))) {
      return false;
    }
    if (source == null) {
      return true;
    }
    String file = q.facts().isEmpty() ? null : q.facts().get(0).source();
    return file != null && (file.toLowerCase(Locale.ROOT).contains(source)
        || bank.titleOf(file).toLowerCase(Locale.ROOT).contains(source));
  }

  /** The plan of a custom session for {@code profile} now. */
  public Plan plan(Bank bank, Store store, Profile profile, SessionSettings settings, Clock clock)
      throws StoreException {
    List<Question> picked = new ArrayList<>();
    for (Question q : bank.questions()) {
      if (selects(bank, q)) {
        picked.add(q);
      }
    }
    Bank part = new Bank(bank.schemaVersion(), bank.generator(), bank.sources(), picked);
    SessionSettings s = settings;
    Set<String> now = null;
    switch (state) {
      case DUE -> s = new SessionSettings(settings.desiredRetention(), 0, 99_999,
          settings.leechThreshold());
      case NEW -> s = new SessionSettings(settings.desiredRetention(), 9999, 0,
          settings.leechThreshold());
      case FAILED -> {
        Instant dayStart = StudySession.studyDayStart(clock.instant(), clock);
        now = new HashSet<>(store.reviewLog().failedSince(profile.id(), dayStart));
        now.removeAll(store.suspendedCards(profile.id()));
      }
      default -> { }
    }
    return new Plan(part, s, now);
  }
}
