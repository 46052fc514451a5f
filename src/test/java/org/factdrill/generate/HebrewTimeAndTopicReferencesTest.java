package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, Hebrew prompts that point outside themselves (ninth session): a time named before
 * ("בשנה זו", "באותה תקופה") is shown with its year or the fact is not asked; a definite noun of a
 * place or event ("העיר", "הבית", "רעידת האדמה") needs the prompt or its context line to say
 * which, unless the words are a name ("הבית הלבן"); a literary demonstrative after an indefinite
 * noun ("ממשלה זו") points back; a signed post's time stamp is not asked. Every text is made up.
 */
class HebrewTimeAndTopicReferencesTest {

  private static Result gen(String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE, marked));
  }

  private static Set<SkipReason> reasons(Result r) {
    return r.report().skipped().stream().map(Report.Skipped::reason).collect(Collectors.toSet());
  }

  private static List<Question> clozes(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList();
  }

  @Test
  void aTimeNamedBeforeIsShownWithItsYearOrNotAsked() {
    for (String phrase : List.of("בשנה זו", "באותה תקופה", "בתקופה ההיא", "באותם ימים",
        "ובעת ההיא")) {
      Result r = gen("המלך הזקן עלה לשלטון בממלכת ההרים בשנת {{1936|date|1936}} לאחר מות אביו. "
          + phrase + " מנתה הממלכה {{4000|number|4000}} חיילים רגלים ופרשים.");
      List<Question> q = clozes(r).stream().filter(c -> c.answer().text().equals("4000")).toList();
      assertEquals(1, q.size(), phrase + ": " + r.report().format(r.bank()));
      assertTrue(q.get(0).prompt().contains("1936"), phrase + ": " + q.get(0).prompt());
      Result alone = gen(phrase + " מנתה הממלכה {{4000|number|4000}} חיילים רגלים ופרשים.");
      assertTrue(alone.bank().questions().isEmpty(), phrase);
      assertTrue(reasons(alone).contains(SkipReason.RELATIVE_TIME)
          || reasons(alone).contains(SkipReason.DANGLING_START), phrase + ": " + reasons(alone));
    }
  }

  @Test
  void aDefinitePlaceOrEventNeedsItsNameOnScreen() {
    TopicNouns t = new TopicNouns();
    assertEquals("העיר", t.unnamed(Language.HE, "העיר נכבשה ב-_____ בידי הצלבנים.", null));
    assertEquals("העיר", t.unnamed(Language.HE, "הצבא יצא מהעיר ב-_____.", "רעידת האדמה"),
        "with a prefix letter");
    assertNull(t.unnamed(Language.HE, "העיר נכבשה ב-_____ בידי הצלבנים.", "העיר העתיקה של עכו"));
    assertEquals("הבית", t.unnamed(Language.HE, "הבית נהרס ב-_____.", "רעידת האדמה"));
    assertNull(t.unnamed(Language.HE, "הבית נהרס ב-_____.", "בית המשפחה בצפת"));
    assertNull(t.unnamed(Language.HE, "הנשיא נאם בבית הלבן ב-_____.", null),
        "an indefinite noun is no reference");
    assertNull(t.unnamed(Language.HE, "הנשיא נאם בחצר הבית הלבן ב-_____.", null),
        "a name holding the noun");
    assertNull(t.unnamed(Language.HE, "רעידת האדמה הרסה _____ בתים.", "רעידת האדמה בגליל"));
    assertEquals("רעידת האדמה", t.unnamed(Language.HE, "רעידת האדמה הרסה _____ בתים.",
        "הגליל"));
    assertNull(t.unnamed(Language.fromCode("ru").orElseThrow(), "Город пал в _____.", null), "a pack without the list");
    String doc = "העיר גבעון נוסדה בימי קדם. חומות גבעון נבנו מחדש.";
    assertNull(t.unnamed(Language.HE, "העיר גבעון נכבשה ב-_____.", null, doc),
        "a name the text repeats, right after the noun");
    assertEquals("העיר", t.unnamed(Language.HE, "העיר נכבשה ב-_____.", null, doc),
        "a verb after the noun names nothing");
    assertEquals("העיר", t.unnamed(Language.HE, "העיר הגדולה נכבשה ב-_____.", null, doc),
        "an adjective takes the article");
    assertNull(t.unnamed(Language.HE, "המצור על גבעון נמשך _____ ימים.", null),
        "the preposition's phrase says which siege");
    assertEquals("המצור", t.unnamed(Language.HE, "המצור נמשך _____ ימים.", null));
    assertEquals("התמונה", t.unnamed(Language.HE, "התמונה צולמה ב-_____ בנמל.", "המרד בעמק"),
        "a caption's picture copied into the prose");
  }

  @Test
  void aLiteraryDemonstrativeAfterAnIndefiniteNounPointsBack() {
    Result alone = gen("ממשלה זו נפלה ב-{{1952|date|1952}} לאחר משבר ארוך בקואליציה.");
    assertTrue(alone.bank().questions().isEmpty(), alone.report().format(alone.bank()));
    assertTrue(reasons(alone).contains(SkipReason.BACK_REFERENCE), reasons(alone).toString());
    Result idiom = gen("הממשלה החדשה זכתה ברוב גדול, ועם זאת נפלה ב-{{1952|date|1952}} לאחר משבר.");
    assertFalse(reasons(idiom).contains(SkipReason.BACK_REFERENCE), "עם זאת: however");
  }

  @Test
  void aSignedPostsTimeStampIsNotADateOfTheStory() {
    String en = "Delete per nom. TJ Spyke 06:12, 8 October 2006 (UTC)";
    int a = en.indexOf("8 October");
    assertTrue(SignedPosts.timestamp(en, a, a + "8 October 2006".length()));
    String he = "יש למחוק את הערך. Slav4 • שיחה • 12:34, 5 במאי 2020 (IDT)\nתגובה";
    int b = he.indexOf("5 במאי");
    assertTrue(SignedPosts.timestamp(he, b, b + "5 במאי 2020".length()));
    String prose = "The treaty was signed on 8 October 2006 (UTC) in Paris.";
    int c = prose.indexOf("8 October");
    assertFalse(SignedPosts.timestamp(prose, c, c + "8 October 2006".length()),
        "no clock time before it");
    String clock = "At 10:30, 5 May 1945 the guns fell silent in the city.";
    int d = clock.indexOf("5 May");
    assertFalse(SignedPosts.timestamp(clock, d, d + "5 May 1945".length()), "prose goes on");
  }
}
