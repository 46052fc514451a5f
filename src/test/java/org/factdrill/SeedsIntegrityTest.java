package org.factdrill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdrill.text.Sha256;
import org.junit.jupiter.api.Test;

/** The seed texts are byte-identical copies of the shared seeds: an accidental edit fails here. */
class SeedsIntegrityTest {
  private static final Map<String, String> EXPECTED = Map.of(
      "000_3b027f2b4b1ff621.txt", "1e99fa897836d3091d85e9ae2ce90da1128f01077198741978bed11df2e75c0c",
      "001_d5e06457a91ba700.txt", "8e175371a021cb55f690ab157562b33e9a3e7367026b6d7bb8fe65d10006c2d0",
      "002_9c70c337c29b3af6.txt", "2623632999df05c8f84fb66fd02ad8d7b60a28b5ddf17b34d2d9f8ff842173f8",
      "003_1616c7d502a30445.txt", "2427b7ec0fe7512e7fe2c1a64c771880af841d09f3796b61df19624bf469bf06",
      "004_c94cfb08b554769d.txt", "cd3cd95d1c2ca6708ae784f74c8c5f4dd531159bf60732083ac19c900d24964f");

  @Test
  void seedTextsHaveTheirPublishedHashes() throws Exception {
    Path seeds = Path.of(System.getProperty("factdrill.home", ".")).resolve("seeds");
    Map<String, String> actual = new TreeMap<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).collect(Collectors.toList())) {
        actual.put(f.getFileName().toString(), Sha256.hex(Files.readAllBytes(f)));
      }
    }
    assertEquals(new TreeMap<>(EXPECTED), actual);
  }
}
