package org.factdrill.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

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
  public static long write(Connection conn, String profile, LocalDate since, ZoneId zone,
      Writer out) throws IOException, StatsException {
    CsvMapper mapper = new CsvMapper();
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
    Arrays.stream(COLUMNS).forEach(b::addColumn);
    String sql = "SELECT r.id, p.name, r.reviewed_at, r.question_id, r.card_id, r.rating, "
        + "r.correct, r.answer, r.verdict, r.response_ms, r.state_before, r.state_after, "
        + "r.stability, r.difficulty, r.due_after, r.elapsed_days, c.source, c.lang, c.kind "
        + "FROM review_log r JOIN profiles p ON p.id = r.profile_id "
        + "LEFT JOIN cards c ON c.profile_id = r.profile_id AND c.card_id = r.card_id "
        + "WHERE r.reviewed_at >= ?" + (profile == null ? "" : " AND p.name = ?")
        + " ORDER BY r.reviewed_at, r.id";
    // Written here, not by Jackson, so that an empty log still gets its header row.
    out.write(String.join(",", COLUMNS) + "\r\n");
    long n = 0;
    try (SequenceWriter w = mapper.writer(b.build()).writeValues(out);
         PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, since == null ? Long.MIN_VALUE : since.atStartOfDay(zone).toInstant().toEpochMilli());
      if (profile != null) {
        ps.setString(2, profile);
      }
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        Object[] row = new Object[COLUMNS.length];
        while (rs.next()) {
          Instant at = Instant.ofEpochMilli(rs.getLong(3));
          int rating = rs.getInt(6);
          row[0] = rs.getLong(1);
          row[1] = rs.getString(2);
          row[2] = at.toString();
          row[3] = LocalDate.ofInstant(at, zone).toString();
          row[4] = rs.getString(4);
          row[5] = rs.getString(5);
          row[6] = rating;
          row[7] = rating >= 1 && rating <= 4 ? RATINGS[rating] : "";
          row[8] = rs.getInt(7);
          row[9] = rs.getString(8);
          row[10] = rs.getString(9);
          row[11] = rs.getObject(10) == null ? null : rs.getLong(10);
          row[12] = rs.getString(11);
          row[13] = rs.getString(12);
          row[14] = rs.getObject(13) == null ? null : rs.getDouble(13);
          row[15] = rs.getObject(14) == null ? null : rs.getDouble(14);
          row[16] = Instant.ofEpochMilli(rs.getLong(15)).toString();
          row[17] = rs.getObject(16) == null ? null : rs.getLong(16);
          row[18] = rs.getString(17);
          row[19] = rs.getString(18);
          row[20] = rs.getString(19);
          // Jackson's CSV writer drops null array elements (shifting the columns): write "".
          for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
              row[i] = "";
            }
          }
          w.write(row);
          n++;
        }
      }
    } catch (SQLException e) {
      throw new StatsException("cannot read the review log: " + e.getMessage(), e);
    }
    out.flush();
    return n;
  }
}
