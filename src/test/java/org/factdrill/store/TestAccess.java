package org.factdrill.store;

import java.sql.Connection;

/** Raw SQL access for tests that build fixtures row by row (main code never gets a connection). */
public final class TestAccess {
  private TestAccess() {}

  /** The store's connection. */
  public static Connection connection(Store store) {
    return store.database().connection();
  }
}
