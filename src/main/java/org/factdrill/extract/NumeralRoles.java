package org.factdrill.extract;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Whether a numeral the quantity recognizer read is a quantity, or a name ("Ba Lan", "באר שבע")
 * or a determiner ("the two sides", "one of", "cả hai") written with a numeral.
 */
final class NumeralRoles {
  private final Lexicon lex;
  private final ArticleOnes articles;

  NumeralRoles(Lexicon lex) {
    this.lex = lex;
    this.articles = new ArticleOnes(lex);
  }

  /** Rejects numerals that are names or determiners rather than quantities. */
  boolean plausibleStart(Toks t, Quantity q) {
    // The tail of a numeral already refused: "nghìn" in "hàng chục nghìn" (tens of thousands).
    if (q.hasWords() && !q.hasDigits() && t.isWordTok(q.from() - 1)
        && lex.number(t.norm(q.from() - 1)) != null) {
      return false;
    }
    if (!q.hasWords()) {
      return true;
    }
    Set<String> names = lex.words(WordList.NAMES_WITH_NUMERALS);
    if (q.hasDigits() && names.isEmpty()) {
      return true; // nothing below reads the word before a number written in digits
    }
    String before = t.norm(q.from() - 1);
    // A name with a numeral in it: "באר שבע" (Be'er Sheva), after any prefix letters.
    for (String name : names) {
      int sp = name.indexOf(' ');
      if (t.norm(q.from()).equals(name.substring(sp + 1)) && before.endsWith(name.substring(0, sp))) {
        return false;
      }
    }
    if (q.hasDigits()) {
      return true;
    }
    Token first = t.get(q.from()); // made only for a numeral in words
    // "tỷ lệ" (rate), "một triệu chứng" (a symptom): the numeral's last word is the first
    // syllable of a word spelled like a numeral. Looked up only before a word.
    Set<String> compounds = lex.words(WordList.NUMERAL_COMPOUNDS);
    if (!compounds.isEmpty() && t.isWordTok(q.to()) && t.isWordTok(q.to() - 1)
        && compounds.contains(t.norm(q.to() - 1) + " " + t.norm(q.to()))) {
      return false;
    }
    // "forty-first", "the two hundred second mayor": a numeral followed by an ordinal word,
    // joined by a hyphen or a space, is the head of that ordinal, a rank, not a count.
    int o = t.isDash(q.to()) && t.attached(q.to()) && t.attached(q.to() + 1) ? q.to() + 1 : q.to();
    if (t.isWordTok(o) && lex.pack().ordinals().containsKey(t.norm(o))) {
      return false;
    }
    // "four-bladed", "חמש־שנתי" (five-yearly): where the pack says so, a numeral in words joined
    // by a hyphen or maqaf to a word that is no numeral is the first part of a compound adjective.
    if (lex.has(PackFeature.HYPHEN_COMPOUND_NUMERALS) && o == q.to() + 1 && t.isDash(q.to())
        && lex.number(t.norm(o)) == null && t.isWordTok(o)) {
      return false;
    }
    // "Ba Lan" (Poland), "Ba Tư" (Persia): a capitalized numeral before a capitalized word, or
    // joined by a hyphen to a word that is no numeral (old spelling: "Triệu-võ-đế", "Ba-lan").
    Token next = t.get(q.to());
    if (lex.has(PackFeature.CAPITALIZED_NUMERAL_IS_NAME) && first.isCapitalized() && next != null
        && (next.isCapitalized() && next.isWord() || next.isDash() && t.attached(q.to())
        && t.isWordTok(q.to() + 1) && t.attached(q.to() + 1) && lex.number(t.norm(q.to() + 1)) == null)) {
      return false;
    }
    // "nhà Triệu" (the Triệu dynasty), "the Million" (a book): a scale word alone, capitalised
    // inside a sentence, names something; a count of millions says how many ("một triệu").
    if (q.to() == q.from() + 1 && first.isCapitalized() && !t.sentenceStart(q.from())
        && scaleWord(t.norm(q.from()))) {
      return false;
    }
    // "khó gấp trăm lần", "xa vạn dặm": where a count of hundreds says how many ("một trăm"), a
    // round scale word alone (the pack's round-figure-words) is a figure of speech; so are the
    // numerals of a saying in quotation marks ("“một điều nhịn, chín điều lành”").
    if (q.to() == q.from() + 1 && lex.words(WordList.ROUND_FIGURE_WORDS).contains(t.norm(q.from()))
        || Sayings.inSaying(t, q, lex)) {
      return false;
    }
    // "hàng nghìn", "עשרות אלפים": vague; "מלחמת ששת הימים": a name.
    if (lex.vagueMarkers().contains(before)) {
      return false;
    }
    for (String w : lex.words(WordList.NOT_COUNT_AFTER)) {
      if (before.endsWith(w)) {
        return false;
      }
    }
    // "מאה" alone is also "century": a hundred only before what it counts.
    return !(q.to() == q.from() + 1
        && lex.prefixLength(t.norm(q.from()), lex.words(WordList.NEEDS_UNIT_NUMERALS)::contains) >= 0
        && lex.unit(t, q.to()) == null);
  }

