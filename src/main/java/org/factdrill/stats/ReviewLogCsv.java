package org.factdrill.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.factdrill.store.ProgressQueries;
import org.factdrill.store.StoreException;

/**
 * Streams the raw review log as RFC 4180 CSV (comma, CRLF, quotes doubled, a header row) for
 * spreadsheets: one row per answer, oldest first, read and written one row at a time.
 */
public final class ReviewLogCsv {
  /** The header row, in column order. */
  public static final String[] COLUMNS = {"review_id", "profile", "reviewed_at", "local_date",
      "question_id", "card_id", "rating", "rating_name", "correct", "answer", "verdict",
      "response_ms", "state_before", "state_after", "stability", "difficulty", "due_after",
      "elapsed_days", "source", "lang", "kind"};
  private static final String[] RATINGS = {"", "Again", "Hard", "Good", "Easy"};

  private ReviewLogCsv() {}

  /**
   * Writes the review log of {@code profile} (all profiles when null) since {@code since}
   * (all history when null); returns the number of rows written.
   */
  public static long write(ProgressQueries queries, String profile, LocalDate since, ZoneId zone,
      Writer out) throws IOException, StatsException {
    CsvMapper mapper = new CsvMapper();
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
    Arrays.stream(COLUMNS).forEach(b::addColumn);
    // Written here, not by Jackson, so that an empty log still gets its header row.
    out.write(String.join(",", COLUMNS) + "\r\n");
    long n;
    try (SequenceWriter w = mapper.writer(b.build()).writeValues(out)) {
      long from = since == null ? Long.MIN_VALUE
          : since.atStartOfDay(zone).toInstant().toEpochMilli();
      n = queries.reviewLog(profile, from, r -> {
        int rating = r.rating();
        Object[] row = {r.id(), r.profile(), r.reviewedAt().toString(),
            LocalDate.ofInstant(r.reviewedAt(), zone).toString(), r.questionId(), r.cardId(),
            rating, rating >= 1 && rating <= 4 ? RATINGS[rating] : "", r.correct(), r.answer(),
            r.verdict(), r.responseMs(), r.stateBefore(), r.stateAfter(), r.stability(),
            r.difficulty(), r.dueAfter().toString(), r.elapsedDays(), r.source(), r.lang(),
            r.kind()};
        // Jackson's CSV writer drops null array elements (shifting the columns): write "".
        for (int i = 0; i < row.length; i++) {
          if (row[i] == null) {
            row[i] = "";
          }
        }
        w.write(row);
      });
    } catch (StoreException e) {
      throw new StatsException(e.getMessage(), e);
    }
    out.flush();
    return n;
  }
}
