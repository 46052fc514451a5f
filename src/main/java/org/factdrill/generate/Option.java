package org.factdrill.generate;

import org.factdrill.extract.Value;

/**
 * A value as a question shows it: the value, its text in the source's style, and a key that
 * orders options numerically or chronologically.
 */
public record Option(Value value, String text, String sortKey) {

  /** The value's identity for "same value" checks (its JSON form). */
  public String key() {
    return Distractors.key(value);
  }
}
