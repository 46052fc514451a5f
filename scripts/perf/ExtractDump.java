import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.*;

/**
 * Writes every fact found in seeds/, corpus/dev/, the golden inputs (src/test/resources) and the
 * peer corpora (../shared/peer-corpus, when present) to OUT, one line each, so two builds' output
 * can be compared byte for byte (cmp) after a speed change.
 * Run: java -cp target/classes:CLASSPATH scripts/perf/ExtractDump.java HOME OUT.
 */
public final class ExtractDump {
  public static void main(String[] a) throws Exception {
    Path home = Path.of(a[0]);
    FactExtractor fx = new FactExtractor();
    LanguageDetector det = new LanguageDetector();
    try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(a[1])), false, StandardCharsets.UTF_8)) {
      List<Path> files = new ArrayList<>();
      for (String d : List.of("seeds", "corpus/dev", "src/test/resources")) {
        try (Stream<Path> s = Files.walk(home.resolve(d))) {
          s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".input")).sorted().forEach(files::add);
        }
      }
      for (Path f : files) {
        String text = Files.readString(f);
        Language lang = det.detect(text);
        String parent = f.getParent().getFileName().toString();
        if (f.toString().endsWith(".input")) lang = Language.fromCode(parent).orElse(lang);
        out.println("## " + home.relativize(f) + " " + lang.code());
        fx.extract(new Document(f.toString(), text, lang)).forEach(out::println);
      }
      ObjectMapper om = new ObjectMapper();
      for (String pc : List.of("duckling-dev.jsonl", "duckling-dev-ru.jsonl")) {
        Path p = home.resolve("../shared/peer-corpus").resolve(pc);
        if (!Files.exists(p)) continue;
        int n = 0;
        for (String line : Files.readAllLines(p)) {
          JsonNode j = om.readTree(line);
          String text = j.get("text").asText();
          Language lang = Language.fromCode(j.get("lang").asText()).orElse(Language.DEFAULT);
          out.println("## " + pc + ":" + (++n));
          fx.extract(new Document("peer", text, lang)).forEach(out::println);
        }
      }
    }
  }
}
