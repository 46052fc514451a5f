package org.factdrill.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;

/**
 * Each language's {@code lang/<code>/layout.properties}, read once for every layout reader that
 * builds its word lists from it (the interface words, publication lines, e-book headers).
 */
final class LayoutProperties {
  private static final Map<Language, Properties> LOADED = load();

  private LayoutProperties() {}

  /** One reader per language, made from that language's properties (empty when it has none). */
  static <T> Map<Language, T> each(BiFunction<Language, Properties, T> make) {
    Map<Language, T> m = new HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, make.apply(l, LOADED.get(l)));
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map<Language, Properties> load() {
    Map<Language, Properties> m = new HashMap<>();
    for (Language l : Language.values()) {
      Properties p = new Properties();
      String name = "/lang/" + l.code() + "/layout.properties";
      try (InputStream in = LayoutProperties.class.getResourceAsStream(name)) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(name, e);
      }
      m.put(l, p);
    }
    return m;
  }
}
