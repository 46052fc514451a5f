package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.LineClass;
import org.junit.jupiter.api.Test;

/**
 * Pasted web pages put page chrome (a site's tagline, a picture caption said twice, an infobox
 * row) right above the article's first paragraph, often without a blank line. The first
 * paragraph is still asked, and nothing of the chrome is glued to its prompts. Made-up pages in
 * the shapes such pages have (a wiki's "Title / site slogan" line, "Label value" rows).
 */
class PastedPageChromeTest {
  private static Result run(String name, String text, Language lang) {
    Document doc = new Document(name, text, lang);
    return new BankGenerator(SharedExtractor.get(), "test")
        .run(List.of(new SourceText(doc, "0")), GenerateOptions.defaults());
  }

  private static List<Question> clozes(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList();
  }

  private static Set<String> answers(Result r) {
    return clozes(r).stream().map(q -> q.answer().text()).collect(Collectors.toSet());
  }

  private static void noneHas(Result r, String chrome) {
    for (Question q : r.bank().questions()) {
      assertFalse(q.prompt().contains(chrome), q.prompt());
    }
  }

  @Test
  void aSiteTaglineAboveTheFirstParagraphIsLayoutAndStaysOutOfItsPrompts() {
    String tagline = "קרב שהתרחש בין שני צבאות בעמק הדמה, שנת 1871 / ויקיפדיה האנציקלופדיה החופשית";
    String text = String.join("\n",
        "קרב עמק הדמה",
        tagline,
        "קרב עמק הדמה התחולל ב-12 במרץ 1871 בין צבא הצפון לצבא הדרום, והשתתפו בו כ-4,000 חיילים"
            + " משני הצדדים.");
    Document doc = new Document("a.txt", text, Language.HE);
    assertTrue(doc.classAt(text.indexOf("שנת 1871")).isLayout());
    Result r = run("a.txt", text, Language.HE);
    assertEquals(Set.of("12 במרץ 1871", "4,000"), answers(r), r.report().format(r.bank()));
    noneHas(r, "ויקיפדיה");
    noneHas(r, "שני צבאות");
    for (Question q : clozes(r)) {
      assertTrue(q.prompt().startsWith("קרב עמק הדמה התחולל"), q.prompt());
      assertEquals("קרב עמק הדמה", q.context());
    }
  }

  @Test
  void aCaptionSaidTwiceRightAboveTheFirstParagraphDoesNotSwallowIt() {
    String caption = "חיילים צועדים בעמק הדמה בבוקר הקרב, ציור מאת אמן לא ידוע משנת 1880";
    String text = String.join("\n",
        "מרד הכורים",
        caption,
        caption,
        "מרד הכורים פרץ בקיץ 1877 כאשר כ-300 כורים שבתו במכרות העמק במשך שבועות ארוכים.");
    Result r = run("c.txt", text, Language.HE);
    assertEquals(Set.of("1877", "300"), answers(r), r.report().format(r.bank()));
    noneHas(r, "ציור");
  }

  @Test
  void anInfoboxRowWithoutASentenceMarkIsNotJoinedToTheParagraphBelowIt() {
    String row = "תוצאה ניצחון צבא הצפון ונסיגת כוחות הדרום מן העמק אל ההרים";
    String text = String.join("\n",
        "מבצע הדמה",
        "",
        "מבצע הדמה",
        "מקום עמק הדמה",
        row,
        "מבצע הדמה היה מבצע צבאי שנערך באביב 1902 ובו השתתפו 2,500 חיילים מכל יחידות הצבא"
            + " שחנו בצפון העמק.");
    Document doc = new Document("b.txt", text, Language.HE);
    assertEquals(LineClass.PROSE, doc.classAt(text.indexOf("מבצע הדמה היה")));
    assertTrue(doc.classAt(text.indexOf(row)).isLayout());
    Result r = run("b.txt", text, Language.HE);
    assertEquals(Set.of("1902", "2,500"), answers(r), r.report().format(r.bank()));
    noneHas(r, "תוצאה");
    assertEquals("מבצע הדמה", doc.layout().title());
  }

  @Test
  void aHardWrappedParagraphStillJoinsInACaselessScript() {
    // Lines of about one width, broken mid-sentence, as an older text file wraps them.
    String text = String.join("\n",
        "מרד הכורים",
        "",
        "מרד הכורים פרץ בקיץ 1877 כאשר כ-300 כורים שבתו במכרות העמק, ואחריהם",
        "הצטרפו אליהם פועלי הנמל והרכבת, עד שהשביתה התפשטה לכל ערי המחוז",
        "ונמשכה 40 ימים.");
    Document doc = new Document("w.txt", text, Language.HE);
    int start = text.indexOf("מרד הכורים פרץ");
    assertEquals(doc.layout().blockAt(start).orElseThrow(),
        doc.layout().blockAt(text.indexOf("ונמשכה")).orElseThrow());
  }

  @Test
  void picturesCreditedToTheSameSiteAreNoTitleButThePageNameCopiedFromTheWikiIs() {
    String text = String.join("\n",
        "Family Wiki",
        "",
        "הועתק מהויקיפדיה העברית ועידת_הדמה קישור לויקיפדיה",
        "",
        "בית העירייה הישן של הדמה, כיום מוזיאון העיר - ויקיפדיה",
        "",
        "אולם הוועידה כיום - ויקיפדיה",
        "",
        "ועידת הדמה נפתחה באולם העירייה ב-3 במאי 1899, והשתתפו בה 204 צירים מ-17 מדינות שונות"
            + " מכל רחבי היבשת.");
    Document doc = new Document("f.txt", text, Language.HE);
    assertEquals("ועידת הדמה", doc.layout().title());
  }

