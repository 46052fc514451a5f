package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.factdrill.text.LayoutWords;
import org.factdrill.text.Span;
import org.factdrill.text.Teasers;
import org.junit.jupiter.api.Test;

/**
 * A page with no title line that lists teasers (short articles, each followed by its "read
 * more" line): each teaser is its own section, headed by the name its first sentence defines or
 * by nothing, never by the first teaser's words; a context line is never a cut sentence.
 */
class ContextLineTeasersTest {
  private static final String[] SYL = {"Kar", "vo", "Lin", "dar", "Mes", "tan", "Bor", "ek",
      "Sul", "am", "Tor", "ven"};

  /** One teaser: its text and the name it defines (null when it defines none). */
  private record Teaser(String text, String name) {}

  private static String name(Random r) {
    return SYL[r.nextInt(SYL.length) & ~1] + SYL[r.nextInt(SYL.length) | 1];
  }

  private static Teaser teaser(Language lang, Random r, int k, boolean defines) {
    String n = name(r) + (k == 0 ? "" : SYL[k % SYL.length].toLowerCase());
    n = Character.toUpperCase(n.charAt(0)) + n.substring(1);
    int y = 1700 + r.nextInt(250);
    int d = 1 + r.nextInt(20);
    int men = 100 * (2 + r.nextInt(40));
    return switch (lang.code()) {
      case "en" -> defines
          ? new Teaser(n + " Ridge was a battle fought on " + d + " March " + y + " near the river. "
              + "More than " + men + " soldiers were wounded at " + n + " Ridge on " + (d + 1)
              + " March " + y + ".", n + " Ridge")
          : new Teaser(n + " Ridge also called the river fight was a battle fought on " + d
              + " March " + y + ". More than " + men + " soldiers were wounded there on "
              + (d + 1) + " March " + y + ".", null);
      case "vi" -> defines
          ? new Teaser("Trận " + n + " là một trận đánh diễn ra vào ngày " + d + " tháng 3 năm " + y
              + " gần con sông. Hơn " + men + " người lính đã bị thương trong trận " + n
              + " vào ngày " + (d + 1) + " tháng 3 năm " + y + ".", "Trận " + n)
          : new Teaser("Trận " + n + " hay còn gọi là trận bên sông là một trận đánh diễn ra vào ngày "
              + d + " tháng 3 năm " + y + ". Hơn " + men + " người lính đã bị thương vào ngày "
              + (d + 1) + " tháng 3 năm " + y + ".", null);
      default -> {
        // Hebrew has no capitals: a name before the copula is taken as the teaser's name.
        String he = "קרב " + hebrew(r);
        yield new Teaser(he + " היה קרב שנערך ב-" + d + " במרץ " + y + " ליד הנהר. יותר מ-" + men
            + " חיילים נפצעו ב-" + (d + 1) + " במרץ " + y + ".", he);
      }
    };
  }

  private static String hebrew(Random r) {
    String[] s = {"כר", "וו", "לנ", "דר", "מס", "תן"};
    return s[r.nextInt(s.length)] + s[r.nextInt(s.length)];
  }

  private static final String[][] LINKS = {
      {"en", "Read more", "Continue reading"}, {"vi", "Xem thêm", "Đọc thêm"},
      {"he", "קרא עוד", "קראו עוד"}};

  private static String link(Language lang, Random r) {
    for (String[] l : LINKS) {
      if (l[0].equals(lang.code())) {
        return l[1 + r.nextInt(2)];
      }
    }
    throw new IllegalArgumentException(lang.code());
  }

  @Test
  void eachTeaserIsHeadedByItsOwnNameOrByNothingNeverByTheFirstTeasersWords() {
    int named = 0;
    for (Language lang : List.of(Language.EN, Language.VI, Language.HE)) {
      for (int seed = 0; seed < 6; seed++) {
        Random r = new Random(seed * 31L + lang.code().hashCode());
        int n = 2 + r.nextInt(3);
        List<Teaser> teasers = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (int k = 0; k < n; k++) {
          Teaser t = teaser(lang, r, k, k != 1 || seed % 2 == 0);
          teasers.add(t);
          page.append(t.text()).append('\n').append(link(lang, r)).append("\n\n");
        }
        String text = page.toString();
        List<Span> sections = Teasers.sections(text, LayoutWords.of(lang));
        assertEquals(n, sections.size(), text);
        Result res = Fixtures.extracted(lang, text);
        String first = text.substring(0, text.indexOf(' ', text.indexOf(' ') + 1));
        for (Question q : res.bank().questions()) {
          int at = q.facts().get(0).sentenceStart();
          int k = 0;
          while (k + 1 < n && sections.get(k + 1).start() <= at) {
            k++;
          }
          String want = teasers.get(k).name();
          if (want == null) {
            assertNull(q.context(), lang + " teaser " + k + ": " + q.prompt() + "\n" + text);
          } else {
            assertTrue(q.context() == null || q.context().equals(want),
                lang + " teaser " + k + " got " + q.context() + ": " + q.prompt() + "\n" + text);
            named += q.context() != null ? 1 : 0;
          }
          assertTrue(k == 0 || q.context() == null || !q.context().startsWith(first),
              "the first teaser's words head teaser " + k + ": " + q.context());
        }
      }
    }
    assertTrue(named > 20, "teasers that define a name are headed by it: " + named);
  }

  @Test
  void aPageOfOneParagraphAndItsLinkIsNoListing() {
    for (String[] l : LINKS) {
      Language lang = Language.fromCode(l[0]).orElseThrow();
      Teaser t = teaser(lang, new Random(3), 0, true);
      String one = t.text() + "\n" + l[1] + "\n\n" + t.text() + "\n";
      assertTrue(Teasers.sections(one, LayoutWords.of(lang)).isEmpty(), one);
      String noLink = t.text() + "\n\n" + t.text() + "\n\n" + t.text() + "\n";
      assertTrue(Teasers.sections(noLink, LayoutWords.of(lang)).isEmpty(), noLink);
    }
  }

  @Test
  void aNameBeforeTheCopulaThatIsACutPhraseNamesNothing() {
    // "X also called Y is": the words before the copula are no name, and the text never says them again.
    assertNull(Teasers.definedName("Karvo Ridge also called the river fight was a battle.",
        "Karvo Ridge also called the river fight was a battle.", Language.EN));
    assertNull(Teasers.definedName("Trận Karvo hay còn gọi là trận bên sông là một trận đánh.",
        "Trận Karvo hay còn gọi là trận bên sông là một trận đánh.", Language.VI));
    assertEquals("Trận Karvo", Teasers.definedName("Trận Karvo là một trận đánh.",
        "Trận Karvo là một trận đánh.", Language.VI));
    String glossed = "מגילת כרוו (באנגלית: Karvo Scroll) היא מסמך שנכתב בעיר.";
    assertEquals("מגילת כרוו", Teasers.definedName(glossed, glossed, Language.HE)); // a glossed name
    String he = "קרב כרוו היה קרב ליד הנהר. קרב כרוו נמשך יומיים.";
    assertEquals("קרב כרוו", Teasers.definedName(he, he, Language.HE));
    // Without capitals, a name said once and not glossed is still a name (a page's real title).
    String once = "גשר הנהר הישן הוא גשר אבן שנבנה בעיר.";
    assertEquals("גשר הנהר הישן", Teasers.definedName(once, once, Language.HE));
  }
}
