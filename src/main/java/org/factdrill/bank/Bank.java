package org.factdrill.bank;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A question bank: what generated it, from which texts, and its questions (see docs/bank-format.md). */
@JsonPropertyOrder({"schemaVersion", "generator", "sources", "questions"})
public record Bank(int schemaVersion, GeneratorInfo generator, List<SourceInfo> sources,
    List<Question> questions) {
  /** The bank format version this code writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  public Bank {
    sources = sources == null ? List.of() : List.copyOf(sources);
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  /** The program that wrote a bank. */
  public record GeneratorInfo(String name, String version) {}

  /** One source text: its file name, content hash and detected language. */
  @JsonPropertyOrder({"file", "sha256", "lang"})
  public record SourceInfo(String file, String sha256, String lang) {}
}
