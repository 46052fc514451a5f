package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 41 of the nineteenth review: a long sentence whose main clause ("In <year> <subject> was
 * <participle> through <noun phrase>") goes on with a reduced relative (a participle + "by" + a
 * name) or a with-phrase that opens a quotation is cut before either; the cut keeps subject, verb
 * and date. A participle that is the clause's own verb ("was founded by") is no cut. Invented.
 */
class PhraseCutTest {
  private static final String H = String.valueOf(PromptBuilder.HOLE);
  private static final Context CONTEXT = new Context();
  private static final PromptBuilder PROMPTS = new PromptBuilder();
  private static final String QUOTE = " “to give every seaman of the port a clean bed, a hot meal"
      + " and a book in his own language, and to keep him from the taverns of the lower town”,"
      + " and its doors have stayed open ever since.";

  private static String cut(String raw) {
    CleanCut.Cut c = CleanCut.of(raw, 260, CleanCut.Words.of(Language.EN, CONTEXT), PROMPTS);
    assertNotNull(c.template(), raw + " -> " + c.skip() + " " + c.detail());
    return c.template();
  }

  @Test
  void aLongSentenceIsCutBeforeAReducedRelativeOrAQuotingWithPhrase() {
    for (String[] s : List.of(
        new String[] {"In " + H + " the Orvik Sailors' Home was opened through a bequest of the"
            + " shipowners of the northern quay", " administered by Varn Harbour Trust with the"
            + " declared purpose" + QUOTE},
        new String[] {"In " + H + ", the Telm Reading Society was set up through a gift of"
            + " land and books", " given by Ada Morrow, with its charter" + QUOTE},
        new String[] {"The Kell Lifeboat Fund was formed in " + H + " through the union of"
            + " three parish relief boards", " with the motto" + QUOTE},
        new String[] {"By " + H + " the Harl Seamen's Mission had been rebuilt through the gifts"
            + " of the dock workers", " led by Oren Vask with the pledge" + QUOTE})) {
      String t = cut(s[0] + s[1]);
      // Cut before the relative or before the with-phrase: the quotation is never opened.
      assertTrue(t.startsWith(s[0]) && t.endsWith(" …") && t.indexOf('“') < 0, t);
    }
  }

  @Test
  void aParticipleThatIsTheClausesOwnVerbIsNoCut() {
    String raw = "In " + H + " the Orvik Sailors' Home was founded by Tam Quell and Ada Morrow"
        + " through a bequest of the shipowners of the northern quay with the declared purpose"
        + QUOTE;
    String t = cut(raw);
    assertTrue(t.contains("founded by Tam Quell"), t);
  }
}
