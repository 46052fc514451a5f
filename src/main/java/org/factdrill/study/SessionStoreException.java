package org.factdrill.study;

import org.factdrill.store.StoreException;

/**
 * The database failed while the session read a card's state to show it (methods that cannot
 * declare {@link StoreException}); {@link #getCause()} has the one-line message.
 */
public final class SessionStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SessionStoreException(StoreException cause) {
    super(cause.getMessage(), cause);
  }

  @Override
  public synchronized StoreException getCause() {
    return (StoreException) super.getCause();
  }
}
