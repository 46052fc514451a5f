package org.factdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;

/** The {@code cards} table: each profile's card states, read for the queue and written by answers. */
public final class Cards {
  private static final char FIELD = '\u001e';
  private static final char RECORD = '\u001f';

  private final Database db;
  private final Statements sql;

  Cards(Database db) {
    this.db = db;
    this.sql = db.statements("cards");
  }

  /** What the queue needs to know of a due card; the full row is read when it is shown. */
  public record DueCard(String cardId, CardState state, Instant due, Double stability,
      Instant lastReview) {}

  /** Every card of a profile, keyed by card id. */
  public Map<String, StoredCard> all(long profileId) throws StoreException {
    Map<String, StoredCard> out = new HashMap<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("all"))) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StoredCard sc = read(rs);
          out.put(sc.cardId(), sc);
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /** One card of a profile, if it has been answered. */
  public Optional<StoredCard> get(long profileId, String cardId) throws StoreException {
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("one"))) {
      ps.setLong(1, profileId);
      ps.setString(2, cardId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  /**
   * The cards of a profile due before {@code before} (all states), through the {@code cards_queue}
   * index: what a session may show today, without reading the rest of the collection.
   */
  public List<StoredCard> dueBefore(long profileId, Instant before) throws StoreException {
    List<StoredCard> out = new ArrayList<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("due_before"))) {
      ps.setLong(1, profileId);
      ps.setLong(2, before.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /**
   * The cards of a profile due before {@code before}, with just what ordering the queue needs,
   * fetched as one concatenated string (see cards.sql). Stability is SQLite's 15-digit text
   * form: good for ordering; the exact value comes from {@link #get} when the card is shown.
   */
  public List<DueCard> dueForQueue(long profileId, Instant before) throws StoreException {
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("due_for_queue"))) {
      ps.setLong(1, profileId);
      ps.setLong(2, before.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int count = rs.getInt(1);
        String all = rs.getString(2);
        List<DueCard> out = new ArrayList<>(count);
        if (count == 0) {
          return out;
        }
        for (String rec : split(all, RECORD)) {
          List<String> f = split(rec, FIELD);
          if (f.size() != 5) {
            return dueForQueueByRows(profileId, before); // an id with a separator in it
          }
          out.add(new DueCard(f.get(0), CardState.parse(f.get(1)),
              Instant.ofEpochMilli(Long.parseLong(f.get(2))),
              f.get(3).isEmpty() ? null : Double.valueOf(f.get(3)),
              f.get(4).isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(f.get(4)))));
        }
        return out.size() == count ? out : dueForQueueByRows(profileId, before);
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  private List<DueCard> dueForQueueByRows(long profileId, Instant before) throws StoreException {
    List<DueCard> out = new ArrayList<>();
    for (StoredCard sc : dueBefore(profileId, before)) {
      Card c = sc.card();
      out.add(new DueCard(sc.cardId(), c.state(), c.due(), c.stability(), c.lastReview()));
    }
    return out;
  }

  /** The ids of every card a profile has answered at least once (to tell new cards apart). */
  public Set<String> ids(long profileId) throws StoreException {
    // One concatenated string instead of 100,000 driver round trips (see dueForQueue).
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("ids_concatenated"))) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int count = rs.getInt(1);
        if (count == 0) {
          return new HashSet<>();
        }
        List<String> ids = split(rs.getString(2), RECORD);
        if (ids.size() == count) {
          return new HashSet<>(ids);
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("ids"))) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /** Inserts or updates a card after an answer (inside the caller's transaction). */
  void upsert(Connection c, long profileId, String cardId, Card card, int addReps, int addLapses,
      int addFails, ReviewRecord.CardMeta meta) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql.get("upsert"))) {
      ps.setLong(1, profileId);
      ps.setString(2, cardId);
      ps.setString(3, card.state().label());
      setInt(ps, 4, card.step());
      setDouble(ps, 5, card.stability());
      setDouble(ps, 6, card.difficulty());
      ps.setLong(7, card.due().toEpochMilli());
      setLong(ps, 8, card.lastReview() == null ? null : card.lastReview().toEpochMilli());
      ps.setInt(9, addReps);
      ps.setInt(10, addLapses);
      ps.setString(11, meta == null ? null : meta.source());
      ps.setString(12, meta == null ? null : meta.lang());
      ps.setString(13, meta == null ? null : meta.kind());
      ps.setString(14, meta == null ? null : meta.sentence());
      ps.setInt(15, addFails);
      ps.executeUpdate();
    }
  }

  /** Puts a card back as it was (undo), or deletes it when it was new (inside a transaction). */
  void restore(Connection c, long profileId, String cardId, StoredCard previous)
      throws SQLException {
    if (previous == null) {
      try (PreparedStatement ps = c.prepareStatement(sql.get("delete"))) {
        ps.setLong(1, profileId);
        ps.setString(2, cardId);
        ps.executeUpdate();
      }
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(sql.get("restore"))) {
      Card card = previous.card();
      ps.setString(1, card.state().label());
      setInt(ps, 2, card.step());
      setDouble(ps, 3, card.stability());
      setDouble(ps, 4, card.difficulty());
      ps.setLong(5, card.due().toEpochMilli());
      setLong(ps, 6, card.lastReview() == null ? null : card.lastReview().toEpochMilli());
      ps.setInt(7, previous.reps());
      ps.setInt(8, previous.lapses());
      ps.setInt(9, previous.fails());
      ps.setInt(10, previous.leech() ? 1 : 0);
      ps.setInt(11, previous.suspended() ? 1 : 0);
      ps.setLong(12, profileId);
      ps.setString(13, cardId);
      ps.executeUpdate();
    }
  }

  private static StoredCard read(ResultSet rs) throws SQLException {
    Integer step = rs.getObject(3) == null ? null : rs.getInt(3);
    Double s = rs.getObject(4) == null ? null : rs.getDouble(4);
    Double d = rs.getObject(5) == null ? null : rs.getDouble(5);
    Instant last = rs.getObject(7) == null ? null : Instant.ofEpochMilli(rs.getLong(7));
    Card card = new Card(CardState.parse(rs.getString(2)), step, s, d,
        Instant.ofEpochMilli(rs.getLong(6)), last);
    return new StoredCard(rs.getString(1), card, rs.getInt(8), rs.getInt(9), rs.getString(10),
        rs.getString(11), rs.getString(12), rs.getInt(13), rs.getInt(14) == 1,
        rs.getInt(15) == 1);
  }

  /**
   * Tags the card a leech and suspends it if it has been failed {@code threshold} times since it
   * was last unsuspended (inside the answer's transaction); true when it just became one.
   * A threshold of 0 turns leeches off.
   */
  boolean suspendIfLeech(Connection c, long profileId, String cardId, int threshold,
      java.time.Instant at) throws SQLException {
    if (threshold <= 0) {
      return false;
    }
    try (PreparedStatement ps = c.prepareStatement(sql.get("suspend_leech"))) {
      ps.setLong(1, at.toEpochMilli());
      ps.setLong(2, profileId);
      ps.setString(3, cardId);
      ps.setInt(4, threshold);
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Puts a suspended card back into study, its failure count started again (the leech tag
   * stays). False when it was not suspended. {@code at}: now, the change's time for sync.
   */
  public boolean unsuspend(long profileId, String cardId, java.time.Instant at)
      throws StoreException {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.get("unsuspend"))) {
        ps.setLong(1, at.toEpochMilli());
        ps.setLong(2, profileId);
        ps.setString(3, cardId);
        return ps.executeUpdate() == 1;
      }
    });
  }

  /** A card's leech state and when it last changed, as class sync carries it. */
  public record LeechState(String cardId, int fails, boolean leech, boolean suspended,
      long changedAt) {}

  /** The cards of a profile whose leech state ever changed. */
  public List<LeechState> leechChanges(long profileId) throws StoreException {
    List<LeechState> out = new ArrayList<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("leech_changes"))) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new LeechState(rs.getString(1), rs.getInt(2), rs.getInt(3) != 0,
              rs.getInt(4) != 0, rs.getLong(5)));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /**
   * Leech states from another device, each kept where it changed later than the local one (one
   * transaction); returns how many cards changed.
   */
  public int applyLeechStates(long profileId, List<LeechState> states) throws StoreException {
    return db.inTransaction(c -> {
      int n = 0;
      try (PreparedStatement ps = c.prepareStatement(sql.get("apply_leech"))) {
        for (LeechState l : states) {
          ps.setInt(1, l.fails());
          ps.setInt(2, l.leech() ? 1 : 0);
          ps.setInt(3, l.suspended() ? 1 : 0);
          ps.setLong(4, l.changedAt());
          ps.setLong(5, profileId);
          ps.setString(6, l.cardId());
          ps.setLong(7, l.changedAt());
          n += ps.executeUpdate();
        }
      }
      return n;
    });
  }

  /** The ids of a profile's suspended cards (leeches), sorted. */
  public List<String> suspended(long profileId) throws StoreException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("suspended"))) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    out.sort(null);
    return out;
  }

  static List<String> split(String s, char sep) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, from)) {
      out.add(s.substring(from, i));
      from = i + 1;
    }
    out.add(s.substring(from));
    return out;
  }

  static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.REAL);
    } else {
      ps.setDouble(i, v);
    }
  }

  static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setLong(i, v);
    }
  }
}
