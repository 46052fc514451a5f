package org.factdrill.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.text.AtomicWriter;
import org.factdrill.text.TextReadException;
import org.factdrill.text.TextReader;

/** Reads and writes bank files. Output is deterministic: same bank, same bytes. */
public final class BankJson {
  private final ObjectMapper mapper;

  public BankJson() {
    this.mapper = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  /** Serializes with two-space indentation, LF line ends and a final newline. */
  public String toJson(Bank bank) {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return mapper.writer(pp).writeValueAsString(bank) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bank serialization failed", e);
    }
  }

  /** Writes atomically: a reader never sees half a bank. */
  public void write(Bank bank, Path file) throws IOException {
    AtomicWriter.writeString(file, toJson(bank));
  }

  /**
   * Reads a bank, collecting syntax problems with line:column. The semantic checks are in
   * {@link BankValidator}; {@link #load} runs both.
   */
  public Bank read(Path file, List<BankProblem> problems) {
    String name = file.toString();
    String json;
    try {
      json = TextReader.strict().read(file);
    } catch (TextReadException e) {
      problems.add(new BankProblem(name, 0, 0, null, e.getMessage().startsWith(name)
          ? e.getMessage().substring(name.length() + 2) : e.getMessage()));
      return null;
    }
    return parse(name, json, problems);
  }

  /** Parses bank JSON text; {@code name} is used in problem messages. */
  public Bank parse(String name, String json, List<BankProblem> problems) {
    try {
      JsonNode tree = mapper.readTree(json);
      if (tree == null || !tree.isObject()) {
        problems.add(new BankProblem(name, 1, 1, null, "not a bank: expected a JSON object"));
        return null;
      }
      return mapper.treeToValue(tree, Bank.class);
    } catch (MismatchedInputException e) {
      JsonLocation loc = e.getLocation();
      String where = e.getPathReference();
      problems.add(new BankProblem(name, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), null,
          (e instanceof InvalidFormatException ife ? "bad value " + ife.getValue() : "wrong type")
              + " at " + path(e)));
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      problems.add(new BankProblem(name, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), null, "malformed JSON: " + e.getOriginalMessage()));
      return null;
    } catch (IllegalArgumentException e) {
      problems.add(new BankProblem(name, 0, 0, null, e.getMessage()));
      return null;
    }
  }

  private static String path(MismatchedInputException e) {
    StringBuilder b = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        b.append('.').append(ref.getFieldName());
      } else {
        b.append('[').append(ref.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? "top level" : b.substring(b.charAt(0) == '.' ? 1 : 0);
  }

  /** Reads and validates; throws with every problem when the bank cannot be used. */
  public Bank load(Path file) throws BankException {
    if (!Files.exists(file)) {
      throw new BankException(List.of(new BankProblem(file.toString(), 0, 0, null,
          "no such bank file (run 'factdrill generate' to create one)")));
    }
    List<BankProblem> problems = new ArrayList<>();
    Bank bank = read(file, problems);
    if (bank != null) {
      problems.addAll(new BankValidator().validate(file.toString(), bank));
    }
    if (!problems.isEmpty()) {
      throw new BankException(problems);
    }
    return bank;
  }

}
