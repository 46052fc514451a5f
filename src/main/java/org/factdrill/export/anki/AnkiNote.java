package org.factdrill.export.anki;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.export.FormatVisitor;
import org.factdrill.export.Items;
import org.factdrill.export.Messages;
import org.factdrill.export.Papers;
import org.factdrill.export.Unsupported;

/**
 * One Anki note built from a question: a cloze note when the prompt has a blank to hide, else a
 * type-in note (front, back). Fields are HTML; {@code source} is the source note (HTML, may be
 * empty). For cloze notes {@code front} is the text with its {{c1::...}} gap.
 *
 * @param guid derived from the question id, so importing again updates the note
 */
public record AnkiNote(String guid, Kind kind, String front, String back, String source,
    List<String> tags) {

  /** The two note types factdrill writes. */
  public enum Kind {
    CLOZE("Cloze"), TYPE_IN("Basic");

    private final String builtInName;

    Kind(String builtInName) {
      this.builtInName = builtInName;
    }

    /** The stock Anki note type a text import uses (Basic: the back holds answer and source). */
    public String builtInName() {
      return builtInName;
    }
  }

  /** The answer followed by the question's accepted alternatives (answer.also). */
  private static List<String> alternatives(Question q, String answer) {
    List<String> out = new java.util.ArrayList<>(List.of(answer));
    q.answer().also().stream().map(String::strip).filter(a -> !a.isEmpty() && !out.contains(a))
        .forEach(out::add);
    return out;
  }

  /**
   * How many of {@code written} lose their accepted alternatives as Anki notes: those that are not
   * cloze notes (a type-in card compares with one text).
   */
  public static int alternativesLeftOut(List<Question> written,
      org.factdrill.export.ExportOptions options) {
    int n = 0;
    for (Question q : written) {
      if (q.answer().also().isEmpty()) {
        continue;
      }
      try {
        n += of(q, options).kind() == Kind.CLOZE ? 0 : 1;
      } catch (Unsupported e) {
        // skipped, not written
      }
    }
    return n;
  }

  /** The note for a question, or Unsupported with a reason. */
  public static AnkiNote of(Question q) throws Unsupported {
    return of(q, new org.factdrill.export.ExportOptions(null, null, 0));
  }

  /** The note for a question, its source line naming each text by its title. */
  public static AnkiNote of(Question q, org.factdrill.export.ExportOptions options)
      throws Unsupported {
    Messages m = Items.messages(q);
    String source = Items.sourceNote(q, options).map(s -> dir(q, Items.html(s))).orElse("");
    List<String> tags = tags(q);
    String guid = guid(q.id());
    return q.accept(new FormatVisitor<AnkiNote>() {
      @Override
      protected AnkiNote typed(Question c) {
        var parts = Items.splitAtBlank(c.prompt());
        String answer = c.answer().text().strip();
        // Anki has no escape for cloze markers: a text holding them would make extra gaps.
        boolean clozeSafe = parts.isPresent() && !answer.contains("}}") && !answer.contains("::")
            && !c.prompt().contains("{{") && !c.prompt().contains("}}") && !answer.isEmpty();
        if (clozeSafe) {
          String text = Items.htmlPart(parts.get()[0].stripLeading()) + "{{c1::"
              + Items.html(answer) + "}}" + Items.htmlPart(parts.get()[1].stripTrailing());
          // The back (Back Extra) shows the accepted alternatives after the answer; a type-in
          // card compares with one text only, so those carry none (the export notes it).
          String back = String.join(" / ", alternatives(c, answer));
          return new AnkiNote(guid, Kind.CLOZE, dir(c, text), dir(c, Items.html(back)), source,
              tags);
        }
        return new AnkiNote(guid, Kind.TYPE_IN, dir(c, Items.htmlLines(c.prompt())),
            Items.html(answer), source, tags);
      }

      @Override
      public AnkiNote choice(Question.Choice c) {
        StringBuilder front = new StringBuilder(Items.htmlLines(c.prompt())).append("<ol type=\"a\"")
            .append(m.listStyleAttribute()).append(">");
        for (String o : c.options()) {
          front.append("<li>").append(Items.htmlLines(o)).append("</li>");
        }
        front.append("</ol>");
        return new AnkiNote(guid, Kind.TYPE_IN, dir(c, front.toString()),
            Items.html(c.answer().text().strip()), source, tags);
      }

      @Override
      public AnkiNote trueFalse(Question.TrueFalse t) throws Unsupported {
        return new AnkiNote(guid, Kind.TYPE_IN, dir(t, Items.htmlLines(Items.trueFalseStem(t))),
            Items.html(Papers.answer(t)), source, tags);
      }

      @Override
      public AnkiNote timeline(Question.Timeline t) throws Unsupported {
        List<String> inOrder = Papers.eventsInOrder(t);
        StringBuilder front = new StringBuilder(Items.htmlLines(t.prompt())).append("<br>")
            .append(Items.html(m.orderEvents())).append("<ol type=\"A\"")
            .append(m.listStyleAttribute()).append(">");
        for (String e : Items.eventTexts(t)) {
          front.append("<li>").append(Items.htmlLines(e)).append("</li>");
        }
        front.append("</ol>");
        StringBuilder back = new StringBuilder(Items.html(Papers.answer(t))).append("<ol>");
        for (String e : inOrder) {
          back.append("<li>").append(Items.htmlLines(e)).append("</li>");
        }
        back.append("</ol>");
        return new AnkiNote(guid, Kind.TYPE_IN, dir(t, front.toString()),
            dir(t, back.toString()), source, tags);
      }
    });
  }

  private static String dir(Question q, String html) {
    return Items.rightToLeft(q) ? "<div dir=\"rtl\">" + html + "</div>" : html;
  }

  /** Anki tags (no spaces): factdrill, lang::xx, type::..., kind::..., source::file. */
  static List<String> tags(Question q) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add("factdrill");
    if (q.lang() != null) {
      tags.add("lang::" + q.lang());
    }
    tags.add("type::" + q.type().json());
    for (Question.FactRef f : q.facts()) {
      if (f.kind() != null) {
        tags.add("kind::" + f.kind());
      }
      if (f.source() != null) {
        tags.add("source::" + f.source().replaceAll("\\s+", "_"));
      }
    }
    return new ArrayList<>(tags);
  }

  private static final String GUID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
      + "0123456789!$%&()*+,-./:;<=>?@[]^_`{|}~"; // no '#': a line starting with it is a header

  /** A base-90 GUID from the SHA-256 of the question id, like Anki's own 10-character GUIDs. */
  public static String guid(String questionId) {
    byte[] h;
    try {
      h = MessageDigest.getInstance("SHA-256")
          .digest(("factdrill:" + questionId).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    BigInteger n = new BigInteger(1, java.util.Arrays.copyOf(h, 8));
    BigInteger base = BigInteger.valueOf(GUID_CHARS.length());
    StringBuilder b = new StringBuilder();
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(base);
      b.append(GUID_CHARS.charAt(qr[1].intValue()));
      n = qr[0];
    }
    return b.reverse().toString();
  }
}
