package org.factdrill.store.pg;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A class server address, {@code postgresql://user[:password]@host[:port]/database[?sslmode=...]},
 * with the credentials resolved the way libpq resolves them: the URL, then {@code PGUSER} /
 * {@code PGPASSWORD}, then the password file ({@code PGPASSFILE}, default {@code ~/.pgpass}, read
 * only when private). {@link #toString()} never shows the password.
 */
public final class PgUrl {
  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final String password; // null: none found; the server may not ask for one
  private final Map<String, String> params;

  private PgUrl(String host, int port, String database, String user, String password,
      Map<String, String> params) {
    this.host = host;
    this.port = port;
    this.database = database;
    this.user = user;
    this.password = password;
    this.params = params;
  }

  /** True when {@code s} looks like a PostgreSQL URL rather than a file name. */
  public static boolean isUrl(String s) {
    return s != null && (s.startsWith("postgresql://") || s.startsWith("postgres://"));
  }

  /**
   * Parses {@code url} and fills in what it leaves out from {@code env} (PGHOST, PGPORT,
   * PGDATABASE, PGUSER, PGPASSWORD, PGPASSFILE) and {@code home} (~/.pgpass), as libpq does.
   *
   * @throws IllegalArgumentException with a message that never contains the password
   */
  public static PgUrl parse(String url, Map<String, String> env, String home, String osUser) {
    if (!isUrl(url)) {
      throw new IllegalArgumentException("not a PostgreSQL URL: " + mask(url)
          + " (expected postgresql://user@host:port/database)");
    }
    URI uri;
    try {
      // libpq accepts "postgresql://" with everything left to the environment; URI needs a path.
      uri = new URI(url.endsWith("://") ? url + "/" : url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("malformed PostgreSQL URL " + mask(url)
          + " (expected postgresql://user@host:port/database; %-encode special characters)");
    }
    String userInfo = uri.getRawUserInfo();
    String user = null;
    String password = null;
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      host = env.getOrDefault("PGHOST", "localhost");
      if (host.startsWith("/")) {
        host = "localhost"; // unix sockets need a native library; TCP to the local server
      }
    }
    int port = uri.getPort();
    if (port < 0) {
      port = parsePort(env.getOrDefault("PGPORT", "5432"), url);
    }
    String path = uri.getRawPath();
    String database = path == null || path.length() <= 1 ? null : decode(path.substring(1));
    if (user == null || user.isEmpty()) {
      user = env.getOrDefault("PGUSER", osUser);
    }
    if (database == null || database.isEmpty()) {
      database = env.getOrDefault("PGDATABASE", user);
    }
    Map<String, String> params = new LinkedHashMap<>();
    String query = uri.getRawQuery();
    if (query != null) {
      for (String kv : query.split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          params.put(decode(kv.substring(0, eq)), decode(kv.substring(eq + 1)));
        }
      }
    }
    if (password == null) {
      password = env.get("PGPASSWORD");
    }
    if (password == null) {
      String file = env.get("PGPASSFILE");
      Path pass = file != null ? Path.of(file) : home == null ? null : Path.of(home, ".pgpass");
      if (pass != null) {
        password = fromPassFile(pass, host, port, database, user);
      }
    }
    return new PgUrl(host, port, database, user, password, params);
  }

  private static int parsePort(String s, String url) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad port '" + s + "' for " + mask(url));
    }
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * The password for this connection from a libpq password file
   * ({@code host:port:database:user:password}, {@code *} matches anything, {@code \:} and
   * {@code \\} escape), or null. Like libpq, a file others can read is ignored.
   */
  static String fromPassFile(Path file, String host, int port, String database, String user) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
        return null;
      }
    } catch (UnsupportedOperationException | IOException e) {
      // Not POSIX (Windows): libpq reads it there too.
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
    String[] want = {host, Integer.toString(port), database, user};
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = splitPassLine(line);
      if (f.size() < 5) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < 4 && match; i++) {
        String v = f.get(i);
        match = v.equals("*") || v.equals(want[i])
            || (i == 0 && v.equals("localhost") && want[0].equals("127.0.0.1"));
      }
      if (match) {
        return f.get(4);
      }
    }
    return null;
  }

  private static List<String> splitPassLine(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cur.append(line.charAt(++i));
      } else if (c == ':' && out.size() < 4) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /** {@code s} with any password in a {@code scheme://user:password@} part replaced by ***. */
  public static String mask(String s) {
    if (s == null) {
      return null;
    }
    return s.replaceAll("(postgres(?:ql)?://[^:/@\\s]*):[^@]*@", "$1:***@");
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String database() {
    return database;
  }

  public String user() {
    return user;
  }

  /** Whether a password was found (in the URL, PGPASSWORD or the password file). */
  public boolean hasPassword() {
    return password != null;
  }

  /** The same server, database and parameters with another login. */
  public PgUrl as(String otherUser, String otherPassword) {
    return new PgUrl(host, port, database, otherUser, otherPassword, params);
  }

  /** The JDBC URL, without credentials (they go in {@link #properties()}). */
  public String jdbcUrl() {
    return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
        + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
  }

  /** Connection properties: login, timeouts, and the URL's own parameters (sslmode...). */
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("connectTimeout", "10");
    p.setProperty("ApplicationName", "factdrill");
    p.setProperty("reWriteBatchedInserts", "true");
    params.forEach(p::setProperty);
    return p;
  }

  /** Where and as whom, for messages: never the password. */
  public String describe() {
    return user + "@" + host + ":" + port + "/" + database;
  }

  /** The URL with the password masked. */
  @Override
  public String toString() {
    return "postgresql://" + user + (password == null ? "" : ":***") + "@" + host + ":" + port
        + "/" + database;
  }

  /** Removes this URL's password from {@code message} (driver messages may echo parameters). */
  public String scrub(String message) {
    if (message == null) {
      return null;
    }
    String m = mask(message);
    return password == null || password.length() < 3 ? m : m.replace(password, "***");
  }
}
