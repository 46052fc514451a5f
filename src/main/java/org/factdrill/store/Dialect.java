package org.factdrill.store;

/**
 * The SQL dialect a {@link Database} speaks. Every table's statements live in
 * {@code org/factdrill/store/<table>.sql}, written for SQLite; a dialect other than SQLite reads
 * {@code org/factdrill/store/<dialect>/<table>.sql} first, so it overrides only the statements
 * that differ; its migrations are read the same way ({@code <dialect>/V00N__*.sql} first, else
 * the portable file; see docs/architecture.md).
 */
public enum Dialect {
  /** SQLite through xerial's sqlite-jdbc: the one-file progress database. */
  SQLITE("sqlite", null),
  /**
   * A PostgreSQL database given as {@code --db postgresql://host:port/db}: the same tables in
   * the login's default schema, overrides in {@code postgresql/}, version in {@code schema_version}.
   */
  POSTGRESQL("postgresql", "postgresql");

  private final String id;
  private final String overrides;

  Dialect(String id, String overrides) {
    this.id = id;
    this.overrides = overrides;
  }

  /** The dialect's short name, e.g. {@code sqlite}. */
  public String id() {
    return id;
  }

  /** The resource folder (under org/factdrill/store) of its overriding statements; null: none. */
  String overrides() {
    return overrides;
  }
}
