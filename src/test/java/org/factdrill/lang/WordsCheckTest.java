package org.factdrill.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** words.tsv lines are checked at load, and a pack line alone changes what the engine does. */
class WordsCheckTest {
  @Test
  void aBrokenLineFailsWithItsFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LanguagePacks.load("xbad"));
    assertTrue(e.getMessage().startsWith("lang/xbad/words.tsv:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("single letters"), e.getMessage());
  }

  @Test
  void eachKindOfBadEntryIsNamed() {
    assertThrows(IllegalArgumentException.class, () -> WordsCheck.row(new String[] {"hedges"}));
    assertThrows(IllegalArgumentException.class,
        () -> WordsCheck.row(new String[] {"hedges", "about", "extra"}));
    assertThrows(IllegalArgumentException.class,
        () -> WordsCheck.row(new String[] {"typed-scale-suffixes", "k"}));
    assertThrows(IllegalArgumentException.class,
        () -> WordsCheck.row(new String[] {"bound-prefixes", "ab"}));
    WordsCheck.row(new String[] {"typed-scale-suffixes", "k=1000"});
    WordsCheck.row(new String[] {"bound-prefixes", "מ"});
  }

  /**
   * The proof that the behaviour is data: the program loaded afresh with one made-up line added
   * to English's words.tsv ("date-lead-words circa") removes that word with an event's date,
   * which the shipped packs leave in place.
   */
  @Test
  void aMadeUpPackLineChangesBehaviour(@TempDir Path tmp) throws Exception {
    String template = "Troops landed circa \uE000 near the coast";
    assertEquals("Troops landed circa near the coast", withoutDate(getClass().getClassLoader(),
        template));
    Path words = tmp.resolve("lang/en/words.tsv");
    Files.createDirectories(words.getParent());
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("lang/en/words.tsv")) {
      Files.write(words, in.readAllBytes());
    }
    Files.writeString(words, "date-lead-words\tcirca\n", java.nio.file.StandardOpenOption.APPEND);
    URL classes = LanguagePacks.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader fresh = new ChildFirst(new URL[] {tmp.toUri().toURL(), classes},
        getClass().getClassLoader())) {
      assertEquals("Troops landed near the coast", withoutDate(fresh, template));
    }
  }

  private static String withoutDate(ClassLoader cl, String template) throws Exception {
    var m = cl.loadClass("org.factdrill.generate.Timeline")
        .getDeclaredMethod("withoutDate", String.class);
    m.setAccessible(true);
    return (String) m.invoke(null, template);
  }

  /** Loads factdrill's classes and resources itself, first from the folder with the changed pack. */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (!name.startsWith("org.factdrill.")) {
          return super.loadClass(name, resolve);
        }
        Class<?> c = findLoadedClass(name);
        return c != null ? c : findClass(name);
      }
    }

    @Override
    public URL getResource(String name) {
      URL u = findResource(name);
      return u != null ? u : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return findResources(name);
    }
  }
}
