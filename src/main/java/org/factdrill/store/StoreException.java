package org.factdrill.store;

/** The database cannot be used: not SQLite, damaged, newer than this code, or not writable. */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
