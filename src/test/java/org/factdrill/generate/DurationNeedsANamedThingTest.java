package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 27 of the eighteenth review (nineteenth: the merged rule tested bracketed periods only):
 * an unbracketed period is asked as a duration ("How many years did it last?") only when it is the
 * span of a thing its clause names. A period fronted as the clause's time adverbial, in any tense
 * and with any connector, or qualifying a generic common noun, is a period of time: once it is cut
 * out nothing in the prompt lasted. Invented sentences, read by the real extractor.
 */
class DurationNeedsANamedThingTest {
  private static final String TITLE = "The harbour of Holm\n\n";
  private static final String LEAD = "The Aldorian harbour board was set up to rebuild the docks"
      + " after a great storm. ";

  /** Periods of time: nothing the clause names lasted. */
  private static final String[] TIME = {
      "From 1990 through 1995, the board will pay for new cranes and a dry dock at Holm.",
      "From 1990 to 1995 the board paid for new cranes and a dry dock at Holm.",
      "Between 1990 and 1995, dockers from three towns unloaded grain at the new quay.",
      "In the years 1990–1995, the board bought four cranes for the new quay.",
      "The elections of 1990 through 1995 brought new members to the harbour board.",
      "In Holm, the harvests from 1990 to 1995 were shipped from the new quay.",
      "Most grain ships of 1990–1995 were unloaded at the new quay by night.",
  };

  /** Spans of named things. */
  private static final String[] NAMED = {
      "The Tarn War from 1846 to 1859 ruined the old docks of the harbour.",
      "The old docks were ruined during the Tarn War of 1846–1859 by fire and neglect.",
      "The Holm Harbour League ruled from 1846 to 1859 over the river trade of the valley.",
  };

  private static List<Question> durations(String sentence) {
    Result r = Fixtures.extracted(Language.EN, TITLE + LEAD + sentence + "\n");
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.DURATION).toList();
  }

  @Test
  void aPeriodFrontedAsTheClausesTimeOrQualifyingACommonNounIsNoDuration() {
    List<String> asked = new ArrayList<>();
    for (String s : TIME) {
      for (Question q : durations(s)) {
        asked.add(q.prompt() + "   <- " + s);
      }
    }
    assertEquals(List.of(), asked);
  }

  @Test
  void aPeriodOfANamedThingIsStillADuration() {
    for (String s : NAMED) {
      assertTrue(!durations(s).isEmpty(), "no duration asked: " + s);
    }
  }
}
