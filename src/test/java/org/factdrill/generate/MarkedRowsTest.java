package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.factdrill.text.Sentences;
import org.factdrill.text.Span;
import org.junit.jupiter.api.Test;

/**
 * A day's or a year's page lists its events one row a line, each "marker year – clause", and its
 * births and deaths as "marker year – name, description (the other end)", rows that rarely end
 * with a full stop. Each row is a sentence of its own (never several rows in one prompt); an
 * event row is asked whole, its blank the year; a row under a births or deaths heading is never
 * asked about its leading year (only the heading says what that year is); chronology items carry
 * no row dash. Pages are generated: every marker, 2–5 event rows, 2–4 life rows, in en/he/vi.
 */
class MarkedRowsTest {
  /** ("*" opens a footnote as often as a row: the reader's layout decides those.) */
  private static final List<String> MARKERS = List.of("•", "-", "–", "·", "▪", "◦");

  /** Invented event clauses (subject and verb), life rows' names and headings per language. */
  private record Kit(Language lang, List<String> events, List<String> people, String eventsHead,
      String birthsHead, String died) {}

  private static final List<Kit> KITS = List.of(
      new Kit(Language.fromCode("en").orElseThrow(), List.of(
          "The town council opened a new stone bridge over the river",
          "Settlers founded a trading post on the northern shore of the lake",
          "The provincial assembly adopted its first written constitution",
          "A great fire destroyed most of the old harbour district",
          "The railway company completed the line to the coast",
          "Miners discovered silver in the hills above the valley"),
          List.of("Jonas Whitfield, painter and engraver", "Clara Benning, novelist and teacher",
              "Edmund Rourke, surveyor", "Hester Vale, botanist"),
          "Events", "Births", "died"),
      new Kit(Language.fromCode("he").orElseThrow(), List.of(
          "נחנך גשר אבן חדש מעל נהר אלמור בעיר תלמית",
          "מועצת תלמית אישרה תקציב ראשון לבניית נמל",
          "נפתח בית ספר ראשון לבנות בכפר ברקנית",
          "שריפה גדולה הרסה את רוב בתי הנמל של גבעת אורן",
          "נחתם הסכם סחר ראשון בין ממלכת דורמה לממלכת סלבה"),
          List.of("יונתן ברק, צייר וחרט", "אביגיל שחר, סופרת", "נחום לבנה, מודד קרקעות",
              "דינה פז, בוטנאית"),
          "אירועים", "נולדו", "נפטר ב-"),
      new Kit(Language.fromCode("vi").orElseThrow(), List.of(
          "Hội đồng thành phố đã khánh thành cây cầu đá mới qua sông",
          "Quân đội chiếm lại thành cổ sau nhiều tháng vây hãm kéo dài",
          "Nhà máy dệt đầu tiên của tỉnh được xây dựng bên bờ sông",
          "Triều đình đã ban hành bộ luật mới cho các vùng biên giới"),
          List.of("Trần Văn Khải, họa sĩ và nhà giáo", "Lê Thị Hoa, nhà văn",
              "Phạm Minh Đạt, nhà khảo sát", "Đỗ Thu Lan, nhà thực vật học"),
          "Sự kiện", "Sinh", "mất năm "));

  private record Page(String text, List<String> eventRows, List<Integer> eventYears,
      List<Integer> lifeYears) {}

  private static Page page(Kit k, Random r) {
    String marker = MARKERS.get(r.nextInt(MARKERS.size()));
    StringBuilder b = new StringBuilder(k.eventsHead()).append('\n');
    List<String> rows = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    List<String> events = new ArrayList<>(k.events());
    java.util.Collections.shuffle(events, r);
    int year = 1500 + r.nextInt(100);
    for (int i = 0; i < 2 + r.nextInt(Math.min(4, events.size() - 1)); i++) {
      year += 3 + r.nextInt(60);
      String row = events.get(i);
      rows.add(row);
      years.add(year);
      b.append(marker).append(' ').append(year).append(" – ").append(row)
          .append(r.nextInt(4) == 0 ? "." : "").append('\n');
    }
    b.append(k.birthsHead()).append('\n');
    List<Integer> life = new ArrayList<>();
    int born = 1700 + r.nextInt(100);
    for (int i = 0; i < 2 + r.nextInt(3); i++) {
      born += 1 + r.nextInt(40);
      life.add(born);
      b.append(marker).append(' ').append(born).append(" – ")
          .append(k.people().get(i % k.people().size())).append(" (").append(k.died())
          .append(born + 30 + r.nextInt(50)).append(")\n");
    }
    return new Page(b.toString(), rows, years, life);
  }

  @Test
  void everyMarkedRowIsASentenceOfItsOwn() {
    Random r = new Random(15);
    for (int n = 0; n < 150; n++) {
      Kit k = KITS.get(n % KITS.size());
      Page p = page(k, r);
      for (Span s : Sentences.split(p.text(), k.lang())) {
        String sentence = s.of(p.text());
        assertFalse(sentence.indexOf('\n') >= 0 && sentence.strip().indexOf('\n') >= 0,
            "two rows in one sentence: " + sentence);
      }
    }
  }

  @Test
  void anEventRowIsAskedWholeWithItsYearAsTheBlank() {
    Random r = new Random(16);
    for (int n = 0; n < 60; n++) {
      Kit k = KITS.get(n % KITS.size());
      Page p = page(k, r);
      Result res = Fixtures.extracted(k.lang(), p.text());
      for (int i = 0; i < p.eventRows().size(); i++) {
        String year = String.valueOf(p.eventYears().get(i));
        List<Question> qs = Fixtures.clozes(res, year);
        assertFalse(qs.isEmpty(), p.text() + "\n" + res.report().format(res.bank()));
        String prompt = qs.get(0).prompt();
        assertTrue(prompt.contains(p.eventRows().get(i)), prompt);
        assertFalse(prompt.contains("…"), "a whole row is not cut: " + prompt);
        assertEquals(1, prompt.split("_____", -1).length - 1, prompt);
      }
    }
  }

  @Test
  void aRowUnderABirthsHeadingIsNeverAskedAboutItsLeadingYear() {
    Random r = new Random(17);
    for (int n = 0; n < 60; n++) {
      Kit k = KITS.get(n % KITS.size());
      Page p = page(k, r);
      Result res = Fixtures.extracted(k.lang(), p.text());
      for (int y : p.lifeYears()) {
        assertTrue(Fixtures.asking(res, String.valueOf(y)).isEmpty(), p.text());
      }
    }
  }

  @Test
  void chronologyItemsFromRowsCarryNoRowDash() {
    Random r = new Random(18);
    int items = 0;
    for (int n = 0; n < 60; n++) {
      Kit k = KITS.get(n % KITS.size());
      Result res = Fixtures.extracted(k.lang(), page(k, r).text());
      for (Question q : res.bank().questions()) {
        if (q.type() == QuestionType.WHICHFIRST || q.type() == QuestionType.YEARSBETWEEN
            || q.type() == QuestionType.TIMELINE) {
          for (String item : q.items()) {
            items++;
            assertFalse(item.matches("^[–—:•*·▪-].*"), item);
          }
        }
      }
    }
    assertTrue(items > 20, "items " + items);
  }

  @Test
  void aDashOpeningOneLineOfAWrappedParagraphIsNoRow() {
    Language en = Language.fromCode("en").orElseThrow();
    String text = "The delegates argued for many weeks about the northern border and its forts\n"
        + "– and the harbour dues – before they signed the treaty in the spring of 1920.\n";
    List<Span> ss = Sentences.split(text, en);
    assertEquals(1, ss.size(), ss.toString());
  }
}
