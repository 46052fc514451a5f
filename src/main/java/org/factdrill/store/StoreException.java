package org.factdrill.store;

import org.factdrill.lang.Phrase;

/** The database cannot be used: not SQLite, damaged, newer than this code, or not writable. */
public final class StoreException extends Exception implements Phrase.Worded {
  private static final long serialVersionUID = 1L;
  private final transient Phrase phrase;

  public StoreException(String message) {
    super(message);
    this.phrase = null;
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
    this.phrase = null;
  }

  /** An error worded by the packs' interface strings ({@code getMessage()} is the English). */
  public StoreException(Phrase phrase) {
    super(phrase.english());
    this.phrase = phrase;
  }

  /** Like {@link #StoreException(Phrase)}, with its cause. */
  public StoreException(Phrase phrase, Throwable cause) {
    super(phrase.english(), cause);
    this.phrase = phrase;
  }

  @Override
  public Phrase phrase() {
    return phrase;
  }
}
