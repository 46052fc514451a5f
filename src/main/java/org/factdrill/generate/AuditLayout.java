package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.factdrill.text.LayoutWords;

/**
 * The audit's check for page furniture left in a prompt ({@link BankAudit}): a footnote mark
 * ("[12]", "[a]", the pack's inline marks such as "[citation needed]", a caret, superscript
 * digits), an edit link of the pack, a table bar, a line break or tab (two layout lines run into
 * one), a web address, a citation's word of the pack ("ISBN", "Retrieved"), a line in capitals,
 * an editor's note mark "(N)" after a word, a periodical's citation line (name, issue, date);
 * and a context line that is a picture's credit line (the pack's credit words).
 */
final class AuditLayout {
  private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]\\n]{1,40}\\]");
  /**
   * An editor's note mark "(N)": a small bare integer in brackets glued to or one space after a
   * word (a noun phrase's end), then the clause goes on: no unit, no counted noun of its own.
   */
  private static final Pattern NOTE_MARK =
      Pattern.compile("(?<=[\\p{L}\\p{M}])\\s?\\((\\d{1,2})\\)(?=\\s+[\\p{L}\\p{M}]|\\s*[,.;:]|$)");
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.");

  private AuditLayout() {}

  static void check(Language lang, Question q, BankAudit.Sink s) {
    List<String> texts = new ArrayList<>();
    texts.add(q.prompt() == null ? "" : q.prompt());
    q.events().forEach(e -> texts.add(e.text() == null ? "" : e.text()));
    if (q.context() != null && LayoutWords.of(lang).hasCredit(q.context())) {
      s.hit(BankAudit.Category.NOISE, "context line from a picture credit | " + q.context());
      return;
    }
    for (String t : texts) {
      String found = find(lang, t);
      if (found != null) {
        s.hit(BankAudit.Category.NOISE, found);
        return;
      }
    }
  }

  /** What layout the text shows, with the stretch around it; null when none. */
  static String find(Language lang, String t) {
    LayoutWords words = LayoutWords.of(lang);
    Matcher m = words.inlineMark().matcher(t);
    if (m.find()) {
      return "footnote mark " + m.group() + " | " + BankAudit.around(t, m.start(), m.end());
    }
    Matcher b = BRACKETED.matcher(t);
    while (b.find()) {
      if (words.isEditLink(b.group())) {
        return "edit link " + b.group() + " | " + BankAudit.around(t, b.start(), b.end());
      }
    }
    Matcher n = NOTE_MARK.matcher(t);
    if (n.find()) {
      return "note mark " + n.group().strip() + " | " + BankAudit.around(t, n.start(), n.end());
    }
    if (org.factdrill.text.PublicationLines.isCitation(t, lang)) {
      return "citation line | " + t;
    }
    for (char c : new char[] {'^', '|', '\n', '\t'}) {
      int i = t.indexOf(c);
      if (i >= 0) {
        return (c == '^' ? "caret" : c == '|' ? "table bar" : "line break")
            + " | " + BankAudit.around(t, i, i + 1);
      }
    }
    if (!FootnoteDigits.strip(t).equals(t)) {
      return "superscript footnote digits | " + t;
    }
    Matcher u = URL.matcher(t);
    if (u.find()) {
      return "web address | " + BankAudit.around(t, u.start(), u.end());
    }
    if (words.citedWords(t) > 0) {
      return "citation word | " + t;
    }
    String bare = t.endsWith(" …") ? t.substring(0, t.length() - 2) : t;
    if (TitleStops.endsAtTitle(bare, 0, bare.length())) {
      return "cut at a title's period | " + BankAudit.around(t, Math.max(0, bare.length() - 20),
          bare.length());
    }
    if (org.factdrill.text.CapsLine.is(t)) {
      return "line in capitals | " + t;
    }
    return null;
  }
}
