package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (rubric line 1): a sentence whose first phrase points back through a demonstrative
 * ("Sau đó, …", "Lúc này …", "Kế hoạch này …", "At that time, …") is asked with the sentence
 * before it, or not at all. The rule is pack data: the demonstratives and where the language puts
 * them. Sentences are made up.
 */
class OpeningAnaphorTest {

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static Set<SkipReason> reasons(Result r) {
    return r.report().skipped().stream().map(Report.Skipped::reason).collect(Collectors.toSet());
  }

  private static Question cloze(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer)).findFirst()
        .orElseThrow(() -> new AssertionError("no cloze for " + answer + ": "
            + r.report().format(r.bank()) + r.bank().questions().stream()
            .map(x -> x.type() + " " + x.answer().text() + " " + x.prompt()).toList()
            + r.report().skipped()));
  }

  @Test
  void vietnameseTimeAnaphorsAndNounsWithAFollowingDemonstrative() {
    OpeningAnaphor vi = OpeningAnaphor.of(Language.VI);
    for (String s : List.of("Sau đó, quân đội rút về phía nam.",
        "Ngay sau đó quân đội rút về phía nam.", "Trước đó, hai bên đã gặp nhau ba lần.",
        "Khi đó nhà vua mới mười tuổi.", "Lúc này, quân tiếp viện đã tới.",
        "Từ đó, thành phố phát triển nhanh.", "Kế hoạch này bị bác bỏ năm sau.",
        "Sự kiện ấy làm chấn động cả nước.", "“Cũng trong thời gian này, hai bên ký hiệp ước.")) {
      assertNotNull(vi.find(s), s);
    }
    assertEquals("kế hoạch", vi.find("Kế hoạch này bị bác bỏ.").noun());
    for (String s : List.of("Năm 1954, hai bên ký hiệp định.", "Đây là lần đầu tiên.",
        "Quân đội rút về phía nam sau đó.", "Hiện nay thành phố có hai triệu dân.")) {
      assertNull(vi.find(s), s); // "Đây" is a pronoun (pronouns.txt), not this rule's
    }
  }

  @Test
  void englishDemonstrativesComeBeforeTheirNoun() {
    OpeningAnaphor en = OpeningAnaphor.of(Language.EN);
    for (String s : List.of("At that time, the fort held 300 men.", "After this, the army left.",
        "These troops crossed the river.", "In those years, trade grew.")) {
      assertNotNull(en.find(s), s);
    }
    for (String s : List.of("The treaty that ended the war was signed in 1648.",
        "Now that the war was over, trade grew.", "Those who stayed were paid.",
        "The army left in 1650.")) {
      assertNull(en.find(s), s);
    }
  }

  @Test
  void aVietnameseSentenceOpeningWithSauDoIsAskedWithTheSentenceBefore() {
    Result r = gen(Language.VI, """
        Quân đội hai nước Xiêm và Chân Lạp giao tranh dữ dội ở vùng biên giới phía bắc suốt nhiều tuần. Sau đó, hai bên ngồi vào bàn đàm phán trong {{12|number|12}} ngày liền.
        """);
    Question q = cloze(r, "12");
    assertTrue(q.prompt().startsWith("Quân đội hai nước Xiêm và Chân Lạp giao tranh"), q.prompt());
  }

  @Test
  void withNothingBeforeItInItsParagraphItIsNotAsked() {
    Result r = gen(Language.VI, """
        Tình hình biên giới

        Lúc này, quân Xiêm và Chân Lạp đã điều thêm {{30.000|number|30000}} quân tới vùng biên giới phía bắc.
        """);
    assertTrue(r.bank().questions().isEmpty(), r.report().format(r.bank()));
    // "Lúc này" (at this time) is a time pointing back: with no year before it, unresolved.
    assertEquals(Set.of(SkipReason.RELATIVE_TIME), reasons(r));
  }

  @Test
  void aRelativeTimeTheDocumentResolvesIsNoDanglingStart() {
    Result r = gen(Language.VI, """
        Tình hình biên giới

        Hai nước ký hiệp ước biên giới vào năm {{1999|date|1999}} sau nhiều năm đàm phán. Năm đó, Việt Nam đã rút {{30.000|number|30000}} quân khỏi vùng biên giới phía bắc.
        """);
    Question q = cloze(r, "30.000");
    assertTrue(q.prompt().startsWith("Năm đó (1999), Việt Nam"), q.prompt());
  }

  @Test
  void aVietnameseKinWordIsAPronounAloneAndATitleBeforeAName() {
    Result pronoun = gen(Language.VI, """
        Tiểu sử

        Ông lên ngôi vào năm {{1848|date|1848}} khi mới mười chín tuổi và trị vì nhiều năm.
        """);
    assertTrue(pronoun.bank().questions().isEmpty(), pronoun.report().format(pronoun.bank()));
    assertEquals(Set.of(SkipReason.DANGLING_START), reasons(pronoun));
    Result title = gen(Language.VI, """
        Tiểu sử

        Ông Nguyễn Văn Tâm lên làm thủ tướng vào năm {{1952|date|1952}} sau nhiều tháng thương lượng.
        """);
    assertTrue(cloze(title, "1952").prompt().startsWith("Ông Nguyễn Văn Tâm"));
  }

  // --- the rule is pack data ---

  @Provide
  Arbitrary<String> syllables() {
    return Arbitraries.of("quân", "đội", "hiệp", "ước", "thành", "phố", "kế", "hoạch", "cuộc",
        "chiến", "vua", "tướng", "dân", "sông", "núi");
  }

  @Provide
  Arbitrary<String> openings() {
    Arbitrary<String> w = syllables();
    return Combinators.combine(w.list().ofMinSize(1).ofMaxSize(2), w.list().ofMinSize(2)
        .ofMaxSize(8), Arbitraries.of("này", "đó", "ấy", "kia"), Arbitraries.of(",", ""))
        .as((noun, rest, dem, comma) -> String.join(" ", noun) + " " + dem + comma + " "
            + String.join(" ", rest) + ".");
  }

  @Property(tries = 200, seed = "1616")
  void aNounThenADeclaredDemonstrativeIsFoundOnlyWhereThePackDeclaresIt(
      @ForAll("openings") String sentence) {
    Set<String> dems = Set.of("này", "đó", "ấy", "kia");
    assertNotNull(new OpeningAnaphor(dems, Set.of(), true).find(sentence), sentence);
    // Without the data (no demonstratives listed) the same sentence is never taken to point back.
    assertNull(new OpeningAnaphor(Set.of(), Set.of(), true).find(sentence), sentence);
    // Declared before the noun, a demonstrative after the first word of the subject is no opening.
    String noComma = sentence.replace(",", "");
    if (noComma.split(" ")[1].matches("này|đó|ấy|kia") == false) {
      assertNull(new OpeningAnaphor(dems, Set.of(), false).find(noComma), noComma);
    }
  }

  @Property(tries = 100, seed = "1616")
  void aPackWithoutDemonstrativesNeverSkipsAnything(@ForAll("openings") String sentence) {
    OpeningAnaphor none = new OpeningAnaphor(Set.of(), Set.of(), true);
    assertNull(none.find(sentence));
    assertNull(none.find("Sau đó, " + sentence));
    assertFalse(new OpeningAnaphor(Set.of(), Set.of(), false).find("After that, " + sentence)
        != null);
  }
}
