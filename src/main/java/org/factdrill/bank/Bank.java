package org.factdrill.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A question bank: what generated it, from which texts, its questions, and the ids of generated
 * questions the instructor deleted, which regeneration must not bring back (see
 * docs/bank-format.md).
 */
@JsonPropertyOrder({"schemaVersion", "generator", "sources", "questions", "deleted"})
public record Bank(int schemaVersion, GeneratorInfo generator, List<SourceInfo> sources,
    List<Question> questions, List<String> deleted) {
  /** The bank format version this code writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  public Bank {
    sources = sources == null ? List.of() : List.copyOf(sources);
    questions = questions == null ? List.of() : List.copyOf(questions);
    deleted = deleted == null ? List.of() : List.copyOf(new java.util.TreeSet<>(deleted));
  }

  /** A bank with no deleted questions recorded. */
  public Bank(int schemaVersion, GeneratorInfo generator, List<SourceInfo> sources,
      List<Question> questions) {
    this(schemaVersion, generator, sources, questions, List.of());
  }

  /** This bank with other questions; the record of deleted ones stays. */
  public Bank withQuestions(List<Question> qs) {
    return new Bank(schemaVersion, generator, sources, qs, deleted);
  }

  /** The program that wrote a bank. */
  public record GeneratorInfo(String name, String version) {}

  /**
   * The title of the source text {@code file} (its first heading), or the file name when the bank
   * has none for it (banks written before titles, hand-written questions).
   */
  public String titleOf(String file) {
    for (SourceInfo s : sources) {
      if (s != null && file != null && file.equals(s.file()) && s.title() != null
          && !s.title().isBlank()) {
        return s.title();
      }
    }
    return file;
  }

  /**
   * One source text: its file name, content hash, detected language and title (the text's first
   * heading or headline; absent in banks written before titles, which still load).
   */
  @JsonPropertyOrder({"file", "sha256", "lang", "title"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SourceInfo(String file, String sha256, String lang, String title) {
    /** A source without a title. */
    public SourceInfo(String file, String sha256, String lang) {
      this(file, sha256, lang, null);
    }
  }
}
