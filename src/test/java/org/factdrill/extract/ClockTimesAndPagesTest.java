package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Numbers that are no counts (issue 19 item 4), on generated cases: hours of the day in words or
 * digits inside each language's clock phrases, and page numbers after a book reference.
 */
class ClockTimesAndPagesTest {
  private static final Random RND = new Random(601);

  /** The hour as ICU spells it in the language (the rule set given), or in digits. */
  private static String hour(Language lang, String ruleSet, int h) {
    if (RND.nextBoolean()) {
      return Integer.toString(h);
    }
    RuleBasedNumberFormat f = new RuleBasedNumberFormat(lang.pack().locale(),
        RuleBasedNumberFormat.SPELLOUT);
    return ruleSet == null ? f.format(h) : f.format(h, ruleSet);
  }

  private static List<Fact> numbers(Language lang, String text) {
    return Facts.of(lang, text).stream().filter(f -> f.kind() == FactKind.NUMBER).toList();
  }

  @Test
  void hoursOfTheDayAreNoCounts() {
    String[][] frames = {
        {"en", null, "At half past %s the army left.", "At quarter to %s the army left.",
            "At %s o'clock the army left.", "At %s in the morning the army left.",
            "It began at quarter past %s."},
        {"vi", null, "Lúc %s giờ chiều quân đội rời đi.", "Đến %s giờ sáng thì trận đánh kết thúc."},
        {"he", "%spellout-cardinal-feminine", "בשעה %s יצא הצבא.", "הקרב החל בשעה %s."}};
    for (String[] f : frames) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      for (int n = 0; n < 600; n++) {
        int h = 1 + RND.nextInt(12);
        String text = String.format(f[2 + RND.nextInt(f.length - 2)], hour(lang, f[1], h));
        assertEquals(List.of(), numbers(lang, text), f[0] + ": " + text);
      }
    }
    Language ru = Language.fromCode("ru").orElseThrow();
    for (int h = 2; h <= 12; h++) {
      String text = "В " + h + (h <= 4 ? " часа ночи" : " часов утра") + " армия ушла.";
      assertEquals(List.of(), numbers(ru, text), text);
    }
  }

  @Test
  void aCountBeforeTheSameWordsStaysACount() {
    for (int n = 0; n < 300; n++) {
      int v = 20 + RND.nextInt(5000);
      assertEquals(1, numbers(Language.EN, "At dawn " + v + " soldiers left.").size());
      assertEquals(1, numbers(Language.fromCode("vi").orElseThrow(),
          "Có " + v + " lính rời đi vào buổi chiều.").size());
    }
  }

  @Test
  void pageNumbersAfterABookReferenceAreNoFacts() {
    String[][] frames = {
        {"en", "See Smith, The Long War, p. %d.", "See Smith, The Long War, pp. %d–%d.",
            "Smith, The Long War, pp. %d-%d; Jones, Peace, p. %d."},
        {"vi", "Xem Nguyễn, Lịch sử chiến tranh, tr. %d.", "Xem Nguyễn, Lịch sử, tr. %d–%d."},
        {"he", "ראו כהן, תולדות המלחמה, עמ' %d.", "ראו כהן, תולדות המלחמה, עמ' %d–%d."}};
    for (String[] f : frames) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      for (int n = 0; n < 600; n++) {
        int a = 1 + RND.nextInt(900);
        String text = String.format(f[1 + RND.nextInt(f.length - 1)], a, a + 1 + RND.nextInt(40),
            1 + RND.nextInt(900));
        assertEquals(List.of(), Facts.of(lang, text), f[0] + ": " + text);
      }
    }
  }
}
