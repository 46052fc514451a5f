package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.DocumentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 60 of the twenty-second review: a Vietnamese page that writes a with caron for a with
 * breve is asked with the Vietnamese letter ("năm"), never the look-alike. Text made up.
 */
class LookAlikeLetterPromptTest {
  @TempDir
  Path dir;

  @Test
  void aPromptOfAConvertedPageShowsTheVietnameseLetter() throws Exception {
    Path p = dir.resolve("a.txt");
    Files.writeString(p, "Ngày mồng Một tháng Giêng nǎm 1950, Hội đồng nhân dân tỉnh Hòa Lâm họp "
        + "phiên đầu tiên tại thị xã Bắc Lâm.\n\nĐến nǎm 1952, tỉnh Hòa Lâm đã xây dựng thêm 12 "
        + "trường học cho các xã miền núi.\n");
    Document doc = new DocumentLoader(Optional.empty(), Optional.empty(), false).load(p, "a.txt")
        .doc();
    Result r = Fixtures.generate(1, new DocFacts(new SourceText(doc, "0".repeat(64)),
        SharedExtractor.get().extract(doc)));
    assertFalse(r.bank().questions().isEmpty(), r.report().format(r.bank()));
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.prompt().contains("năm")),
        r.report().format(r.bank()));
    for (Question q : r.bank().questions()) {
      assertFalse(q.prompt().contains("ǎ"), q.prompt());
    }
  }
}
