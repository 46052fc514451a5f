package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A house number is an address, not a figure: before a street's name ending in a street word,
 * after a street word and its name (Hebrew), before a street word leading a capitalised name
 * (Vietnamese), and after an address label. Counts and years beside streets stay facts.
 */
class HouseNumbersTest {
  private static String d(String code, String text) {
    return Facts.describe(Language.fromCode(code).orElseThrow(), text);
  }

  @Test
  void aNumberBeforeAStreetsNameIsAnAddress() {
    assertEquals("date:1950=\"1950\"", d("en", "The museum moved to 14 Harbour Road in 1950."));
    assertEquals("", d("en", "She lived at 221 Kestrel Lane with her aunt."));
  }

  @Test
  void aYearBeforeAStreetsNameStaysAYear() {
    assertEquals("date:1906=\"1906\"", d("en", "In 1906 Market Street burned for three days.")
        .replaceAll(" \\|.*", ""));
  }

  @Test
  void aNumberAfterAHebrewStreetsNameIsAnAddress() {
    assertEquals("number:45=45", d("he", "המשרד ברחוב הגפן 12 העסיק 45 איש."));
  }

  @Test
  void aNumberBeforeAVietnameseStreetWordAndItsNameIsAnAddress() {
    assertEquals("number:30=30", d("vi", "Trụ sở ở 12 phố Hàng Gai có 30 phòng."));
  }

  @Test
  void aVietnameseWayIsNoStreet() {
    assertEquals("number:3=3", d("vi", "Họ đi trên đường đi 3 ngày liền."));
  }

  @Test
  void aNumberAfterAnAddressLabelIsAnAddress() {
    assertEquals("", d("vi", "Địa chỉ | 9 Phố Huế |"));
    assertEquals("", d("en", "Address: 40 Orchard Row"));
  }
}
