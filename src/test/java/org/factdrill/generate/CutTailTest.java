package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 4 (thirteenth session): a cut never ends on what opens a clause it does
 * not hold: a lone connective set off by commas and the phrase after it, a short fronted phrase
 * of time, a subordinate clause after such openers. Invented sentences, every name made up.
 */
class CutTailTest {
  private static final String H = String.valueOf(PromptBuilder.HOLE);
  private static final Context CONTEXT = new Context();
  private static final CleanCut.Words EN = CleanCut.Words.of(Language.EN, CONTEXT);
  private static final CleanCut.Words VI = CleanCut.Words.of(Language.VI, CONTEXT);

  @Test
  void aCutAfterACommaSetConnectiveAndItsPhraseEndsBeforeTheConnective() {
    String t = "Karvo, Lin and Mer fell to the river army in the spring of " + H
        + ", and, in the battle of the Orvin delta …";
    assertEquals("Karvo, Lin and Mer fell to the river army in the spring of " + H + " …",
        CutTail.trim(t, EN));
  }

  @Test
  void anExcerptCutOffByThePageEndsBeforeTheConnectiveToo() {
    Result r = Fixtures.generate(Language.EN, "The Orvin War\n\nLin, Mer and Tal fell to the"
        + " river army in the summer of {{1712|date|1712}}, and, in the battle of the Orvin delta,"
        + " the fleet of the northern council under the old admiral of Varn sank the");
    assertEquals("Lin, Mer and Tal fell to the river army in the summer of _____ …",
        Fixtures.clozes(r, "1712").get(0).prompt());
  }

  @Test
  void aSubordinateClauseAloneBeforeThePageCutItsMainClauseIsNotAsked() {
    Result r = Fixtures.generate(Language.EN, "The Varn Society\n\nAlthough the Varn Society"
        + " (founded in {{1712|date|1712}}) had raised funds for the bridges of the river towns"
        + " over many long years of debate in the council, the");
    assertTrue(Fixtures.clozes(r, "1712").isEmpty());
    assertTrue(Fixtures.skipped(r, SkipReason.CUT_CLAUSE, "1712"));
  }

  @Test
  void anExcerptCutOffInsideAListEndsBeforeTheList() {
    Result r = Fixtures.generate(Language.EN, "The Orvin War\n\nThe river army took the town of"
        + " Varn in {{1712|date|1712}} after a long winter siege, and then the towns of Lin, Mer,"
        + " Tal, Orvin, Sarn, Kell and");
    assertEquals("The river army took the town of Varn in _____ after a long winter siege …",
        Fixtures.clozes(r, "1712").get(0).prompt());
  }

  @Test
  void aBlankInAFrontedPhraseWhoseMainClauseWasCutIsNotAsked() {
    assertNull(CutTail.trim("In " + H + ", as in every winter of the long siege …", EN));
    assertNull(CutTail.trim("Secondly, when the elders of Lin counted " + H
        + " new wells in the valley …", EN));
  }

  @Test
  void aVietnameseSubordinateClauseAfterAnAdverbIsNoMainClause() {
    assertNull(CutTail.trim("Thứ hai, khi hội đồng phương bắc đưa ra " + H + " điều khoản …", VI));
  }

  @Test
  void aConnectiveSetOffInsideItsClauseIsNoClauseOpening() {
    String t = "The Varn valley is, however, only about " + H + " square miles in extent …";
    assertEquals(t, CutTail.trim(t, EN));
  }

  @Test
  void aMainClauseFollowedByASubordinateClauseIsKept() {
    String t = "The garrison of Plimsoll left the old port in " + H + ", when the winter came …";
    assertEquals(t, CutTail.trim(t, EN));
    String whole = "The garrison of Plimsoll left the old port in " + H + ".";
    assertEquals(whole, CutTail.trim(whole, EN));
  }

  /**
   * Open class of the twenty-first review (concessive fragment): a sentence shown before the asked
   * one ends at a piece boundary, so the asked sentence's first piece starts at its subordinator
   * even when the sentence before holds commas.
   */
  @Test
  void aConcessiveFirstPieceAfterTheSentenceShownBeforeIsNotAsked() {
    assertNull(CutTail.trim("The rival league launched first. Though a small craft weighing only "
        + H + " pounds …", EN));
    assertNull(CutTail.trim("The Orvin guild, a small body of weavers, struck in May. Although a"
        + " guild of only " + H + " members …", EN));
    assertNull(CutTail.trim("When the river rose, the council of Varn met at once. While short of "
        + H + " boats, then …", EN));
    assertNull(CutTail.trim("Lin's mill, built in 1712, burned in 1790. Although insured for "
        + H + " crowns …", EN));
  }

