package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A part of a year ("the end of", "the beginning of", "the spring of") stands between a bound
 * word and its date: "by the end of 1905" bounds like "by 1905" (a later year also true, so no
 * later year is a wrong option or a false statement), "until the end of 1931" like "until 1931"
 * (an earlier year also true). Shown as an event without its date, the part goes with the date
 * ("In the spring of 1901, the council opened …" is "The council opened …", never "In the
 * spring, …"), and a bounded date is no event's date.
 */
class DatePartBoundsTest {
  private static final List<String> PARTS = List.of("end", "beginning", "middle", "close");
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d)\\b");

  private static List<Integer> years(String s) {
    List<Integer> out = new java.util.ArrayList<>();
    for (Matcher m = YEAR.matcher(s); m.find(); ) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  /** Every wrong year the bank offers for the fact whose answer is {@code year}. */
  private static List<Integer> wrongYears(Result r, int year) {
    List<Integer> out = new java.util.ArrayList<>();
    for (Question q : Fixtures.asking(r, String.valueOf(year))) {
      if (q.type() == QuestionType.CHOICE) {
        q.options().stream().flatMap(o -> years(o).stream()).filter(y -> y != year)
            .forEach(out::add);
      } else if (q.type() == QuestionType.TRUEFALSE) {
        years(q.prompt()).stream().filter(y -> y != year).forEach(out::add);
      }
    }
    return out;
  }

  private static String town(int year) {
    return "Valmora harbour history\n\nThe harbour of Valmora opened in " + (year - 34)
        + " and the railway reached the town of Valmora in " + (year - 25) + ". ";
  }

  @Test
  void byThePartOfAYearOffersNoLaterYear() {
    for (String part : PARTS) {
      for (int year = 1850; year <= 1950; year += 25) {
        Result r = Fixtures.extracted(Language.EN, town(year) + "By the " + part + " of " + year
            + ", the council of Valmora had built a school in every district of the town.\n");
        for (int y : wrongYears(r, year)) {
          assertTrue(y < year, part + " " + year + ": " + y + " also makes it true");
        }
      }
    }
  }

  @Test
  void untilThePartOfAYearOffersNoEarlierYear() {
    int offered = 0;
    for (String part : PARTS) {
      for (int year = 1850; year <= 1950; year += 25) {
        Result r = Fixtures.extracted(Language.EN, town(year) + "Until the " + part + " of "
            + year + " the harbour of Valmora remained the busiest port on the whole coast.\n");
        for (int y : wrongYears(r, year)) {
          offered++;
          assertTrue(y > year, part + " " + year + ": " + y + " also makes it true");
        }
      }
    }
    assertTrue(offered > 0, "some wrong years are offered, all later");
  }

  @Test
  void anEventShownWithoutItsDateLosesThePartOfTheYearWithIt() {
    StringBuilder text = new StringBuilder("Valmora harbour history\n\n");
    // acts whose wording tells no order (no founding, no "first" or "second"): only the dates do
    String[] acts = {"the council of Valmora held a great fair by the harbour",
        "the people of Valmora repaired the stone bridge over the river",
        "the fishermen of Valmora sold their catch at a market on the quay",
        "the railway company of Valmora laid a track to the coast",
        "the mayor of Valmora hosted a visit of the governor"};
    String[] parts = {"spring", "summer", "autumn", "winter", "end"};
    for (int k = 0; k < acts.length; k++) {
      text.append("In the ").append(parts[k]).append(" of ").append(1901 + 3 * k).append(", ")
          .append(acts[k]).append(". ");
    }
    Result r = Fixtures.extracted(Language.EN, text.toString());
    List<String> items = r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.TIMELINE || q.type() == QuestionType.WHICHFIRST)
        .flatMap(q -> q.items().stream()).toList();
    assertFalse(items.isEmpty(), r.report().format(r.bank()));
    for (String item : items) {
      assertFalse(item.matches("(?is).*\\bthe (spring|summer|autumn|winter|end)\\b.*"), item);
    }
  }

  @Test
  void aDateBoundedThroughItsPartIsNoEventsDate() {
    StringBuilder text = new StringBuilder("Valmora harbour history\n\n");
    for (int k = 0; k < 5; k++) {
      text.append("By the end of ").append(1901 + 3 * k).append(", the council of Valmora had ")
          .append(List.of("opened", "closed", "rebuilt", "sold", "restored").get(k))
          .append(" the old school by the harbour of the town. ");
    }
    Result r = Fixtures.extracted(Language.EN, text.toString());
    assertTrue(r.bank().questions().stream().noneMatch(q -> q.type() == QuestionType.TIMELINE
        || q.type() == QuestionType.WHICHFIRST), r.report().format(r.bank()));
  }
}