  private boolean scaleWord(String norm) {
    Lexicon.Hit h = lex.number(norm);
    return h != null && h.word() != null && h.word().role() == NumberWord.Role.SCALE;
  }

  /** Small numbers in words are usually determiners: "the two sides", "one of", "cả hai". */
  boolean informative(Toks t, Quantity q) {
    if (articles.article(t, q)) {
      return false; // "một chiếc tàu": a ship, not one
    }
    if (q.hasDigits() || q.scaled() || !q.hasWords()) {
      return true;
    }
    // "the four-year war", "a one-year term", "a two-minute silence": a numeral hyphenated to a
    // unit of time measures how long, whatever determiner stands before the compound.
    if (t.isDash(q.to()) && t.attached(q.to()) && t.attached(q.to() + 1)
        && countsTime(t, q.to() + 1)) {
      return true;
    }
    String firstWord = t.norm(q.from());
    if (q.value().compareTo(BigDecimal.valueOf(2)) <= 0 && q.value().signum() >= 0
        && q.value().stripTrailingZeros().scale() <= 0 && !lex.words(WordList.ABSOLUTE_SMALL_NUMERALS).contains(firstWord)) {
      return countSubject(t, q) || q.value().compareTo(BigDecimal.ONE) > 0
          && (partOfStatedWhole(t, q.to()) || countsTime(t, q.to()));
    }
    String before = t.norm(q.from() - 1);
    // "the three countries" points back to a set; "the twenty-two senators" counts: a
    // determiner makes only a small number (up to ten) a reference.
    boolean small = q.value().compareTo(BigDecimal.TEN) <= 0;
    return !(small && lex.words(WordList.SMALL_NUMBER_DETERMINERS).contains(before))
        && !(t.isWordTok(q.to()) && lex.words(WordList.SMALL_NUMBER_PARTITIVES).contains(t.norm(q.to()))
        && !partOfStatedWhole(t, q.to()));
  }

  /**
   * "שתי דקות", "two weeks": a number word right before one of the pack's duration-units counts
   * how long something lasted, whatever stands before it; a determiner ("the two sides") comes
   * before a noun that measures no time. A unit followed by one of the pack's distance-words
   * ("two years later", "שני ימים לאחר מכן") counts the distance from another event, which the
   * sentence may not show: that stays as it was (the generator's event-distance rules).
   */
  private boolean countsTime(Toks t, int k) {
    return t.isWordTok(k) && !t.lineBreakBefore(k)
        && lex.words(WordList.DURATION_UNITS).contains(t.norm(k))
        && !(t.isWordTok(k + 1) && lex.words(WordList.DISTANCE_WORDS).contains(t.norm(k + 1)));
  }

  /**
   * "nine of the thirteen delegates": a number before one of the pack's whole-links and the
   * number of the whole counts the members of that whole that did something, a fact as much as
   * the whole ("one of the …", "two of them" stay determiners: no number follows the link).
   */
  private boolean partOfStatedWhole(Toks t, int k) {
    int link = DateTokens.phrase(t, k, lex.words(WordList.WHOLE_LINKS),
        lex.starts(WordList.WHOLE_LINKS));
    return link > 0 && (t.isDigits(k + link) || t.isWordTok(k + link)
        && NumberGrammar.parse(t, k + link, lex) != null);
  }

  /**
   * "Two pilots were captured", "שני טייסים נשבו": a small numeral in words is a count when it
   * opens a clause (text, paragraph or sentence start, or after punctuation: no determiner
   * before it), a count noun follows it, and one of the pack's count-subject-verbs follows the
   * noun (directly, or after one more word of a two-word noun). "The two sides", "one of them",
   * "two years later" stay determiners and phrases.
   */
  private boolean countSubject(Toks t, Quantity q) {
    Set<String> verbs = lex.words(WordList.COUNT_SUBJECT_VERBS);
    int k = q.to();
    if (verbs.isEmpty() || k != q.from() + 1 || q.value().signum() <= 0
        || !lex.countNoun(t, k)) {
      return false;
    }
    Token before = t.get(q.from() - 1);
    if (before != null && !t.breakBefore(q.from()) && before.isWord()) {
      return false;
    }
    return t.isWordTok(k + 1) && verbs.contains(t.norm(k + 1))
        || t.isWordTok(k + 1) && !t.attached(k + 1) && t.isWordTok(k + 2)
        && verbs.contains(t.norm(k + 2)) && !lex.countNoun(t, k + 1);
  }
}