  /**
   * The rest of that class (twenty-second review): a sentence before ending in a Roman numeral or
   * an acronym of two capitals or more ends there too; a title abbreviation and an initial do not.
   */
  @Test
  void aSentenceEndingInARomanNumeralOrAnAcronymIsAPieceBoundary() {
    assertNull(CutTail.trim("The crew used engines bought from King Arvo II. Though a small craft"
        + " weighing only " + H + " tons …", EN));
    assertNull(CutTail.trim("The guild, an old body, sent its charter to the UN. Although a"
        + " guild of only " + H + " members …", EN));
    assertNull(CutTail.trim("The Varn council, in its new hall, wrote to the US. While short of "
        + H + " boats, then …", EN));
    assertNull(CutTail.trim("Its engines, the best of their day, came from Orvik Works XIV. Though"
        + " insured for " + H + " crowns …", EN));
    String roman = "The crew met King Arvo II. Though small, it had " + H + " guns …";
    assertEquals(roman.indexOf("Though"), CutTail.lastSentenceStart(roman));
    String acronym = "The guild wrote to the UN. It had " + H + " members …";
    assertEquals(acronym.indexOf("It had"), CutTail.lastSentenceStart(acronym));
  }

  @Test
  void aTitleAbbreviationOrAnInitialEndsNoSentence() {
    assertEquals(0, CutTail.lastSentenceStart("The crew of J. Orvik left in May with " + H
        + " tons …"));
    assertEquals(0, CutTail.lastSentenceStart("The crew of St. Lin left in May with " + H
        + " tons …"));
    assertEquals(0, CutTail.lastSentenceStart("The crew of Mr. Lin left in May with " + H
        + " tons …"));
  }

  @Test
  void aMainClauseAfterTheSentenceShownBeforeIsKept() {
    String t = "The rival league, a new body, launched first. Though small, it weighed only " + H
        + " pounds …";
    assertEquals(t, CutTail.trim(t, EN));
    String u = "The rival league, a new body, launched first. It weighed only " + H
        + " pounds, although a craft …";
    assertEquals(u, CutTail.trim(u, EN)); // a main clause before the subordinate one
    String v = "St. Orvik, the old admiral, left the port. Though old, it had " + H + " ships …";
    assertEquals(v, CutTail.trim(v, EN));
  }

  /**
   * For generated sentences (a clause holding the blank, then openers set off by commas), the trim
   * is a prefix of the cut ending at a clause mark and holding the blank, or no prompt at all;
   * never a prompt ending on an opener.
   */
  @Test
  void everyTrimIsAPrefixEndingAtAClauseMark() {
    String[] clauses = {"The council of Varn raised a tax on salt in " + H,
        "General Orvik sent " + H + " ships to the northern coast",
        "In " + H, "and", "when the river towns paid for the bridges",
        "in the summer of 1712", "the delta villages rebuilt their walls"};
    String[] tails = {"and", "in the battle of Tal", "as in every war", "but", "in 1714",
        "the old port of Mer was closed", "while the elders met"};
    SplittableRandom rnd = new SplittableRandom(13);
    int trimmed = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder(clauses[rnd.nextInt(clauses.length)]);
      if (b.indexOf(H) < 0) {
        b.insert(0, clauses[rnd.nextInt(2)] + ", ");
      }
      int n = 1 + rnd.nextInt(3);
      for (int i = 0; i < n; i++) {
        b.append(", ").append(tails[rnd.nextInt(tails.length)]);
      }
      String in = b + " …";
      String out = CutTail.trim(in, EN);
      if (out == null) {
        continue;
      }
      String kept = out.endsWith(" …") ? out.substring(0, out.length() - 2) : out;
      assertTrue(in.startsWith(kept), in + " -> " + out);
      assertTrue(kept.contains(H), out);
      String rest = in.substring(kept.length());
      assertTrue(rest.startsWith(", ") || rest.equals(" …"), in + " -> " + out);
      String[] last = kept.split(", ");
      assertTrue(!last[last.length - 1].equals("and") && !last[last.length - 1].equals("but"), out);
      trimmed += out.equals(in) ? 0 : 1;
    }
    assertTrue(trimmed > 20, "trimmed " + trimmed);
  }
}
