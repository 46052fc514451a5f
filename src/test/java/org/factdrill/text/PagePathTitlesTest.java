package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page named as a wiki names it in its address, a path of parts ("Work/Volume II/Chapter"), is
 * titled by its last part, the page itself; a generic last part ("Introduction") keeps the work's
 * name before it. A slash inside a name ("and/or", a two-letter pair) is no path. A book page's
 * download label in brackets ("(reader phone .txt)") is the site's, never part of the title.
 * Made-up works, chapters and volumes in each language, every combination.
 */
class PagePathTitlesTest {
  private record Lang(Language lang, List<String> works, List<String> volumes, List<String> chapters,
      String generic, String prose) {}

  private static final List<Lang> LANGS = List.of(
      new Lang(Language.EN, List.of("Annals of Zarnov", "The Vensa Chronicle"),
          List.of("Volume II", "Book 3", "Part One"),
          List.of("The Siege of Port Elwin", "Reign of King Harbo", "Harbour Works"),
          "Introduction",
          "The siege of Port Elwin began in 1561 when King Harbo of Zarnov marched on the harbour "
              + "works of the Vensa chronicle with an army of 4,000 men."),
      new Lang(Language.VI, List.of("Biên niên Zarnov", "Sử ký Vensa"),
          List.of("Quyển II", "Tập 3"),
          List.of("Cuộc vây thành Port Elwin", "Triều vua Harbo", "Công trình bến cảng"),
          "Giới thiệu",
          "Cuộc vây thành Port Elwin bắt đầu năm 1561 khi vua Harbo của Zarnov tiến quân vào bến "
              + "cảng với đạo quân 4.000 người, theo biên niên Zarnov và sử ký Vensa."),
      new Lang(Language.HE, List.of("דברי הימים של זרנוב", "כרוניקת ונסה"),
          List.of("כרך ב", "חלק שלישי"),
          List.of("המצור על פורט אלווין", "מלכות המלך הרבו", "עבודות הנמל"),
          "מבוא",
          "המצור על פורט אלווין החל בשנת 1561 כאשר המלך הרבו מזרנוב צעד אל הנמל עם צבא של 4,000 "
              + "איש, כפי שמסופר בדברי הימים של זרנוב ובכרוניקת ונסה ובעבודות הנמל."));

  private static String title(String text, Language lang) {
    return LayoutClassifier.classify(text, lang, "x.txt").title();
  }

  @Test
  void aPagePathIsTitledByItsLastPart() {
    int n = 0;
    for (Lang l : LANGS) {
      for (String work : l.works()) {
        for (String volume : l.volumes()) {
          for (String chapter : l.chapters()) {
            for (String path : List.of(work + "/" + volume + "/" + chapter, work + "/" + chapter)) {
              String text = path + "\n\n" + chapter + "\n\n" + l.prose() + "\n";
              assertEquals(chapter, PagePaths.pageName(path, LayoutWords.of(l.lang())), path);
              String t = title(text, l.lang());
              assertFalse(t.contains("/"), text + " -> " + t);
              n++;
            }
          }
        }
      }
    }
    assertTrue(n >= 40);
  }

  @Test
  void aGenericLastPartKeepsTheWorksName() {
    for (Lang l : LANGS) {
      for (String work : l.works()) {
        String path = work + "/" + l.generic();
        assertEquals(work + " — " + l.generic(), PagePaths.pageName(path, LayoutWords.of(l.lang())));
      }
    }
  }

  @Test
  void aNamespacedPageKeepsItsPageAndAMonthKeepsItsWork() {
    LayoutWords w = LayoutWords.of(Language.EN);
    for (String month : List.of("January", "July", "October")) {
      for (String work : List.of("Harbour almanac", "Zarnov anniversaries")) {
        assertEquals(work + " — " + month, PagePaths.pageName("Project:" + work + "/" + month, w));
        assertEquals(work + " — " + month, PagePaths.pageName(work + "/" + month, w));
      }
    }
    for (String page : List.of("7", "28", "112")) { // a page or issue by its number names nothing
      assertEquals(null, PagePaths.unlessChrome("Wikipedia:Harbour almanac.djvu/" + page, w));
    }
  }

  @Test
  void aPageUnderTheSitesNamespaceIsTitledByItsPage() {
    // (the site's name in the namespace is where the page is kept: it does not make the line chrome)
    for (Lang l : LANGS) {
      String site = l.lang() == Language.HE ? "ויקיפדיה" : "Wikipedia";
      for (String work : l.works()) {
        for (String chapter : l.chapters()) {
          String text = site + ":" + work + "/" + chapter + "\n\n" + l.prose() + "\n";
          assertEquals(chapter, title(text, l.lang()), text);
        }
      }
    }
  }

  @Test
  void aSlashInsideANameIsNoPath() {
    LayoutWords w = LayoutWords.of(Language.EN);
    for (String name : List.of("War and/or peace in Zarnov", "AC/DC at Port Elwin", "The 1914/1918 war",
        "Harbo / Zarnov", "Vensa harbour 12/5", "Zarnov uprising 1561/62")) {
      assertEquals(name, PagePaths.pageName(name, w));
    }
    // A namespace's page keeps its last part, as before.
    assertEquals("Board election", PagePaths.pageName("Project:Newsletter/2008/Board election", w));
  }

  @Test
  void aDownloadLabelInBracketsIsCutFromABooksTitle() {
    List<String> labels = List.of("(reader phone .txt)", "(ereader .epub)", "[PDF]", "(txt, fb2, epub)",
        "(download .mobi)", "(.docx)");
    for (Lang l : LANGS) {
      for (String work : l.works()) {
        for (String label : labels) {
          String line = work + " " + label;
          assertEquals(work, PagePaths.withoutDownloadLabel(line).strip(), line);
          String t = title(line + "\n\n" + l.prose() + "\n", l.lang());
          assertFalse(t.contains("(") || t.contains("["), line + " -> " + t);
        }
      }
    }
    // A bracket that names no file format stays: "(1561)", "(the elder)".
    for (String kept : List.of("Annals of Zarnov (1561)", "Harbo (the elder)", "Vensa (port)")) {
      assertEquals(kept, PagePaths.withoutDownloadLabel(kept));
    }
  }
}
