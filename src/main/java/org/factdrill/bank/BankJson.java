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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.lang.Phrase;
import org.factdrill.text.AtomicWriter;
import org.factdrill.text.TextReadException;
import org.factdrill.text.TextReader;


/**
 * Reads and writes bank files: the only place that knows the JSON form of a bank (with its
 * helper {@link BankJsonCodec}). Output is deterministic: same bank, same bytes.
 */
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
    ObjectNode top = mapper.createObjectNode();
    top.put("schemaVersion", bank.schemaVersion());
    top.set("generator", mapper.valueToTree(bank.generator()));
    top.set("sources", mapper.valueToTree(bank.sources()));
    ArrayNode qs = top.putArray("questions");
    for (Question q : bank.questions()) {
      qs.add(BankJsonCodec.write(q, this::rawValue));
    }
    if (!bank.deleted().isEmpty()) {
      bank.deleted().forEach(top.putArray("deleted")::add);
    }
    try {
      return mapper.writer(pp).writeValueAsString(top) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bank serialization failed", e);
    }
  }

  private JsonNode rawValue(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("kept value is not JSON: " + json, e);
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
    Parsed p = parseDetailed(name, json, problems);
    return p == null ? null : p.bank();
  }

  /** A parsed bank with the file positions of its questions. */
  public record Parsed(Bank bank, BankLocations locations) {}

  /**
   * Parses bank JSON, each question on its own so one bad question (unknown type, wrong field
   * type) is reported with its id and line:column while the others are still checked.
   */
  public Parsed parseDetailed(String name, String json, List<BankProblem> problems) {
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      problems.add(new BankProblem(name, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), null, Phrase.of("bank.malformed_json", e.getOriginalMessage())));
      return null;
    }
    if (tree == null || !tree.isObject()) {
      problems.add(new BankProblem(name, 1, 1, null, Phrase.of("bank.not_object")));
      return null;
    }
    BankLocations where = BankLocations.of(json);
    ObjectNode top = ((ObjectNode) tree).deepCopy();
    JsonNode qs = top.remove("questions");
    Bank head;
    try {
      head = mapper.treeToValue(top, Bank.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      problems.add(mismatch(name, e));
      return null;
    }
    List<Question> questions = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    if (qs != null && !qs.isNull()) {
      if (!qs.isArray()) {
        problems.add(new BankProblem(name, 0, 0, null, Phrase.of("bank.questions_array")));
        return null;
      }
      for (int i = 0; i < qs.size(); i++) {
        JsonNode qn = qs.get(i);
        String id = qn.path("id").isTextual() ? qn.path("id").asText() : "#" + i;
        BankLocations.Pos at = where.of(i, null);
        if (!qn.isObject()) {
          problems.add(new BankProblem(name, at.line(), at.column(), null,
              Phrase.of("bank.question_not_object", i)));
          continue;
        }
        JsonNode type = qn.get("type");
        if (type == null || type.isNull()) {
          problems.add(new BankProblem(name, at.line(), at.column(), id, Phrase.of("bank.missing_type")));
          continue;
        }
        if (!type.isTextual() || QuestionType.parse(type.asText()).isEmpty()) {
          BankLocations.Pos tp = where.of(i, "type");
          problems.add(new BankProblem(name, tp.line(), tp.column(), id,
              Phrase.of("bank.unknown_type", type, QuestionType.names())));
          continue;
        }
        try {
          questions.add(BankJsonCodec.read(qn, QuestionType.parse(type.asText()).get()));
          kept.add(i);
        } catch (BankJsonCodec.Bad e) {
          BankLocations.Pos pos = where.of(i, e.field);
          problems.add(new BankProblem(name, pos.line(), pos.column(), id, e.getMessage()));
        } catch (IllegalArgumentException e) {
          problems.add(new BankProblem(name, at.line(), at.column(), id, e.getMessage()));
        }
      }
    }
    Bank bank = new Bank(head.schemaVersion(), head.generator(), head.sources(), questions,
        head.deleted());
    return new Parsed(bank, where.subset(kept));
  }

  /** A problem in the top-level fields (schemaVersion, generator, sources). */
  private static BankProblem mismatch(String name, Exception e) {
    if (e instanceof MismatchedInputException mie) {
      return new BankProblem(name, 0, 0, null, e instanceof InvalidFormatException ife
          ? Phrase.of("bank.bad_value", ife.getValue(), path(mie))
          : Phrase.of("bank.wrong_type", path(mie)));
    }
    return new BankProblem(name, 0, 0, null, String.valueOf(e.getMessage()));
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
    Checked c = check(file, List.of());
    if (c.problems().stream().anyMatch(BankProblem::blocking)) {
      throw new BankException(c.problems().stream().filter(BankProblem::blocking).toList());
    }
    return c.bank();
  }

  /** A bank file read and validated: the bank (null when unreadable), its text and problems. */
  public record Checked(Bank bank, String text, List<BankProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Reads and validates a bank, checking fact offsets against the source texts found next to
   * the bank, in ../seeds from it, or in {@code sourceDirs}.
   */
  public Checked check(Path file, List<Path> sourceDirs) {
    String name = file.toString();
    List<BankProblem> problems = new ArrayList<>();
    if (!Files.exists(file)) {
      problems.add(new BankProblem(name, 0, 0, null,
          "no such bank file (run 'factdrill generate' to create one)"));
      return new Checked(null, null, problems);
    }
    String json;
    try {
      json = TextReader.strict().read(file);
    } catch (TextReadException e) {
      problems.add(new BankProblem(name, 0, 0, null, e.getMessage().startsWith(name)
          ? e.getMessage().substring(name.length() + 2) : e.getMessage()));
      return new Checked(null, null, problems);
    }
    Parsed p = parseDetailed(name, json, problems);
    if (p == null) {
      return new Checked(null, json, problems);
    }
    List<Path> dirs = new ArrayList<>();
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      dirs.add(dir);
      if (dir.getParent() != null) {
        dirs.add(dir.getParent().resolve("seeds"));
      }
    }
    dirs.addAll(sourceDirs);
    problems.addAll(new BankValidator().validate(name, p.bank(), p.locations(), dirs));
    return new Checked(p.bank(), json, problems);
  }
}
