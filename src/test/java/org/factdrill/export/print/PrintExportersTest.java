package org.factdrill.export.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.export.ExportFixtures;
import org.junit.jupiter.api.Test;

/** The printable HTML and Markdown papers. */
class PrintExportersTest {

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void htmlIsSelfContainedWithPrintCssAndAKeyOnItsOwnPage() throws Exception {
    String html = ExportFixtures.export("html", ExportFixtures.questions()).text();
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<style>") && html.contains("@media print"));
    assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src="),
        "no scripts, links or external resources");
    assertTrue(html.contains(".key { break-before: page; page-break-before: always; }"));
    int n = ExportFixtures.questions().size();
    String main = html.substring(html.indexOf("<main>"), html.indexOf("</main>"));
    String key = html.substring(html.indexOf("<section class=\"key\">"));
    assertEquals(n, count(main, "<li (dir|lang)="));
    assertEquals(n, count(key, "<li (dir|lang)="));
    assertEquals(4, count(main, "<li dir=\"rtl\" lang=\"he\">"), "the four Hebrew questions");
  }

  @Test
  void htmlKeyGivesAnswersWithSources() throws Exception {
    String html = ExportFixtures.export("html", ExportFixtures.questions()).text();
    String key = html.substring(html.indexOf("<section class=\"key\">"));
    assertTrue(key.contains("23,000 (\u00b1500)"));
    assertTrue(key.contains("b) ~c=d {e}"), "choice key names the letter");
    assertTrue(key.contains("C, A, B"), "timeline key lists the events in order");
    assertTrue(key.contains("<span class=\"src\">Source: en_hostile.txt"));
    assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  }

  @Test
  void markdownEscapesTextAndNumbersQuestions() throws Exception {
    String md = ExportFixtures.export("markdown", ExportFixtures.questions()).text();
    assertTrue(md.startsWith("# All types\n"));
    assertEquals(0, count(md, "(?<!\\\\)<script"), "markup stays escaped");
    assertFalse(md.contains("\t"), "tabs become spaces");
    assertTrue(md.contains("\\<script\\>"));
    assertTrue(md.contains("\n17. "), "every question numbered");
    assertTrue(md.contains("## Answer key"));
    assertTrue(md.contains("<span dir=\"rtl\" lang=\"he\">"));
    assertTrue(md.endsWith("\n") && !md.endsWith("\n\n"));
  }

  @Test
  void markdownDoesNotTurnAYearAtTheStartIntoAList() {
    assertEquals("1993\\. The war", MarkdownExporter.escape("1993. The war"));
    assertEquals("\\- dash \\# hash - x", MarkdownExporter.escape("- dash # hash - x"));
    assertEquals("3\\) three", MarkdownExporter.escape("3) three"));
  }
}
