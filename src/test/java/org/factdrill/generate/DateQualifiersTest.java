package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A bound word reads across the date's own qualifiers ("by the early 1990s" is a bound). */
final class DateQualifiersTest {
  private final DateSides sides = new DateSides();

  @Test
  void aBoundReadsAcrossTheDecadesPartInEveryLanguage() {
    assertEquals(HedgePolicy.Side.BELOW,
        sides.bound(Language.EN, "Foreign rule over the island ended by the early ", ""));
    assertEquals(HedgePolicy.Side.ABOVE_SURE,
        sides.bound(Language.EN, "The garrison stayed there until the mid-", ""));
    assertEquals(HedgePolicy.Side.BELOW_SURE,
        sides.bound(Language.EN, "The harbour has been closed since the late ", ""));
    assertEquals(HedgePolicy.Side.ABOVE_SURE,
        sides.bound(Language.VI, "Cảng này hoạt động cho đến đầu ", ""));
    assertEquals(HedgePolicy.Side.ABOVE_SURE,
        sides.bound(Language.HE, "הנמל פעל עד תחילת ", ""));
    assertEquals(HedgePolicy.Side.BELOW,
        sides.bound(Language.fromCode("ru").orElseThrow(), "Порт закрыли к концу ", ""));
  }

  @Test
  void withoutABoundWordTheQualifiersAloneMakeNoBound() {
    assertEquals(HedgePolicy.Side.EITHER,
        sides.bound(Language.EN, "The harbour was rebuilt in the early ", ""));
    assertEquals(HedgePolicy.Side.EITHER,
        sides.bound(Language.VI, "Cảng được xây lại vào đầu ", ""));
  }

  @Test
  void aQualifierIsCutOnlyAsAWholeWord() {
    assertEquals("The army moved to Amid ",
        DateSides.unqualified(Language.EN, "The army moved to Amid "));
    assertEquals("held by ", DateSides.unqualified(Language.EN, "held by the early "));
  }
}