  @Test
  void aNoteMarkOfANamedGroupNeverStaysInAPrompt() {
    for (String mark : List.of("[note 2]", "[nb 1]", "[lower-alpha 3]", "[הערה 4]", "[hebrew 2]",
        "[א]")) {
      String text = "מרד הכורים\n\nמרד הכורים פרץ בקיץ 1877 כאשר כ-300 כורים שבתו במכרות העמק."
          + mark + " המרד דוכא בסתיו של אותה שנה בידי הצבא.";
      Result r = run("n.txt", text, Language.HE);
      assertFalse(clozes(r).isEmpty(), r.report().format(r.bank()));
      noneHas(r, mark);
    }
  }

  @Test
  void aYearlessDayBeforeALaterDatedMonthTakesTheYearBeforeIt() {
    // "until 26 October on one front, and until May 1974 on the other": October of the year
    // before May 1974, as the sentence before states.
    String text = "The war broke out on 6 October 1973 in the south.\n"
        + "Fighting went on until 26 October on the southern front, and until May 1974 on the"
        + " northern front near the hills.";
    Result r = run("w.txt", text, Language.EN);
    Question q = clozes(r).stream().filter(x -> x.answer().text().equals("26 October"))
        .findFirst().orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertTrue(q.answer().value().toString().contains("1973-10-26"), q.prompt());
    assertTrue(q.prompt().contains("(1973)"), q.prompt());
  }

  @Test
  void theWarIsAskedOnlyWhereTheContextLineOrThePromptSaysWhichWar() {
    String body = "\n\nהמלחמה הסתיימה ב-12 במאי 1871 בחתימת הסכם שביתת נשק בעיר הנמל הגדולה.";
    Result named = run("w1.txt", "מלחמת עמק הדמה" + body, Language.HE);
    assertEquals(Set.of("12 במאי 1871"), answers(named), named.report().format(named.bank()));
    Result unnamed = run("w2.txt", "עמק הדמה ותושביו" + body, Language.HE);
    assertTrue(answers(unnamed).isEmpty(), unnamed.report().format(unnamed.bank()));
    assertTrue(unnamed.report().format(unnamed.bank()).contains("המלחמה (not named)"));
    Result own = run("w3.txt", "עמק הדמה ותושביו\n\nמלחמת העמק פרצה באביב, והמלחמה הסתיימה"
        + " ב-12 במאי 1871 בחתימת הסכם בעיר הנמל.", Language.HE);
    assertEquals(Set.of("12 במאי 1871"), answers(own), own.report().format(own.bank()));
  }

  @Test
  void aNumberWordInsideALargerNumberOfTheTitleDoesNotStateTheAnswer() {
    // "the twenty-fifth" in the title does not say "five".
    Result r = run("k.txt", "הוועידה העשרים וחמש של האגודה\n\nבשנים שקדמו לוועידה התקיימו חמש"
        + " אספות כלליות של חברי האגודה בערים שונות.", Language.HE);
    assertEquals(Set.of("חמש"), answers(r), r.report().format(r.bank()));
    assertTrue(PromptGiveaways.contextGivesAway("הוועידה החמש עשרה", "חמש עשרה",
        new org.factdrill.extract.Value.Num(java.math.BigDecimal.valueOf(15)), "בלמהכש"));
    assertFalse(PromptGiveaways.contextGivesAway("הוועידה העשרים וחמש", "חמש",
        new org.factdrill.extract.Value.Num(java.math.BigDecimal.valueOf(5)), "בלמהכש"));
  }

  @Test
  void aShortHebrewSentenceIsAskedUnderAContextLineOnly() {
    String body = "המרד דוכא לאחר 40 ימים.";
    Result titled = run("t1.txt", "מרד הכורים\n\nמרד הכורים פרץ בקיץ 1877 במכרות העמק. " + body,
        Language.HE);
    assertTrue(answers(titled).contains("40"), titled.report().format(titled.bank()));
    Result bare = run("x1.txt", body, Language.HE);
    assertTrue(answers(bare).isEmpty(), bare.report().format(bare.bank()));
  }

  @Test
  void numberWordsKeepTheCountedNounsGenderAndAnOrdinalInANameIsNotAsked() {
    // "שמונה" is written alike with both genders: the masculine noun picks "שבעה", not "שבע".
    Result eight = run("g.txt", "מבצר העמק\n\nבסוף המאה, כלל המבצר שמונה מגדלים גבוהים שהקיפו"
        + " את החצר הפנימית.", Language.HE);
    List<Question> options = eight.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.CHOICE).toList();
    assertEquals(1, options.size(), eight.report().format(eight.bank()));
    for (String o : ((Question.Choice) options.get(0)).options()) {
      assertTrue(List.of("שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה", "עשרה",
          "אחד עשר", "שנים עשר", "עשרים").contains(o), o);
    }
    Result teens = run("t.txt", "מבצר העמק\n\nבמבצר שכנו שלוש עשרה משפחות של שומרים בימי החורף"
        + " הארוך.", Language.HE);
    assertEquals(1, teens.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.CHOICE).count(), teens.report().format(teens.bank()));
    Result king = run("k.txt", "מבצר העמק\n\nהמבצר הוסב לכלא בידי המלך פיליפ השלושה עשר בתקופת"
        + " החורף.", Language.HE);
    assertTrue(answers(king).isEmpty(), king.report().format(king.bank()));
    assertTrue(king.report().format(king.bank()).contains("an ordinal in a name"));
  }
}
