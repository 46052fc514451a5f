package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The generator runs the bank auditor's checks on every question it makes: a question the auditor
 * would flag is never written, and the report names it under the auditor's category. The shapes
 * here are ones the generator's own rules let through (a sentence with undecodable bytes or
 * mis-decoded letters in it: no rule of the generator reads letters). Invented sentences.
 */
class GeneratedQuestionsPassTheAuditTest {
  private static final String BAD = "\uFFFD";

  /** "Việt" written in UTF-8 and read as Windows-1252, as a mis-decoded page shows it. */
  private static String misread(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
  }

  private static final List<String[]> TEXTS = List.of(
      // language, title and a clean dated sentence, the damaged sentence, its asked figure
      new String[] {"en", "The Bridge of Carrow\n\nThe old ford of Carrow was closed by the county "
          + "in 1905.\n\n", "The stone bridge at Saint-Andr" + BAD + " was built in 1902 and cost "
          + "4,000 pounds.\n", "4,000 pounds"},
      new String[] {"en", "The Mills of Dunmere\n\nThe first mill of Dunmere was built by the "
          + "monks in 1344.\n\n", "In 1410 the town bought the mill from the abbey of K" + BAD
          + "nigsfeld for 300 marks.\n", "1410"},
      new String[] {"vi", "Cầu Long Khánh\n\nBến đò Long Khánh bị đóng cửa năm 1905.\n\n",
          "Cây cầu đá ở " + misread("Việt") + " Trì được xây năm 1902 với giá 4.000 đồng.\n",
          "4.000 đồng"},
      new String[] {"vi", "Chợ Vân Hà\n\nChợ Vân Hà được lập năm 1820 bên bờ sông.\n\n",
          "Năm 1911, nhà buôn ở Nam Đ" + BAD + "nh mua lại chợ với giá 300 quan.\n", "300"},
      new String[] {"he", "הגשר של כפר גלים\n\nהמעבורת של כפר גלים נסגרה בשנת 1905.\n\n",
          "הגשר החדש ליד נחל ש" + BAD + "רק נבנה בשנת 1902 ועלה 4,000 לירות.\n", "4,000"});

  @Test
  void aQuestionTheAuditFlagsIsNotWrittenAndIsReportedUnderItsCategory() {
    for (String[] t : TEXTS) {
      Language lang = Language.fromCode(t[0]).orElseThrow();
      Result r = Fixtures.extracted(lang, t[1] + t[2]);
      for (Question q : r.bank().questions()) {
        assertFalse(q.prompt().contains(BAD) || !new org.factdrill.text.MisDecoded()
            .find(q.prompt()).isEmpty(), t[2] + " -> " + q.prompt());
      }
      assertTrue(new BankAudit().audit("t", r.bank()).isEmpty(), t[2]);
      List<Report.Skipped> audited = new ArrayList<>();
      for (Report.Skipped s : r.report().skipped()) {
        if (s.reason() == SkipReason.AUDIT_MOJIBAKE) {
          audited.add(s);
        }
      }
      assertTrue(audited.stream().anyMatch(s -> s.text().contains(t[3])),
          t[2] + ": " + r.report().format(r.bank()));
      assertTrue(r.report().format(r.bank()).contains("audit_mojibake"), t[2]);
    }
  }

  @Test
  void theOtherQuestionsKeepTheirIdsAndOrder() {
    for (String[] t : TEXTS) {
      Language lang = Language.fromCode(t[0]).orElseThrow();
      List<String> clean = Fixtures.extracted(lang, t[1]).bank().questions().stream()
          .map(Question::id).toList();
      List<String> with = Fixtures.extracted(lang, t[1] + t[2]).bank().questions().stream()
          .map(Question::id).filter(clean::contains).toList();
      assertFalse(clean.isEmpty(), t[1]);
      assertEquals(clean, with, t[2]);
    }
  }

  @Test
  void eachCategoryHasItsOwnReasonAndInterfaceWords() {
    java.util.Set<SkipReason> reasons = java.util.EnumSet.noneOf(SkipReason.class);
    for (BankAudit.Category c : BankAudit.Category.values()) {
      SkipReason r = AuditGate.reason(c);
      assertTrue(reasons.add(r), c.label());
      assertEquals("cli.generate.audit." + c.label(), r.uiKey());
      for (String code : List.of("en", "vi", "he", "ru")) {
        String words = org.factdrill.lang.LanguagePacks.interfaceWords(code).orElseThrow()
            .ui(r.uiKey());
        assertTrue(words != null && !words.isBlank() && !words.equals(r.uiKey()), code + " " + c);
      }
    }
  }
}
