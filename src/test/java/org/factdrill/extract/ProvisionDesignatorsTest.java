package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** The item numbers of laws, resolutions and decrees designate a provision: they count nothing. */
class ProvisionDesignatorsTest {
  // sentences made up for this test

  @Test
  void anItemNumberOfALawIsNoFactButTheCountBesideItIs() {
    assertEquals("number:300=300", Facts.describe(Language.VI,
        "Căn cứ Điều 3 và Khoản 2 Điều 5 của Nghị quyết, Mục 4 quy định 300 người."));
    assertEquals("number:300=300", Facts.describe(Language.EN,
        "Under Article 12, Articles 3 and Section 4, Schedule 2, Regulation 9 and Rule 7, "
            + "300 men were sent."));
    assertEquals("number:300=300", Facts.describe(Language.HE,
        "לפי סעיף 4, תקנה 12 ופסקה 3 לחוק נשלחו 300 חיילים."));
    assertEquals("number:300=300", Facts.describe(Language.fromCode("ru").orElseThrow(),
        "Согласно статье 12, пункту 3 и главе 7 закона, отправили 300 солдат."));
  }
}
