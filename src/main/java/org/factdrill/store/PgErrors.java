package org.factdrill.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.factdrill.store.pg.PgUrl;

/**
 * Connecting to a progress database on PostgreSQL ({@code --db postgresql://...}) and turning
 * the driver's failures into one line (what, where, how to fix), recognised by SQL state or
 * exception type, never by message text, and never showing the password.
 */
final class PgErrors {
  private PgErrors() {}

  static Connection connect(PgUrl url) throws SQLException {
    return DriverManager.getConnection(url.jdbcUrl(), url.properties());
  }

  static StoreException describe(PgUrl url, SQLException e) {
    String at = url.host() + ":" + url.port();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    Throwable cause = e.getCause();
    String msg;
    if (cause instanceof UnknownHostException) {
      msg = "unknown host '" + url.host() + "' in --db; check the address";
    } else if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
        || cause instanceof SocketTimeoutException || state.equals("08001") && cause == null) {
      msg = "cannot reach the PostgreSQL server at " + at + " ("
          + firstLine(cause == null ? e.getMessage() : cause.getMessage())
          + "); check that PostgreSQL runs there and the address in --db or $FACTDRILL_DB";
    } else if (state.equals("28P01")) {
      msg = "password authentication failed for '" + url.user() + "' at " + at
          + "; check the password (in the URL, PGPASSWORD or ~/.pgpass)";
    } else if (state.equals("28000")) {
      msg = "the server at " + at + " refused the login '" + url.user() + "' ("
          + firstLine(e.getMessage()) + ")";
    } else if (state.equals("3D000")) {
      msg = "no database '" + url.database() + "' on " + at + "; create it (createdb "
          + url.database() + ") or check the database name in --db";
    } else if (state.equals("42501")) {
      msg = "postgresql://" + url.describe() + ": permission denied ("
          + firstLine(e.getMessage()) + "); the login needs to create tables in its schema";
    } else if (state.startsWith("08")) {
      msg = "lost the connection to the PostgreSQL server at " + at + " ("
          + firstLine(e.getMessage()) + "); run the command again: every answer confirmed "
          + "as saved is kept";
    } else {
      msg = "postgresql://" + url.describe() + ": database error: " + firstLine(e.getMessage());
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
}
