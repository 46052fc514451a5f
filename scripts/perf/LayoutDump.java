import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.factdrill.text.*;

/**
 * Writes the document each file of seeds/, corpus/dev/ and the golden inputs (src/test/resources)
 * reads to (DocumentLoader: language, listings, layout with its title, date and blocks) to OUT,
 * one record each, so two builds' document reading can be compared byte for byte (cmp) after a
 * speed change. Run: java -cp target/classes:CLASSPATH scripts/perf/LayoutDump.java HOME OUT.
 */
public final class LayoutDump {
  public static void main(String[] a) throws Exception {
    Path home = Path.of(a[0]);
    DocumentLoader loader = new DocumentLoader(Optional.empty(), Optional.empty(), false);
    try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(a[1])), false, StandardCharsets.UTF_8)) {
      List<Path> files = new ArrayList<>();
      for (String d : List.of("seeds", "corpus/dev", "src/test/resources")) {
        try (Stream<Path> s = Files.walk(home.resolve(d))) {
          s.filter(p -> Files.isRegularFile(p)).sorted().forEach(files::add);
        }
      }
      for (Path f : files) {
        out.println("## " + home.relativize(f));
        try {
          DocumentLoader.Loaded l = loader.load(f, f.getFileName().toString());
          Document d = l.doc();
          out.println(d.lang() + " " + l.format() + " " + d.text().hashCode());
          out.println(d.layout());
        } catch (Exception e) {
          out.println("! " + e.getClass().getSimpleName());
        }
      }
    }
  }
}
