package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric lines 1 and 4 (thirteenth session): a context line is never a run of menu
 * links glued together, nor a two-word fragment of a longer line taken from the file name.
 * Invented texts and names.
 */
class ContextLinesTest {
  @Test
  void menuLinksRunTogetherAreNoContextLine() {
    assertTrue(ContextLines.menuRun("Early periodMiddle agesLate periodModern times"));
    assertFalse(ContextLines.menuRun("Battle of McArdle Ford"));
    assertFalse(ContextLines.menuRun("The Varn Treaty"));
  }

  @Test
  void aTwoWordFragmentOfALongerLineIsNoTitleButANameOrAWholeLineIs() {
    String text = "Statement of the Minister on the National day of Varn\n\nThe people of Varn"
        + " marked the day in 1921.\n";
    assertTrue(ContextLines.fragment("National day", text));
    assertFalse(ContextLines.fragment("National Day", text)); // a name
    assertFalse(ContextLines.fragment("National day of Varn", text)); // three words
    assertFalse(ContextLines.fragment("National day", "National day\n\n" + text)); // its own line
    assertFalse(ContextLines.fragment("יום העצמאות", text)); // no capitals: nothing to tell
  }

  @Test
  void aHeadingWithNoLetterOfTheTextsScriptIsNoContextLine() {
    for (String h : new String[] {"龍城記", "黎太祖", "ソウル", "Войска"}) {
      assertEquals(null, ContextLines.inOwnScript(Language.VI, h), h);
    }
    assertEquals("Thành Velka", ContextLines.inOwnScript(Language.VI, "Thành Velka"));
    assertEquals("Velka 龍城", ContextLines.inOwnScript(Language.VI, "Velka 龍城"));
    assertEquals("מרד וארקוס", ContextLines.inOwnScript(Language.HE, "מרד וארקוס"));
    assertEquals(null, ContextLines.inOwnScript(Language.HE, "Varkos"));
    String text = "Các vua thành Velka\n\nBài này kể các vua thành Velka theo sách cũ.\n\n"
        + "龍城記\n\nNăm 1802, vua Zarvo lên ngôi tại thành Velka và mở 14 chợ mới bên sông.\n";
    Result r = Fixtures.extracted(Language.VI, text);
    assertFalse(r.bank().questions().isEmpty(), r.report().format(r.bank()));
    r.bank().questions().forEach(q -> assertFalse(q.context() != null
        && q.context().contains("龍"), q.context()));
  }

  @Test
  void aGluedMenuTitleGivesWayToTheFileNamesWords() {
    String text = "Ancient VarnMedieval VarnModern Varn\n\nThe Varn Treaty was signed in 1921 by"
        + " the council of Varn and the merchants of Lin after a long winter of talks.\n";
    Context.Doc d = new Context().of(new Document("en-varn-treaty.txt", text, Language.EN));
    assertEquals("Varn Treaty", d.title());
  }
}
