package org.factdrill.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The progress database as a session holds it: one read-write {@link Database} and its tables
 * ({@link #cards()}, {@link #reviewLog()}, {@link #profiles()}, {@link #settings()}, the
 * read-only {@link #progress()}). The shortcuts below are the calls a study session makes.
 */
public final class Store implements AutoCloseable {
  private final Database db;
  private final Cards cards;
  private final ReviewLog reviewLog;
  private final Profiles profiles;
  private final Settings settings;
  private final ProgressQueries progress;
  private FittedParametersTable fitted; // read on first use: only sessions and optimize need it

  /**
   * Reads every table's statements now: the TUI opens the store while the terminal is being set
   * up, so this costs nothing between the terminal being ready and the first frame.
   */
  private Store(Database db) {
    this.db = db;
    this.cards = new Cards(db);
    this.reviewLog = new ReviewLog(db, cards);
    this.profiles = new Profiles(db);
    this.settings = new Settings(db);
    this.progress = new ProgressQueries(db, true);
  }

  /** Opens (creating and migrating as needed) the database at {@code path}; see {@link Database#open}. */
  public static Store open(Path path) throws StoreException {
    return new Store(Database.open(path));
  }

  /** Like {@link #open}, the integrity check deferred to the first write; see {@link Database}. */
  public static Store openDeferringCheck(Path path) throws StoreException {
    return new Store(Database.openDeferringCheck(path));
  }

  /**
   * Opens (creating the tables and migrating as needed) the progress database on a PostgreSQL
   * server; see {@link Database#openServer}.
   */
  public static Store open(org.factdrill.store.pg.PgUrl server) throws StoreException {
    return new Store(Database.openServer(server, false));
  }

  /** The database (dialect, path, integrity). */
  public Database database() {
    return db;
  }

  /** The cards table. */
  public Cards cards() {
    return cards;
  }

  /** The review log. */
  public ReviewLog reviewLog() {
    return reviewLog;
  }

  /** The profiles table. */
  public Profiles profileTable() {
    return profiles;
  }

  /** The settings table. */
  public Settings settingsTable() {
    return settings;
  }

  /** The FSRS weights fitted by {@code factdrill optimize}. */
  public synchronized FittedParametersTable fittedParametersTable() {
    if (fitted == null) {
      fitted = new FittedParametersTable(db);
    }
    return fitted;
  }

  /** The profile's fitted FSRS weights, if it saved some; see {@link FittedParametersTable}. */
  public Optional<FittedParameters> fittedParameters(long profileId) throws StoreException {
    return fittedParametersTable().of(profileId);
  }

  /** Stores (replaces) the profile's fitted FSRS weights. */
  public void saveFittedParameters(long profileId, FittedParameters p) throws StoreException {
    fittedParametersTable().save(profileId, p);
  }

  /** Read-only progress queries (Home, statistics). */
  public ProgressQueries progress() {
    return progress;
  }

  public Path path() {
    return db.path();
  }

  /** See {@link Database#verify()}. */
  public void verify() throws StoreException {
    db.verify();
  }

  /** The profile named {@code name}, created on first use. */
  public Profile profile(String name, Instant now) throws StoreException {
    return profileTable().named(name, now);
  }

  /** The profile named {@code name} if it exists (never creates one). */
  public Optional<Profile> findProfile(String name) throws StoreException {
    return profileTable().find(name);
  }

  /** Every profile, by name, with its card and review counts. */
  public List<Profiles.Summary> profiles() throws StoreException {
    return profileTable().summaries();
  }

  /** A profile's settings as stored. */
  public Map<String, String> settings(long profileId) throws StoreException {
    return settingsTable().of(profileId);
  }

  public void putSetting(long profileId, String key, String value) throws StoreException {
    settingsTable().put(profileId, key, value);
  }

  /** Writes several settings of a profile in one transaction (all or none). */
  public void putSettings(long profileId, Map<String, String> values) throws StoreException {
    settingsTable().putAll(profileId, values);
  }

  /** Every card of a profile, keyed by card id. */
  public Map<String, StoredCard> cards(long profileId) throws StoreException {
    return cards.all(profileId);
  }

  public Optional<StoredCard> card(long profileId, String cardId) throws StoreException {
    return cards.get(profileId, cardId);
  }

  public List<StoredCard> dueBefore(long profileId, Instant before) throws StoreException {
    return cards.dueBefore(profileId, before);
  }

  public List<Cards.DueCard> dueForQueue(long profileId, Instant before) throws StoreException {
    return cards.dueForQueue(profileId, before);
  }

  public Set<String> cardIds(long profileId) throws StoreException {
    return cards.ids(profileId);
  }

  /** See {@link ReviewLog#record}. */
  public long recordReview(ReviewRecord r) throws StoreException {
    return reviewLog.record(r);
  }

  /** See {@link ReviewLog#record(ReviewRecord, int)}: the answer, and a leech suspended. */
  public ReviewLog.Recorded recordReview(ReviewRecord r, int leechThreshold)
      throws StoreException {
    return reviewLog.record(r, leechThreshold);
  }

  /** See {@link Cards#unsuspend}. */
  public boolean unsuspend(long profileId, String cardId, Instant at) throws StoreException {
    return cards.unsuspend(profileId, cardId, at);
  }

  /** See {@link Cards#suspended}. */
  public List<String> suspendedCards(long profileId) throws StoreException {
    return cards.suspended(profileId);
  }

  /** See {@link ReviewLog#undo}. */
  public void undoReview(long profileId, long reviewId, String cardId, StoredCard previous)
      throws StoreException {
    reviewLog.undo(profileId, reviewId, cardId, previous);
  }

  public ReviewLog.Tally tallySince(long profileId, Instant from) throws StoreException {
    return reviewLog.tallySince(profileId, from);
  }

  /** The cards a profile answered since {@code from}. */
  public Set<String> cardsAnsweredSince(long profileId, Instant from) throws StoreException {
    return reviewLog().cardsSince(profileId, from);
  }

  public long reviewCount(long profileId) throws StoreException {
    return reviewLog.count(profileId);
  }

  @Override
  public void close() throws StoreException {
    db.close();
  }
}
