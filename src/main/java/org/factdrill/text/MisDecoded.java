package org.factdrill.text;

import java.util.Optional;

/**
 * Whether a finished string (a prompt, an option) still shows text decoded with the wrong code
 * page: the signatures the decoders repair ({@link Mojibake}), and the replacement character a
 * lenient decoder leaves for bytes it could not read. One instance serves one thread.
 */
public final class MisDecoded {
  private final VietMojibake viet = new VietMojibake();

  /** The kind of mis-decoding {@code s} shows, with the stretch that shows it; empty if none. */
  public Optional<String> find(String s) {
    if (s == null || s.isEmpty()) {
      return Optional.empty();
    }
    int bad = s.indexOf('\uFFFD');
    if (bad >= 0) {
      return Optional.of("undecodable bytes: " + around(s, bad));
    }
    String kind = Mojibake.kind(s, viet);
    return kind == null ? Optional.empty() : Optional.of(kind);
  }

  private static String around(String s, int i) {
    return s.substring(Math.max(0, i - 12), Math.min(s.length(), i + 12));
  }
}
