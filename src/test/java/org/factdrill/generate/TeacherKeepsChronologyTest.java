package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Chronology items a teacher keeps (issue 20): an event text is never cut inside a word, and no
 * item keeps a relative time ("Seven years later, …") that tells the order; made-up texts.
 */
class TeacherKeepsChronologyTest {
  private static List<Question.Event> events(Language lang, String marked) {
    List<Question.Event> out = new ArrayList<>();
    for (Question q : Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked)).bank().questions()) {
      if (q instanceof Question.Timeline t) {
        out.addAll(t.events());
      } else if (q instanceof Question.WhichFirst w) {
        out.addAll(w.events());
      } else if (q instanceof Question.YearsBetween y) {
        out.addAll(y.events());
      }
    }
    return out;
  }

  private static final String EN = """
      Harbour towns of Kelvary Bay

      The old harbour wall was rebuilt by the town council in {{1921|date|1921}} after a storm.
      The first railway line reached the harbour from the capital in {{1948|date|1948}} at last.
      A fishing cooperative was founded by the families of the bay in {{1960|date|1960}} with help.
      %s
      The great dock strike was fought by the port workers in {{1986|date|1986}} bitterly.
      """;

  @Test
  void aLeadingRelativeTimeIsTakenOutOfAnEvent() {
    String line = "Seven years later, the customs house was moved to the new quay in {{1975|date|1975}}.";
    List<Question.Event> es = events(Language.EN, EN.formatted(line));
    assertTrue(es.stream().anyMatch(e -> e.text().startsWith("The customs house was moved")), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.text().toLowerCase().contains("later")), es.toString());
  }

  @Test
  void aClosingRelativeTimeSetOffByACommaGoesToo() {
    String line = "The customs house was moved to the new quay in {{1975|date|1975}}, seven years later.";
    List<Question.Event> es = events(Language.EN, EN.formatted(line));
    assertTrue(es.stream().anyMatch(e -> e.text().equals("The customs house was moved to the new quay.")),
        es.toString());
  }

  @Test
  void aRelativeTimeInsideAnEventDropsIt() {
    String line = "The customs house was moved seven years later to the new quay in {{1975|date|1975}}.";
    assertFalse(events(Language.EN, EN.formatted(line)).stream()
        .anyMatch(e -> e.text().contains("later")));
  }

  @Test
  void vietnameseAndHebrewRelativeOpenersGoToo() {
    String vi = """
        Các cảng biển của vịnh Kelvary

        Bức tường cảng cũ được hội đồng thị trấn xây lại vào năm {{1921|date|1921}} sau một cơn bão lớn.
        Tuyến đường sắt đầu tiên từ thủ đô đến cảng được hoàn thành vào năm {{1948|date|1948}} sau nhiều năm.
        Các gia đình trong vịnh thành lập một hợp tác xã đánh cá vào năm {{1960|date|1960}} với sự giúp đỡ.
        Hai năm sau, nhà hải quan được chuyển đến bến mới gần nhà ga vào năm {{1962|date|1962}} cho tiện.
        Công nhân cảng tiến hành cuộc đình công lớn vào năm {{1986|date|1986}} trong nhiều tháng.
        """;
    List<Question.Event> es = events(Language.VI, vi);
    assertTrue(es.stream().anyMatch(e -> e.text().startsWith("Nhà hải quan")), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.text().contains("năm sau")), es.toString());
    String he = """
        נמלי מפרץ קלווארי

        חומת הנמל הישנה נבנתה מחדש על ידי מועצת העיר בשנת {{1921|date|1921}} אחרי סערה גדולה.
        קו הרכבת הראשון הגיע אל הנמל מן הבירה בשנת {{1948|date|1948}} אחרי שנים של עבודה.
        משפחות המפרץ ייסדו אגודה שיתופית של דייגים בשנת {{1960|date|1960}} בעזרת המועצה.
        שבע שנים לאחר מכן, בית המכס הועבר אל הרציף החדש ליד התחנה בשנת {{1967|date|1967}} לתמיד.
        פועלי הנמל ניהלו את השביתה הגדולה בשנת {{1986|date|1986}} במשך חודשים רבים.
        """;
    List<Question.Event> hs = events(Language.HE, he);
    assertTrue(hs.stream().anyMatch(e -> e.text().startsWith("בית המכס")), hs.toString());
    assertFalse(hs.stream().anyMatch(e -> e.text().contains("לאחר מכן")), hs.toString());
  }

  @Provide
  Arbitrary<String> cutTails() {
    Arbitrary<String> word = Arbitraries.of("harbour", "station", "council", "families",
        "capital", "quay", "storm", "railway", "workers", "bay", "customs", "house");
    return Combinators.combine(word.list().ofMinSize(3).ofMaxSize(4),
        Arbitraries.integers().between(1, 5), Arbitraries.of(", ", " "))
        .as((ws, keep, sep) -> {
          String last = ws.get(ws.size() - 1);
          String cut = last.substring(0, Math.min(keep, last.length() - 1));
          return sep + String.join(" ", ws.subList(0, ws.size() - 1)) + " " + cut;
        });
  }

  /** An item never ends in the piece of a word where an excerpt broke off. */
  @Property(tries = 40, seed = "1616")
  void anEventTextIsNeverCutInsideAWord(@ForAll("cutTails") String tail) {
    String cutLine = "The customs house was moved to the new quay in {{1975|date|1975}} by the "
        + "town council after long debate, and the old market was closed by" + tail;
    String marked = EN.formatted("") + "\n" + cutLine + "\n\nThe bay is quiet now.\n";
    String[] tokens = tail.strip().split("\\s+");
    String cut = tokens[tokens.length - 1]; // the word the excerpt broke off
    Pattern endsInCut = Pattern.compile("(?<!\\p{L})" + Pattern.quote(cut) + "[\\s…]*$");
    for (Question.Event e : events(Language.EN, marked)) {
      assertFalse(endsInCut.matcher(e.text()).find(), e.text());
    }
  }

  @Test
  void aCutExcerptKeepsItsItemUpToAClauseEnd() {
    String cutLine = "The customs house was moved to the new quay in {{1975|date|1975}} by the "
        + "town council after long debate, and the old market was closed by the mayor of the w";
    List<Question.Event> es = events(Language.EN, EN.formatted("") + "\n" + cutLine + "\n\nThe bay is quiet now.\n");
    assertTrue(es.stream().anyMatch(e -> e.text().equals(
        "The customs house was moved to the new quay by the town council after long debate.")), es.toString());
  }

  @Test
  void anItemIsTheSameWhenItsSentenceIsWhole() {
    String line = "The customs house was moved to the new quay in {{1975|date|1975}} by the council.";
    List<Question.Event> es = events(Language.EN, EN.formatted(line));
    assertEquals(1, es.stream().filter(e -> e.text().equals(
        "The customs house was moved to the new quay by the council.")).map(Question.Event::text)
        .distinct().count(), es.toString());
  }
}
