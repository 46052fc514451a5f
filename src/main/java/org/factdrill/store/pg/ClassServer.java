package org.factdrill.store.pg;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.store.StoreException;

/**
 * A connection to a class on a PostgreSQL server: the class is a schema owned by its instructor.
 * Opens the connection, applies the class's numbered forward-only migrations (instructor only),
 * and turns the driver's failures into one line that says what, where and how to fix, without
 * the password.
 */
public final class ClassServer implements AutoCloseable {
  /** Class migrations, in order; {@code meta.schema_version} records how many ran. */
  static final List<String> MIGRATIONS = List.of("C001__class.sql", "C002__summaries.sql",
      "C003__leeches.sql");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,47}");

  private final PgUrl url;
  private final String schema;
  private final Connection conn;

  private ClassServer(PgUrl url, String schema, Connection conn) {
    this.url = url;
    this.schema = schema;
    this.conn = conn;
  }

  /**
   * Connects to {@code url}. With {@code schema} null the class is the one the login belongs
   * to as a student, or owns as an instructor, when there is exactly one.
   */
  public static ClassServer connect(PgUrl url, String schema) throws StoreException {
    if (schema != null) {
      checkName(schema, "class name");
    }
    Connection c;
    try {
      c = DriverManager.getConnection(url.jdbcUrl(), url.properties());
    } catch (SQLException e) {
      throw describe(url, e);
    }
    try {
      String s = schema != null ? schema : findClass(c, url);
      return new ClassServer(url, s, c);
    } catch (SQLException e) {
      close(c);
      throw describe(url, e);
    } catch (StoreException e) {
      close(c);
      throw e;
    }
  }

  private static String findClass(Connection c, PgUrl url) throws SQLException, StoreException {
    // Classes this login studies in (member of <class>_student) or owns.
    List<String> found = new java.util.ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT n.nspname FROM pg_namespace n WHERE EXISTS (SELECT 1 FROM pg_class t "
            + "WHERE t.relnamespace = n.oid AND t.relname = 'meta' AND t.relkind = 'r') "
            + "AND EXISTS (SELECT 1 FROM pg_class t WHERE t.relnamespace = n.oid "
            + "AND t.relname = 'review_log') AND (pg_has_role(n.nspowner, 'USAGE') "
            + "OR (EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = n.nspname || '_student') "
            + "AND pg_has_role(n.nspname || '_student', 'MEMBER'))) ORDER BY 1")) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    throw new StoreException(url.describe() + ": " + (found.isEmpty()
        ? "no factdrill class for this login; the instructor creates one with "
            + "`factdrill class init` and adds you with `class add-student`"
        : "this login is in several classes (" + String.join(", ", found)
            + "); choose one with --class"));
  }

  static void checkName(String name, String what) throws StoreException {
    if (!NAME.matcher(name).matches()) {
      throw new StoreException("bad " + what + " '" + name + "': use lower-case letters, digits "
          + "and _, starting with a letter (at most 48)");
    }
  }

  public String schema() {
    return schema;
  }

  public PgUrl url() {
    return url;
  }

  Connection connection() {
    return conn;
  }

  /** The group role of the class's students. */
  String studentsRole() {
    return schema + "_student";
  }

  /** This login's name on the server. */
  public String login() throws StoreException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_user")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw describe(e);
    }
  }

  /** The class's schema version (0 when the class does not exist). */
  int version() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT to_regclass(? || '.meta') IS NOT NULL")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return 0;
        }
      }
    }
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT value FROM " + schema + ".meta WHERE key = 'schema_version'")) {
      return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
    }
  }

  /** Refuses a class written by a newer factdrill, or one not created yet. */
  void checkVersion() throws StoreException {
    try {
      int v = version();
      if (v == 0) {
        throw new StoreException(url.describe() + ": no class '" + schema + "' on this server "
            + "(or no access to it); the instructor creates it with `factdrill class init`");
      }
      if (v > MIGRATIONS.size()) {
        throw new StoreException(url.describe() + ": class '" + schema + "' was set up by a "
            + "newer factdrill (class schema " + v + ", this version knows up to "
            + MIGRATIONS.size() + "); upgrade factdrill");
      }
    } catch (SQLException e) {
      throw describe(e);
    }
  }

  /**
   * Creates the class if needed (schema owned by this login, the students' group role) and
   * applies pending migrations, each in one transaction with its version bump.
   */
  void migrate() throws StoreException {
    try {
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement()) {
        // One instructor at a time: two `class init` runs must not both create the schema.
        st.execute("SELECT pg_advisory_xact_lock(hashtext('factdrill class ' || "
            + quoteLiteral(schema) + "))");
        st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            + quoteLiteral(studentsRole()) + ") THEN CREATE ROLE " + studentsRole()
            + " NOLOGIN; END IF; END $$");
        st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        st.execute("CREATE TABLE IF NOT EXISTS " + schema + ".meta (key text PRIMARY KEY, "
            + "value text NOT NULL)");
        conn.commit();
      }
      int from = version();
      if (from > MIGRATIONS.size()) {
        checkVersion();
      }
      for (int v = from + 1; v <= MIGRATIONS.size(); v++) {
        try (Statement st = conn.createStatement()) {
          st.execute("SELECT pg_advisory_xact_lock(hashtext('factdrill class ' || "
              + quoteLiteral(schema) + "))");
          if (version() >= v) {
            conn.commit();
            continue;
          }
          String sql = load(MIGRATIONS.get(v - 1)).replace("${schema}", schema)
              .replace("${students}", studentsRole());
          for (String stmt : sql.split(";\\s*(\\n|$)")) {
            String s = stripComments(stmt);
            if (!s.isBlank()) {
              st.execute(s);
            }
          }
          st.execute("INSERT INTO " + schema + ".meta VALUES ('schema_version', '" + v
              + "') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
          conn.commit();
        } catch (SQLException e) {
          conn.rollback();
          throw e;
        }
      }
    } catch (SQLException e) {
      throw describe(e);
    } finally {
      try {
        conn.setAutoCommit(true);
      } catch (SQLException ignored) {
        // The connection is failing already; the first error is the one reported.
      }
    }
  }

  static String quoteLiteral(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String stripComments(String s) {
    StringBuilder b = new StringBuilder();
    for (String line : s.split("\n")) {
      if (!line.strip().startsWith("--")) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  private static String load(String name) {
    try (InputStream in = ClassServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing class migration " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  StoreException describe(SQLException e) {
    return describe(url, e);
  }

  /** One line for a failure talking to the server: what, where, how to fix; no password. */
  static StoreException describe(PgUrl url, SQLException e) {
    String where = url.describe();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    Throwable cause = e.getCause();
    String msg;
    if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
        || cause instanceof SocketTimeoutException || state.equals("08001")
        && cause == null) {
      msg = "cannot reach the class server at " + url.host() + ":" + url.port() + " ("
          + (cause == null ? firstLine(e.getMessage()) : firstLine(cause.getMessage()))
          + "); check that PostgreSQL runs there and the address in --server; "
          + "nothing was changed, your progress is kept locally";
    } else if (cause instanceof UnknownHostException) {
      msg = "unknown host '" + url.host() + "' in --server; check the address";
    } else if (state.equals("28P01")) {
      msg = "password authentication failed for '" + url.user() + "' at " + url.host() + ":"
          + url.port() + "; check the password (in the URL, PGPASSWORD or ~/.pgpass); "
          + "nothing was changed, your progress is kept locally";
    } else if (state.equals("28000")) {
      msg = "the server at " + url.host() + ":" + url.port() + " refused the login '"
          + url.user() + "' (" + firstLine(e.getMessage()) + ")";
    } else if (state.equals("3D000")) {
      msg = "no database '" + url.database() + "' on " + url.host() + ":" + url.port()
          + "; check the database name in --server";
    } else if (state.equals("42501")) {
      msg = where + ": permission denied (" + firstLine(e.getMessage()) + ")";
    } else if (state.startsWith("08")) {
      msg = "lost the connection to the class server at " + url.host() + ":" + url.port()
          + " (" + firstLine(e.getMessage()) + "); run the command again: what was sent is "
          + "kept, nothing is sent twice";
    } else {
      msg = where + ": " + firstLine(e.getMessage());
    }
    return new StoreException(url.scrub(msg), e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no details";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static void close(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Already failing.
    }
  }

  @Override
  public void close() {
    close(conn);
  }
}
