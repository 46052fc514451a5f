package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Extractor;
import org.factdrill.extract.Fact;
import org.factdrill.text.Document;
import org.factdrill.text.Span;

/** Turns documents into a bank: extracts facts, then builds questions from them. */
public final class BankGenerator {
  private final Extractor extractor;
  private final String version;

  public BankGenerator(Extractor extractor, String version) {
    this.extractor = extractor;
    this.version = version;
  }

  public Bank generate(List<SourceText> sources, GenerateOptions options) {
    List<Question> questions = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    List<Bank.SourceInfo> infos = new ArrayList<>();
    for (SourceText src : sources) {
      Document doc = src.doc();
      infos.add(new Bank.SourceInfo(doc.source(), src.sha256(), doc.lang().code()));
      if (!options.languages().contains(doc.lang())) {
        continue;
      }
      for (Fact f : extractor.extract(doc)) {
        if (f.sentence() == null || !options.types().contains(QuestionType.CLOZE)) {
          continue;
        }
        Question q = cloze(doc, f);
        if (ids.add(q.id())) { // the same value twice in one sentence is one fact
          questions.add(q);
        }
      }
    }
    return new Bank(Bank.SCHEMA_VERSION, new Bank.GeneratorInfo("factdrill", version), infos,
        questions);
  }

  private static Question cloze(Document doc, Fact f) {
    Span s = f.sentence();
    String sentence = s.of(doc.text());
    String prompt = (doc.text().substring(s.start(), f.start()) + "_____"
        + doc.text().substring(f.end(), s.end())).replaceAll("\\s+", " ").strip();
    String card = Ids.factId(doc.source(), sentence, f.text());
    Question.FactRef ref = new Question.FactRef(doc.source(), f.start(), f.end(), f.text(),
        f.kind().json(), f.value().toJson(), f.unit(), f.approx() ? Boolean.TRUE : null, sentence,
        s.start());
    return new Question(Ids.questionId(card, "cloze"), card, QuestionType.CLOZE, doc.lang().code(),
        prompt, new Question.Answer(f.value().toJson(), f.text()), null, null, null,
        List.of(ref), null, null);
  }
}
