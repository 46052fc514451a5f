package org.factdrill.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.factdrill.store.pg.ClassStats;

/** Writes the class server's view ({@code stats --class}) as text, JSON, HTML or CSV. */
public final class ClassReportWriter {
  private ClassReportWriter() {}

  /** Output formats. */
  public enum Format { TEXT, JSON, HTML, CSV }

  public static void write(ClassStats.Report r, Format f, ZoneId zone, Writer out)
      throws IOException {
    switch (f) {
      case JSON -> json(r, out);
      case HTML -> html(r, zone, out);
      case CSV -> csv(r, zone, out);
      default -> text(r, zone, out);
    }
    out.flush();
  }

  private static String day(Instant t, ZoneId zone) {
    return t == null ? "-" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone).format(t);
  }

  private static String pct(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.0f%%", d * 100);
  }

  private static void text(ClassStats.Report r, ZoneId zone, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("class ").append(r.className()).append(": ").append(r.students().size())
        .append(" students, ").append(r.totalReviews()).append(" reviews\n\n");
    b.append(String.format(Locale.ROOT, "%-20s %9s %7s %9s %7s %6s  %s%n", "STUDENT", "REVIEWS",
        "7 DAYS", "RETENTION", "CARDS", "DUE", "LAST"));
    for (ClassStats.Student s : r.students()) {
      b.append(String.format(Locale.ROOT, "%-20s %9d %7d %9s %7d %6d  %s%n", s.login(),
          s.reviews(), s.reviewsThisWeek(), pct(s.retention()), s.cards(), s.due(),
          day(s.lastReview(), zone)));
    }
    List<ClassStats.Student> idle = r.notThisWeek();
    b.append("\nnot studied in the last 7 days (").append(idle.size()).append("): ");
    b.append(idle.isEmpty() ? "nobody" : String.join(", ",
        idle.stream().map(ClassStats.Student::login).toList())).append("\n\n");
    b.append("questions, least often answered correctly first:\n");
    b.append(String.format(Locale.ROOT, "%-40s %9s %9s %8s %9s%n", "QUESTION", "REVIEWS",
        "STUDENTS", "CORRECT", "RETENTION"));
    for (ClassStats.Question q : r.questions()) {
      b.append(String.format(Locale.ROOT, "%-40s %9d %9d %8s %9s%n", q.questionId(), q.reviews(),
          q.students(), pct(q.correctShare()), pct(q.retention())));
    }
    b.append("\nhardest facts (lapses per review over the class):\n");
    for (ClassStats.HardFact h : r.hardest()) {
      b.append(String.format(Locale.ROOT, "  %-30s %4d lapses / %5d reviews, %3d students  %s%n",
          h.cardId(), h.lapses(), h.reps(), h.students(), h.sentence() == null ? ""
              : h.sentence()));
    }
    out.write(b.toString());
  }

  private static void json(ClassStats.Report r, Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    g.writeStartObject();
    g.writeStringField("class", r.className());
    g.writeStringField("generatedAt", r.now().toString());
    g.writeNumberField("totalReviews", r.totalReviews());
    g.writeArrayFieldStart("students");
    for (ClassStats.Student s : r.students()) {
      g.writeStartObject();
      g.writeStringField("login", s.login());
      g.writeStringField("name", s.name());
      g.writeNumberField("reviews", s.reviews());
      g.writeNumberField("reviewsLast7Days", s.reviewsThisWeek());
      nullable(g, "retention", s.retention());
      g.writeNumberField("cards", s.cards());
      g.writeNumberField("due", s.due());
      g.writeStringField("lastReview", s.lastReview() == null ? null : s.lastReview().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notStudiedLast7Days");
    for (ClassStats.Student s : r.notThisWeek()) {
      g.writeString(s.login());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("questions");
    for (ClassStats.Question q : r.questions()) {
      g.writeStartObject();
      g.writeStringField("questionId", q.questionId());
      g.writeNumberField("reviews", q.reviews());
      g.writeNumberField("students", q.students());
      nullable(g, "correctShare", q.correctShare());
      nullable(g, "retention", q.retention());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("hardestFacts");
    for (ClassStats.HardFact h : r.hardest()) {
      g.writeStartObject();
      g.writeStringField("cardId", h.cardId());
      g.writeNumberField("students", h.students());
      g.writeNumberField("reviews", h.reps());
      g.writeNumberField("lapses", h.lapses());
      g.writeStringField("sentence", h.sentence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.close();
    out.write('\n');
  }

  private static void nullable(JsonGenerator g, String name, Double v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, Math.round(v * 10000) / 10000.0);
    }
  }

  private static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static void html(ClassStats.Report r, ZoneId zone, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Class ")
        .append(esc(r.className())).append("</title><style>body{font-family:sans-serif;"
            + "margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;"
            + "padding:2px 8px}td.n{text-align:right}.idle{background:#fee}</style></head><body>\n");
    b.append("<h1>Class ").append(esc(r.className())).append("</h1>\n<p>")
        .append(r.students().size()).append(" students, ").append(r.totalReviews())
        .append(" reviews; generated ").append(esc(r.now().toString())).append("</p>\n");
    b.append("<h2>Students</h2>\n<table><tr><th>student</th><th>name</th><th>reviews</th>"
        + "<th>last 7 days</th><th>retention</th><th>cards</th><th>due</th><th>last</th></tr>\n");
    for (ClassStats.Student s : r.students()) {
      b.append(s.reviewsThisWeek() == 0 ? "<tr class=\"idle\">" : "<tr>")
          .append("<td>").append(esc(s.login())).append("</td><td dir=\"auto\">")
          .append(esc(s.name())).append("</td><td class=\"n\">").append(s.reviews())
          .append("</td><td class=\"n\">").append(s.reviewsThisWeek())
          .append("</td><td class=\"n\">").append(pct(s.retention()))
          .append("</td><td class=\"n\">").append(s.cards()).append("</td><td class=\"n\">")
          .append(s.due()).append("</td><td>").append(day(s.lastReview(), zone))
          .append("</td></tr>\n");
    }
    b.append("</table>\n<h2>Not studied in the last 7 days</h2>\n<p>");
    b.append(esc(String.join(", ", r.notThisWeek().stream().map(ClassStats.Student::login)
        .toList()))).append("</p>\n");
    b.append("<h2>Questions, least often answered correctly first</h2>\n<table><tr>"
        + "<th>question</th><th>reviews</th><th>students</th><th>correct</th>"
        + "<th>retention</th></tr>\n");
    for (ClassStats.Question q : r.questions()) {
      b.append("<tr><td>").append(esc(q.questionId())).append("</td><td class=\"n\">")
          .append(q.reviews()).append("</td><td class=\"n\">").append(q.students())
          .append("</td><td class=\"n\">").append(pct(q.correctShare()))
          .append("</td><td class=\"n\">").append(pct(q.retention())).append("</td></tr>\n");
    }
    b.append("</table>\n<h2>Hardest facts</h2>\n<table><tr><th>fact</th><th>lapses</th>"
        + "<th>reviews</th><th>students</th><th>sentence</th></tr>\n");
    for (ClassStats.HardFact h : r.hardest()) {
      b.append("<tr><td>").append(esc(h.cardId())).append("</td><td class=\"n\">")
          .append(h.lapses()).append("</td><td class=\"n\">").append(h.reps())
          .append("</td><td class=\"n\">").append(h.students()).append("</td><td dir=\"auto\">")
          .append(esc(h.sentence())).append("</td></tr>\n");
    }
    b.append("</table>\n</body></html>\n");
    out.write(b.toString());
  }

  private static String csvCell(String s) {
    if (s == null) {
      return "";
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /** One table: a row per student, then per question; the first column says which. */
  private static void csv(ClassStats.Report r, ZoneId zone, Writer out) throws IOException {
    StringBuilder b = new StringBuilder("row,id,name,reviews,reviews_7d,students,correct,"
        + "retention,cards,due,last_review\r\n");
    for (ClassStats.Student s : r.students()) {
      b.append("student,").append(csvCell(s.login())).append(',').append(csvCell(s.name()))
          .append(',').append(s.reviews()).append(',').append(s.reviewsThisWeek()).append(",,,")
          .append(s.retention() == null ? "" : String.format(Locale.ROOT, "%.4f", s.retention()))
          .append(',').append(s.cards()).append(',').append(s.due()).append(',')
          .append(s.lastReview() == null ? "" : day(s.lastReview(), zone)).append("\r\n");
    }
    for (ClassStats.Question q : r.questions()) {
      b.append("question,").append(csvCell(q.questionId())).append(",,").append(q.reviews())
          .append(",,").append(q.students()).append(',')
          .append(String.format(Locale.ROOT, "%.4f", q.correctShare())).append(',')
          .append(q.retention() == null ? "" : String.format(Locale.ROOT, "%.4f", q.retention()))
          .append(",,,\r\n");
    }
    out.write(b.toString());
  }
}
