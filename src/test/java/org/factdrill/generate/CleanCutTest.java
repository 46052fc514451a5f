package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric lines 1 and 4 (ninth session): a long sentence is cut only where the blank's
 * clause keeps what it needs. A cut never drops the subject of the clause holding the blank and
 * never falls inside a list; with no clean cut the fact is not asked. Generated sentences, every
 * word made up.
 */
class CleanCutTest {
  private static final String H = String.valueOf(PromptBuilder.HOLE);
  private static final Context CONTEXT = new Context();
  private static final PromptBuilder PROMPTS = new PromptBuilder();

  private static final String[] SUBJECTS_EN = {"The treaty of Varn", "The northern council",
      "General Orvik", "The Plimsoll garrison"};
  private static final String[] INSERTS_EN = {"signed after a long winter of talks in the old port",
      "which the merchants of the coast had paid for over many years of debate",
      "long feared by the villages along the river and the hills beyond it",
      "a body of elders chosen by the towns of the valley and the delta"};
  private static final String[] VERBS_EN = {"forced the handover of", "sent", "moved",
      "raised a tax on"};
  private static final String[] TAILS_EN = {"and the railway reached the far coast of the southern"
      + " province two years after the long war had ended", "while the river towns paid for the"
      + " new stone bridges that the old kings had promised them"};
  private static final String[] SUBJECTS_VI = {"Hội đồng phương bắc", "Tướng Orvik",
      "Đồn binh Plimsoll"};
  private static final String[] INSERTS_VI = {"vốn được các thương nhân ven biển tài trợ suốt"
      + " nhiều năm tranh luận về tiền bạc và đường sá", "một cơ quan gồm các bô lão do các thị trấn"
      + " trong thung lũng và vùng châu thổ bầu ra"};
  private static final String[] VERBS_VI = {"đã gửi", "đã điều động", "đã đánh thuế"};
  private static final String[] TAILS_VI = {"và tuyến đường sắt đến bờ biển xa của tỉnh phía nam"
      + " hai năm sau khi cuộc chiến dài kết thúc"};

  /**
   * For any sentence built from a subject, an inserted clause set off by commas, a verb phrase
   * holding the blank and a trailing clause, the prompt still holds the subject, or no prompt is
   * made.
   */
  @Test
  void theTrimmedPromptStillHoldsTheSubjectOfTheBlanksClause() {
    SplittableRandom rnd = new SplittableRandom(9);
    int made = 0;
    for (int round = 0; round < 400; round++) {
      boolean vi = round % 3 == 2;
      Language lang = vi ? Language.VI : Language.EN;
      String subject = pick(rnd, vi ? SUBJECTS_VI : SUBJECTS_EN);
      StringBuilder b = new StringBuilder(subject);
      int inserts = 1 + rnd.nextInt(4);
      for (int i = 0; i < inserts; i++) {
        b.append(", ").append(pick(rnd, vi ? INSERTS_VI : INSERTS_EN));
      }
      b.append(", ").append(pick(rnd, vi ? VERBS_VI : VERBS_EN)).append(' ').append(H)
          .append(vi ? " người lính" : " soldiers");
      int tails = rnd.nextInt(3);
      for (int i = 0; i < tails; i++) {
        b.append(", ").append(pick(rnd, vi ? TAILS_VI : TAILS_EN));
      }
      String raw = b.append('.').toString();
      CleanCut.Cut cut = CleanCut.of(raw, 260, CleanCut.Words.of(lang, CONTEXT), PROMPTS);
      if (cut.template() != null) {
        made++;
        assertTrue(cut.template().contains(subject), "subject cut away: " + cut.template());
      } else {
        assertEquals(SkipReason.CUT_CLAUSE, cut.skip(), raw);
      }
    }
    assertTrue(made > 40, "short ones are still asked: " + made);
  }

  @Test
  void aCutMayDropFrontedPhrasesBeforeTheSubject() {
    CleanCut.Words en = CleanCut.Words.of(Language.EN, CONTEXT);
    String kept = "the northern council sent " + H + " soldiers to the river towns of the valley";
    for (String before : List.of("When the long war against the southern kingdom of Lin and"
        + " its many allies across the sea had finally ended after years of fighting, ",
        "The looming war with the southern kingdom delayed every plan of the council for many"
        + " long years, but after the war, ",
        "The southern kingdom and its allies across the sea had lost every battle of the long"
        + " war in the hills; ",
        "In 1945, after the long war against the southern kingdom of Lin and its allies across"
        + " the sea had ended, ")) {
      String cleaned = before + kept + ".";
      assertTrue(CleanCut.detachableStart(cleaned, "… " + kept + ".", en), cleaned);
    }
  }

