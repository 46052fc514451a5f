package org.factdrill.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Writes a new SQLite file other than the progress database (e.g. the collection inside an
 * Anki package) from a schema script and rows, in one transaction; kept here so that only
 * {@code store} speaks JDBC.
 */
public final class SqliteFileWriter {
  private SqliteFileWriter() {}

  /** Rows for one parameterised INSERT: each row's values bound in order. */
  public record Rows(String insertSql, List<Object[]> values) {}

  /**
   * Creates {@code file} with the {@code ;}-separated statements of {@code schema}, then inserts
   * {@code rows} in order, all in one transaction.
   */
  public static void write(Path file, String schema, List<Rows> rows) throws StoreException {
    try (Connection c = SqliteFiles.sqlite("jdbc:sqlite:" + file.toAbsolutePath(),
        new SQLiteConfig())) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : schema.split(";")) {
          if (!sql.isBlank()) {
            s.execute(sql);
          }
        }
      }
      for (Rows r : rows) {
        try (PreparedStatement p = c.prepareStatement(r.insertSql())) {
          for (Object[] row : r.values()) {
            for (int i = 0; i < row.length; i++) {
              p.setObject(i + 1, row[i]);
            }
            p.addBatch();
          }
          p.executeBatch();
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw Database.describe(file, e);
    }
  }
}
