package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class NonFactsTest {
  @Test
  void aDashedNumberWithALongSecondGroupIsReadWithoutFailing() {
    // made up for this test: the day-and-month check read "9591068685" as an int and threw
    Toks t = Tokenizer.toks("The fleet of 12-9591068685 had 40 ships.");
    NonFacts.mark(t, Lexicon.of(Language.EN));
    assertEquals(false, t.isBlocked(t.size() - 3), "40 is a figure");
  }

  @Test
  void citationMarkersAreNotFacts() {
    assertEquals("", Facts.describe(Language.EN, "as reported.[12][13] And [a]."));
    assertEquals("", Facts.describe(Language.VI, "chiến tranh.[29] [cần dẫn nguồn]"));
  }

  @Test
  void aNoteNumberGluedToAWordsPunctuationIsNotAFact() {
    // sentences made up for this test
    assertEquals("", Facts.describe(Language.HE, "פגשנו את הגנן החדש,1 שאליו נשלחנו."));
    assertEquals("", Facts.describe(Language.HE, "ונוספו בתים חדשים בכפר.3"));
    assertEquals("", Facts.describe(Language.EN, "We met the new gardener,2 who hired us."));
    // a figure after a clause's punctuation has a space; a group mark stands between digits
    assertEquals(false, Facts.describe(Language.EN, "In the spring, 40 ships sailed.").isEmpty());
    assertEquals(false, Facts.describe(Language.EN, "About 1,500 ships sailed.").isEmpty());
    assertEquals(false, Facts.describe(Language.HE, "בכפר היו 40 בתים.").isEmpty());
  }

  @Test
  void modelAndWeaponNamesAreNotFacts() {
    assertEquals("", Facts.describe(Language.EN, "T-72, S-400, B-52, MiG-21, 9K33 and COVID-19"));
    assertEquals("", Facts.describe(Language.VI, "xe tăng T-72 gần thị trấn"));
  }

  @Test
  void urlsCoordinatesTimesAndPageReferencesAreNotFacts() {
    assertEquals("", Facts.describe(Language.EN,
        "See https://example.org/1945/report, 52°31′N 13°24′E, at 04:45, p. 112, pp. 140–145."));
    assertEquals("", Facts.describe(Language.EN, "ISBN 978-3-16-148410-0"));
    assertEquals("", Facts.describe(Language.EN, "The session resumed at 10 a.m. and ended at 7 pm."));
    assertEquals("", Facts.describe(Language.VI, "chia đôi đất nước tại vĩ tuyến 17"));
  }

  @Test
  void identifiersWrittenWithDashesAreNotRangesOrDates() {
    // sentences made up for this test
    assertEquals("", Facts.describe(Language.EN,
        "The order 2017–31–44 replaced order 2016–NK–022–B for the 512–7 and 512–9 engines."));
    assertEquals("", Facts.describe(Language.EN, "Call 303–555–0142 before noon."));
    // a date with dashes, a year range and an increasing range are still facts
    assertEquals("date:2015-03-03=\"2015-03-03\"", Facts.describe(Language.EN,
        "It opened on 2015-03-03."));
    assertEquals(false, Facts.describe(Language.EN, "The war lasted 1939–45.").isEmpty());
    assertEquals(false, Facts.describe(Language.EN, "About 40–45 ships sailed.").isEmpty());
  }

  @Test
  void modelNumbersBoundToACapitalisedWordAreNotCounts() {
    // sentences made up for this test
    assertEquals("date:1969=\"1969\"", Facts.describe(Language.EN,
        "The Lockwell 818 first flew in 1969."));
    assertEquals("number:12=12", Facts.describe(Language.EN,
        "Airlines grounded 12 Lockwell 818 NEO jets (818 NEO) and the 818-LR."));
    assertEquals("", Facts.describe(Language.EN, "The new 818 Classic replaced the Lockwell 818."));
    assertEquals("number:2,000=2000", Facts.describe(Language.EN,
        "The army fielded 2,000 T-55 tanks and the Sukarev Su-12 fighter."));
    // counts before a capitalised word, a day after a name, a year after a place stay facts
    assertEquals("number:300=300 | number:40=40", Facts.describe(Language.EN,
        "The army had 300 Tiger tanks and 40 Hurricanes."));
    assertEquals("number:12=12", Facts.describe(Language.EN,
        "There were 12 NATO observers."));
    assertEquals("date:1900=\"1900\"", Facts.describe(Language.EN,
        "They met at the Paris 1900 fair."));
    assertEquals("number:40=40", Facts.describe(Language.EN, "Some 40 ships sailed."));
    assertEquals("date:AD 14=\"0014\"", Facts.describe(Language.EN, "He died in AD 14."));
    assertEquals("number:3=3", Facts.describe(Language.EN, "A 3-day march followed."));
    // a year is never a model number, even after an identifier that begins with it
    assertEquals(true, Facts.describe(Language.EN,
        "The order 1945–6 lapsed. In 1945 Germany surrendered.").contains("date:1945"));
  }

  @Test
  void unitDesignationsAreNotCountsButCountsBeforeTheNounAre() {
    assertEquals("", Facts.describe(Language.VI, "Quân đoàn 4 và Sư đoàn 127, căn cứ số 102"));
    assertEquals("number:3=3", Facts.describe(Language.VI, "chỉ có 3 sư đoàn"));
  }

  @Test
  void aFunctionWordAfterAUnitsNounEndsItsNameSoTheNumberAfterItIsACount() {
    // "the corps has 4,200 men": a verb or a function word is no part of a unit's name.
    java.util.Random r = new java.util.Random(4200);
    String[] units = {"Quân đoàn", "Sư đoàn", "Tiểu đoàn", "Trung đoàn", "Lữ đoàn"};
    String[] links = {"có", "gồm có", "của ông có", "thì có", "được bổ sung thêm"};
    for (int k = 0; k < 60; k++) {
      int n = 100 + r.nextInt(9000);
      String shown = n >= 1000 ? n / 1000 + "." + String.format("%03d", n % 1000) : "" + n;
      String text = "Mỗi " + units[r.nextInt(units.length)].toLowerCase(java.util.Locale.ROOT)
          + " " + links[r.nextInt(links.length)] + " " + shown + " người.";
      String got = Facts.describe(Language.VI, text);
      assertTrue(got.contains("number:" + shown + "=" + n), text + " -> " + got);
    }
    assertEquals("", Facts.describe(Language.VI, "Sư đoàn Bộ binh 304 và Trung đoàn Pháo binh 45"));
  }

  @Test
  void theSpanTextIsExactlyTheDocumentSubstring() {
    String text = "Intro.\n\nIn 1991, about 40,000 people left.";
    for (Fact f : Facts.of(Language.EN, text)) {
      assertEquals(text.substring(f.start(), f.end()), f.text());
      assertEquals(true, f.sentence().start() <= f.start() && f.end() <= f.sentence().end());
    }
  }
}
