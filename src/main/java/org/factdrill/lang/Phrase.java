package org.factdrill.lang;

import java.util.Arrays;
import java.util.List;

/**
 * A message for the user as a key of the packs' interface strings (ui.tsv) with its arguments,
 * so an error raised deep in the program is worded in the interface language where it is shown.
 * Arguments (paths, names, numbers) are set in as they are; an argument that is itself a phrase
 * (a bank's problem inside a load error) is worded in the same language.
 *
 * @param args each a String or a Phrase
 */
public record Phrase(String key, List<Object> args) {
  public Phrase {
    args = List.copyOf(args);
  }

  /** A phrase of {@code key} with {@code args} as text ({0}, {1}… in the pack's string). */
  public static Phrase of(String key, Object... args) {
    return new Phrase(key, Arrays.stream(args)
        .map(a -> a instanceof Phrase p ? (Object) p : String.valueOf(a)).toList());
  }

  /** The phrase in {@code words}, falling back to English, then to the key itself. */
  public String in(InterfaceWords words) {
    String w = words == null ? null : words.ui(key);
    if (w == null) {
      w = LanguagePacks.interfaceWords("en").map(e -> e.ui(key)).orElse(null);
    }
    if (w == null) {
      w = key + (args.isEmpty() ? "" : " " + args);
    }
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      w = w.replace("{" + i + "}", a instanceof Phrase p ? p.in(words) : (String) a);
    }
    return w;
  }

  /** The phrase in English: exception messages and logs. */
  public String english() {
    return in(null);
  }

  /** Something that can say what went wrong as a phrase (errors shown to the user). */
  public interface Worded {
    /** The phrase, or null when the message is only in English (a library's own text). */
    Phrase phrase();
  }
}
