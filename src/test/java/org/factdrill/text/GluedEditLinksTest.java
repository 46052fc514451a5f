package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A mobile wiki page copied as text glues each section's edit button, as the pack's edit word,
 * onto the section's first line ("עריכהכבר ב-…", "editThe army …"): under a heading the line
 * starts after the word. A word that only begins with the same letters (in capitals, or going on
 * in small letters) and a line under no heading keep their text. Made-up pages in three languages.
 */
class GluedEditLinksTest {
  @Test
  void theEditWordGluedUnderAHeadingIsNoPartOfTheSentence() {
    String[][] cases = {
        {"he", "עריכה", "כבר בשנת 1921 נפתח בית הספר הראשון של המושבה ורדינה בבניין קטן ליד הבאר."},
        {"he", "עריכה", "ב-3 במרץ 1922 הפליגה הספינה ורדינה לראשונה מנמל העיר אל החוף שממול."},
        {"en", "edit", "The first school of the Vardena colony opened in 1921 in a small house."},
        {"en", "Edit", "In 1921 the first school of the Vardena colony opened in a small house."},
        {"vi", "sửa", "Năm 1921, trường học đầu tiên của làng Vardena mở cửa trong một ngôi nhà nhỏ."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String text = "Vardena\n\nThe village lies on the coast, between two rivers, far from the city.\n\n"
          + "History\n" + c[1] + c[2] + "\n";
      if (c[0].equals("he")) {
        text = "ורדינה\n\nהכפר שוכן על החוף בין שני נהרות, רחוק מן העיר הגדולה.\n\nהיסטוריה\n"
            + c[1] + c[2] + "\n";
      }
      Layout layout = LayoutClassifier.classify(text, lang, "a.txt");
      String t = text;
      String sentence = layout.blocks().stream().filter(b -> b.cls() == LineClass.PROSE)
          .map(b -> b.of(t).strip()).filter(s -> s.contains(c[2].substring(3, 20))).findFirst()
          .orElseThrow();
      assertEquals(c[2], sentence, text);
    }
  }

  @Test
  void wordsThatOnlyBeginLikeTheEditWordAndLinesUnderNoHeadingStay() {
    String[] texts = {
        "Vardena\n\nHistory\nEditors of the village paper wrote about the school that opened in 1921.\n",
        "Vardena\n\nHistory\nEDITORIAL notes of the village paper told of the school opened in 1921.\n",
        "Vardena\n\nThe village lies on the coast, between two rivers, far from the city.\n"
            + "editThe first school of the Vardena colony opened in 1921 in a small house.\n"};
    for (String text : texts) {
      String line = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1).strip();
      int at = text.indexOf(line);
      Layout layout = LayoutClassifier.classify(text, Language.EN, "a.txt");
      Block b = layout.blocks().stream()
          .filter(x -> x.span().start() <= at && at < x.span().end()).findFirst().orElseThrow();
      assertEquals(line, b.of(text).strip(), text);
    }
  }
}