  @Test
  void aCutNeverDropsTheSubjectBeforeAnInsertOrAListBeforeTheBlank() {
    CleanCut.Words en = CleanCut.Words.of(Language.EN, CONTEXT);
    for (String[] c : new String[][] {
        {"The treaty of Varn, signed after a long winter of talks in the old port, ",
            "forced the handover of " + H + " ships."},
        {"The year 1875 was the 75th year of the century, the 5th year of the decade, ",
            "the " + H + " year of the reign."},
        {"The council — a body of elders chosen by the towns — ", "sent " + H + " soldiers."},
        {"The council: ", "it sent " + H + " soldiers."}}) {
      assertFalse(CleanCut.detachableStart(c[0] + c[1], "… " + c[1], en), c[0] + c[1]);
    }
  }

  @Test
  void frontedPhrasesAreTheLanguagesSubordinatorsAndTimePhrases() {
    CleanCut.Words vi = CleanCut.Words.of(Language.VI, CONTEXT);
    CleanCut.Words he = CleanCut.Words.of(Language.HE, CONTEXT);
    assertTrue(CleanCut.fronted("Sau khi chiến tranh kết thúc", vi));
    assertTrue(CleanCut.fronted("Năm 1948", vi));
    assertFalse(CleanCut.fronted("Hội đồng phương bắc", vi));
    assertTrue(CleanCut.fronted("בשנת 1948", he));
    assertTrue(CleanCut.fronted("וכאשר הסתיימה המלחמה", he));
    assertFalse(CleanCut.fronted("המועצה הצפונית", he));
  }

  @Test
  void itemsThatOpenAlikeAreAListEvenWhenLong() {
    String s = "The year 1875 was a year of the old calendar, the 875th year of the second"
        + " millennium, the 75th year of the " + H + ", and the 5th year of the 1870s decade.";
    java.util.Set<Integer> listed = ListCommas.listCommas(s);
    assertTrue(listed.contains(s.indexOf(", the 75th")), listed.toString());
    assertTrue(listed.contains(s.indexOf(", and the 5th")), listed.toString());
    assertNull(PromptBuilder.stem(s.replace("old calendar", "old calendar of the western"
        + " churches that counts its years from the birth of a teacher in a far province of the"
        + " empire"), 200, java.util.Set.of()), "no end cut inside the list");
  }

  @Test
  void bracketsDoNotLengthenAListItem() {
    String s = "The town has a school (with " + H + " pupils in six long rooms of stone), a"
        + " kindergarten (for children of four to six years), a hospital (of eight rooms), and a"
        + " mill.";
    java.util.Set<Integer> listed = ListCommas.listCommas(s);
    assertTrue(listed.contains(s.indexOf("), a kindergarten") + 1), listed.toString());
    assertNotNull(PromptBuilder.stem(s, 400, java.util.Set.of()));
  }

  @Test
  void aCutNeverFallsRightAfterANameSetOffByCommas() {
    String s = "In the spring the council of Varn accepted " + H + " offers, and on the third day"
        + " it agreed to a proposal from the minister in Lin, Orvo van Tessel, to buy the old"
        + " mills of the river valley for a sum that the merchants of the coast would pay in"
        + " full, and the towns of the delta agreed to it at last.";
    assertTrue(PromptBuilder.closesApposition(s, s.indexOf(", to buy")));
    assertTrue(PromptBuilder.aroundApposition(s, s.indexOf(", Orvo")));
    assertFalse(PromptBuilder.aroundApposition(s, s.indexOf(", and on")));
    for (String p : new String[] {PromptBuilder.stem(s, 200, java.util.Set.of()),
        PROMPTS.fromRaw(s)}) {
      assertTrue(p == null || !p.contains("Tessel …") && !p.contains("in Lin …"), p);
    }
  }

  private static String pick(SplittableRandom rnd, String[] a) {
    return a[rnd.nextInt(a.length)];
  }
}
