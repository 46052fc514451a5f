package org.factdrill.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;

/**
 * The bank browser's search: every word of the query must occur in a question's prompt, answer
 * or id (case- and normalisation-blind); {@code lang:}, {@code kind:}/{@code type:},
 * {@code src:}/{@code source:} and {@code is:leech}/{@code is:suspended} filter. The lower-cased
 * text searched is built once per bank.
 */
final class BankSearch {
  /** Lower-cased NFC search text per question of {@link #indexed}, built once per bank. */
  private List<String> haystacks = List.of();
  private Bank indexed;

  /** The questions of {@code bank} that {@code query} matches ({@code suspended}: card ids). */
  List<Question> matching(Bank bank, String query, Set<String> suspended) {
    List<Question> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    String lang = null;
    String kind = null;
    String src = null;
    boolean leeches = false;
    for (String tok : TextWidth.nfc(query).toLowerCase(Locale.ROOT).split("\\s+")) {
      if (tok.isEmpty()) {
        continue;
      }
      if (tok.startsWith("lang:")) {
        lang = tok.substring(5);
      } else if (tok.startsWith("kind:") || tok.startsWith("type:")) {
        kind = tok.substring(5);
      } else if (tok.equals("is:leech") || tok.equals("is:suspended")) {
        leeches = true;
      } else if (tok.startsWith("src:") || tok.startsWith("source:")) {
        src = tok.substring(tok.indexOf(':') + 1);
      } else {
        words.add(tok);
      }
    }
    if (bank != indexed) {
      List<String> h = new ArrayList<>(bank.questions().size());
      for (Question q : bank.questions()) {
        h.add(TextWidth.nfc(q.prompt() + " " + q.answer().text() + " " + q.id())
            .toLowerCase(Locale.ROOT));
      }
      haystacks = h;
      indexed = bank;
    }
    for (int i = 0; i < bank.questions().size(); i++) {
      Question q = bank.questions().get(i);
      if (lang != null && !lang.equals(q.lang())) {
        continue;
      }
      if (leeches && !suspended.contains(q.cardId())) {
        continue;
      }
      Question.FactRef f = q.facts().isEmpty() ? null : q.facts().get(0);
      if (kind != null && !kind.equals(q.type().json())
          && !(f != null && kind.equals(String.valueOf(f.kind()).toLowerCase(Locale.ROOT)))) {
        continue;
      }
      if (src != null && (f == null || f.source() == null
          || !f.source().toLowerCase(Locale.ROOT).contains(src))) {
        continue;
      }
      String hay = haystacks.get(i);
      if (words.stream().allMatch(hay::contains)) {
        out.add(q);
      }
    }
    return out;
  }
}
