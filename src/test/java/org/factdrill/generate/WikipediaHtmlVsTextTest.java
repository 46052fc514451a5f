package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.DocumentLoader;
import org.factdrill.text.LineClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same Wikipedia article as a saved page and as its plain text (src/test/resources/documents,
 * CC BY-SA; SOURCES.md says how each text was made): the page gives at least as many questions,
 * all from prose, and none carries a fragment of an infobox, a caption, a reference or a
 * citation mark, where the plain text's questions do.
 */
class WikipediaHtmlVsTextTest {
  /** Marks a browser shows inside the running text: citation marks, edit links, image names. */
  private static final Pattern FRAGMENT = Pattern.compile(
      "\\[(?:\\d+|[a-z]|edit|update|citation needed|דרוש מקור)\\]|\\^|\\[\\d+px-|Main article:"
      + "|Retrieved|ISBN");

  private static List<SourceText> load(String name) throws Exception {
    return new SourceLoader(new DocumentLoader(Optional.empty(), Optional.empty(), false),
        w -> { }).load(List.of(Path.of("src/test/resources/documents", name)));
  }

  private static Result generate(List<SourceText> src) {
    return new BankGenerator(SharedExtractor.get(), "test").run(src, GenerateOptions.defaults());
  }

  /** The page's caption, infobox and reference lines of three words or more. */
  private static List<String> layoutLines(Document d) {
    return d.layout().blocks().stream()
        .filter(b -> b.cls() == LineClass.CAPTION || b.cls() == LineClass.INFOBOX
            || b.cls() == LineClass.REFERENCE || b.cls() == LineClass.FOOTNOTE)
        .map(b -> b.of(d.text()).strip())
        .filter(s -> s.split("\\s+").length >= 3)
        .toList();
  }

  /** A prompt carries layout when it shows a citation mark or a whole layout line of the page. */
  private static boolean carriesLayout(String prompt, List<String> layout) {
    return FRAGMENT.matcher(prompt).find() || layout.stream().anyMatch(prompt::contains);
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({"mozilla-en.html, mozilla-en.txt", "knight-he.html, knight-he.txt"})
  void savedPageAsksAtLeastWhatItsTextAsksAndNoLayout(String page, String text) throws Exception {
    List<SourceText> pageSrc = load(page);
    Document doc = pageSrc.get(0).doc();
    Result html = generate(pageSrc);
    Result plain = generate(load(text));
    List<String> layout = layoutLines(doc);
    assertFalse(layout.isEmpty(), "the page has captions, infobox rows or references");
    for (Question q : html.bank().questions()) {
      assertFalse(carriesLayout(q.prompt(), layout), q.prompt());
      for (Question.FactRef f : q.facts()) {
        assertEquals(LineClass.PROSE, doc.classAt(f.start()), q.prompt());
      }
    }
    int htmlQs = html.bank().questions().size();
    int plainQs = plain.bank().questions().size();
    long htmlFacts = html.bank().questions().stream().map(Question::card).distinct().count();
    long plainFacts = plain.bank().questions().stream().map(Question::card).distinct().count();
    long plainWithLayout = plain.bank().questions().stream()
        .filter(q -> carriesLayout(q.prompt(), layout)).count();
    long layoutSkipped = html.report().skipped().stream()
        .filter(s -> s.reason() == SkipReason.LAYOUT).count();
    // Figures for docs/documents.md.
    System.out.printf("%s: %d questions, %d facts asked, %d layout facts not asked; %s: %d"
        + " questions, %d facts asked, %d prompts with layout fragments%n", page, htmlQs,
        htmlFacts, layoutSkipped, text, plainQs, plainFacts, plainWithLayout);
    assertTrue(htmlQs >= plainQs, htmlQs + " questions from the page, " + plainQs
        + " from its text");
    assertTrue(html.report().documents().get(0).contains("read as HTML (UTF-8)"),
        html.report().documents().toString());
  }
}
