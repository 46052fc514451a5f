package org.factdrill.store.pg;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The throwaway PostgreSQL server of the tests ({@code FACTDRILL_TEST_PG}, set by .ci/run through
 * .ci/pg-cluster). Without it, tests skip with a message saying how to run them. Each test class
 * gets its own database; logins are cluster-wide, so each gets a unique prefix.
 */
public final class PgTestServer {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final java.util.concurrent.atomic.AtomicBoolean WARNED =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final PgUrl admin;
  public final String prefix;

  private PgTestServer(PgUrl admin, String prefix) {
    this.admin = admin;
    this.prefix = prefix;
  }

  /** The admin URL from the environment, or the test is skipped. */
  public static String adminUrlOrSkip() {
    String url = System.getenv("FACTDRILL_TEST_PG");
    if ((url == null || url.isBlank()) && !WARNED.getAndSet(true)) {
      System.err.println("[classroom] PostgreSQL tests skipped: FACTDRILL_TEST_PG is not set "
          + "(.ci/run starts a throwaway server; by hand: eval \"$(.ci/pg-cluster start)\")");
    }
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "no PostgreSQL test server: FACTDRILL_TEST_PG is not set (run `eval \"$(.ci/pg-cluster "
            + "start)\"` first, or .ci/run); PostgreSQL tests skipped");
    return url;
  }

  /** A fresh database on the test server, administered by its superuser. */
  public static PgTestServer fresh(String tag) throws SQLException {
    PgUrl root = PgUrl.parse(adminUrlOrSkip(), Map.of(), null, "postgres");
    String prefix = tag + ProcessHandle.current().pid() % 100000 + "_" + SEQ.incrementAndGet();
    String db = "fd_" + prefix;
    try (Connection c = DriverManager.getConnection(root.jdbcUrl(), root.properties());
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + db);
      st.execute("CREATE DATABASE " + db);
    }
    PgUrl url = PgUrl.parse("postgresql://" + root.user() + "@" + root.host() + ":" + root.port()
        + "/" + db, Map.of("PGPASSWORD", passwordOf(adminUrlOrSkip())), null, "postgres");
    return new PgTestServer(url, prefix);
  }

  static String passwordOf(String url) {
    String userInfo = java.net.URI.create(url).getUserInfo();
    return userInfo == null || !userInfo.contains(":") ? "" : userInfo.substring(
        userInfo.indexOf(':') + 1);
  }

  public PgUrl admin() {
    return admin;
  }

  /** The admin URL as text, with the password in it (for launching the CLI). */
  public String adminUrlWithPassword() {
    return "postgresql://" + admin.user() + ":" + passwordOf(adminUrlOrSkip()) + "@"
        + admin.host() + ":" + admin.port() + "/" + admin.database();
  }

  public String urlFor(String login, String password) {
    return "postgresql://" + login + ":" + password + "@" + admin.host() + ":" + admin.port()
        + "/" + admin.database();
  }

  public PgUrl as(String login, String password) {
    return admin.as(login, password);
  }

  /** Creates class {@code name} as the admin; returns a connected admin handle. */
  public ClassServer initClass(String name) throws Exception {
    ClassServer s = ClassServer.connect(admin, name);
    new ClassAdmin(s, new SecureRandom()).init();
    return s;
  }
}
