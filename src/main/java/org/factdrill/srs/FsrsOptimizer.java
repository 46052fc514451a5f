package org.factdrill.srs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * Fits the 21 FSRS-6 weights to a review log the way the reference optimizer (fsrs-rs, used by
 * Anki) does: per-card histories (same-day reviews kept in the history, not predicted), outlier
 * filtering and pre-training of the initial stabilities, then Adam on the recency-weighted
 * binary cross-entropy of predicted recall with an L2 pull towards the starting weights,
 * cosine-annealed learning rate, the reference's bounds after every step, and batches of whole
 * cards. Gradients come from reverse-mode differentiation of the scheduler's own formulas
 * ({@link FsrsFormulas} on a {@link Tape}). Pure: log in, weights and figures out; the only
 * randomness is a generator seeded from the config.
 */
public final class FsrsOptimizer {
  /** The reference's standard deviations of each weight across learners, scaling the L2 pull. */
  private static final double[] PARAMS_STDDEV = {
      6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57,
      0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
  private static final double MIN_PROB = 1e-7;
  private static final double MAX_PROB = 1 - 1e-7;

  /** Told how far fitting has got; answering false cancels it. */
  @FunctionalInterface
  public interface Progress {
    boolean report(long done, long total);

    Progress NONE = (done, total) -> true;
  }

  private final FitConfig config;

  public FsrsOptimizer(FitConfig config) {
    this.config = config;
  }

  /**
   * Fits weights to {@code log}, holding out a share of the cards to measure defaults and fit.
   *
   * @throws CancellationException when {@code progress} answers false
   */
  public FitResult fit(List<ReviewEvent> log, Progress progress) {
    List<CardHistory> cards = histories(log);
    List<CardHistory> testCards = new ArrayList<>();
    List<CardHistory> trainCards = new ArrayList<>();
    split(cards, trainCards, testCards);
    List<CardHistory.Item> trainItems = CardHistory.itemsByTime(trainCards);
    List<CardHistory.Item> testItems = CardHistory.itemsByTime(testCards);
    double[] defaults = FsrsParameters.DEFAULT_WEIGHTS.clone();
    FitMetrics defaultMetrics = FitMetrics.of(defaults, testItems);

    PreTraining.Prepared prepared = PreTraining.prepare(trainItems);
    List<CardHistory.Item> train = prepared.train();
    if (train.size() < FitResult.MIN_ITEMS) {
      return new FitResult(FitResult.Outcome.NOT_ENOUGH_DATA, defaults, log.size(), train.size(),
          defaultMetrics, defaultMetrics);
    }
    PreTraining.Initial initial = PreTraining.initialStability(prepared.initialization(),
        PreTraining.averageRecall(train));
    if (initial == null) {
      return new FitResult(FitResult.Outcome.NOT_ENOUGH_DATA, defaults, log.size(), train.size(),
          defaultMetrics, defaultMetrics);
    }
    double[] start = defaults.clone();
    System.arraycopy(initial.stability(), 0, start, 0, 4);
    if (train.size() == prepared.initialization().size()
        || train.size() < FitResult.MIN_TRAIN_ITEMS) {
      return new FitResult(FitResult.Outcome.PRETRAINED_ONLY, start, log.size(), train.size(),
          defaultMetrics, FitMetrics.of(start, testItems));
    }
    double[] weights = train(train, start, progress);
    Double[] s0 = new Double[4];
    for (int i = 0; i < 4; i++) {
      s0[i] = weights[i];
    }
    System.arraycopy(PreTraining.smoothAndFill(s0, initial.ratingCount()), 0, weights, 0, 4);
    for (double x : weights) {
      if (!Double.isFinite(x)) {
        throw new ArithmeticException("the fit diverged (non-finite weight)");
      }
    }
    return new FitResult(FitResult.Outcome.FITTED, weights, log.size(), train.size(),
        defaultMetrics, FitMetrics.of(weights, testItems));
  }

  /** Measures {@code weights} on the cards {@link #fit} holds out of {@code log} (same seed, same split). */
  public FitMetrics heldOut(double[] weights, List<ReviewEvent> log) {
    List<CardHistory> train = new ArrayList<>();
    List<CardHistory> test = new ArrayList<>();
    split(histories(log), train, test);
    return FitMetrics.of(weights, CardHistory.itemsByTime(test));
  }

  /** The training and the held-out items of {@code log}, as {@link #fit} splits them (for oracle checks). */
  List<List<CardHistory.Item>> trainAndTestItems(List<ReviewEvent> log) {
    List<CardHistory> train = new ArrayList<>();
    List<CardHistory> test = new ArrayList<>();
    split(histories(log), train, test);
    return List.of(CardHistory.itemsByTime(train), CardHistory.itemsByTime(test));
  }

  /** The ids of the training and of the held-out cards of {@code log}, as {@link #fit} splits them (for oracle checks). */
  List<List<Long>> trainAndTestCards(List<ReviewEvent> log) {
    List<CardHistory> train = new ArrayList<>();
    List<CardHistory> test = new ArrayList<>();
    split(histories(log), train, test);
    return List.of(train.stream().map(CardHistory::cardId).toList(),
        test.stream().map(CardHistory::cardId).toList());
  }

  private List<CardHistory> histories(List<ReviewEvent> log) {
    return CardHistory.of(log, config.studyDayZone(), config.studyDayStartHour());
  }

  /** Measures {@code weights} on every prediction in {@code log} (no split). */
  public static FitMetrics evaluate(double[] weights, List<ReviewEvent> log) {
    return FitMetrics.of(weights, CardHistory.itemsByTime(CardHistory.of(log)));
  }

  private void split(List<CardHistory> cards, List<CardHistory> train, List<CardHistory> test) {
    int[] order = new int[cards.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(config.seed());
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int testCount = (int) Math.floor(cards.size() * config.testShare());
    boolean[] isTest = new boolean[cards.size()];
    for (int i = 0; i < testCount; i++) {
      isTest[order[i]] = true;
    }
    for (int i = 0; i < cards.size(); i++) {
      (isTest[i] ? test : train).add(cards.get(i));
    }
  }

  /** A batch: whole cards, each with the positions to predict and their weights. */
  private record Batch(List<CardHistory> cards, List<int[]> ends, List<double[]> weights,
      int predictions) {
  }

  private double[] train(List<CardHistory.Item> items, double[] start, Progress progress) {
    double[] recency = CardHistory.recencyWeights(items.size());
    Map<CardHistory, List<Integer>> byCard = new LinkedHashMap<>();
    int total = 0;
    for (int i = 0; i < items.size(); i++) {
      CardHistory.Item item = items.get(i);
      if (item.end() + 1 <= config.maxSeqLen()) {
        byCard.computeIfAbsent(item.card(), k -> new ArrayList<>()).add(i);
        total++;
      }
    }
    List<Batch> batches = batches(items, recency, byCard);
    long iterations = (long) (total / config.batchSize() + 1) * config.epochs();
    CosineAnnealing lr = new CosineAnnealing(iterations, config.learningRate());
    double[] w = start.clone();
    Adam adam = new Adam();
    Tape tape = new Tape(w);
    SplittableRandom random = new SplittableRandom(config.seed());
    int[] order = new int[batches.size()];
    long done = 0;
    long all = (long) total * config.epochs();
    for (int epoch = 0; epoch < config.epochs(); epoch++) {
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int b : order) {
        Batch batch = batches.get(b);
        double rate = lr.step();
        double[] grad = new double[21];
        lossGradient(tape, w, batch, grad);
        double scale = config.gamma() * batch.predictions() / total;
        for (int i = 0; i < 21; i++) {
          double delta = w[i] - start[i];
          grad[i] += 2.0 * delta / (PARAMS_STDDEV[i] * PARAMS_STDDEV[i]) * scale;
        }
        adam.step(w, grad, rate);
        ParameterBounds.clip(w, config.relearningSteps());
        done += batch.predictions();
        if (!progress.report(Math.min(done, all), all)) {
          throw new CancellationException("fitting cancelled");
        }
      }
    }
    return w;
  }

  /** Cards in order of their history length, packed into batches of at most batchSize predictions. */
  private List<Batch> batches(List<CardHistory.Item> items, double[] recency,
      Map<CardHistory, List<Integer>> byCard) {
    List<Map.Entry<CardHistory, List<Integer>>> cards = new ArrayList<>(byCard.entrySet());
    cards.sort((a, b) -> {
      int c = Integer.compare(lastEnd(items, a.getValue()), lastEnd(items, b.getValue()));
      return c != 0 ? c : Long.compare(a.getKey().cardId(), b.getKey().cardId());
    });
    List<Batch> out = new ArrayList<>();
    List<CardHistory> current = new ArrayList<>();
    List<int[]> ends = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    int predictions = 0;
    for (Map.Entry<CardHistory, List<Integer>> card : cards) {
      List<Integer> idx = new ArrayList<>(card.getValue());
      idx.sort((x, y) -> Integer.compare(items.get(x).end(), items.get(y).end()));
      if (!current.isEmpty() && predictions + idx.size() > config.batchSize()) {
        out.add(new Batch(current, ends, weights, predictions));
        current = new ArrayList<>();
        ends = new ArrayList<>();
        weights = new ArrayList<>();
        predictions = 0;
      }
      int[] e = new int[idx.size()];
      double[] wt = new double[idx.size()];
      for (int k = 0; k < e.length; k++) {
        e[k] = items.get(idx.get(k)).end();
        wt[k] = recency[idx.get(k)];
      }
      current.add(card.getKey());
      ends.add(e);
      weights.add(wt);
      predictions += e.length;
    }
    if (!current.isEmpty()) {
      out.add(new Batch(current, ends, weights, predictions));
    }
    return out;
  }

  private static int lastEnd(List<CardHistory.Item> items, List<Integer> idx) {
    int m = 0;
    for (int i : idx) {
      m = Math.max(m, items.get(i).end());
    }
    return m;
  }

  /** Adds d(summed weighted cross-entropy of the batch)/d(w) to {@code grad}; returns the loss. */
  static double lossGradient(Tape tape, double[] w, Batch batch, double[] grad) {
    tape.load(w);
    FsrsFormulas<Tape.Var> f = new FsrsFormulas<>(tape);
    double loss = 0;
    for (int c = 0; c < batch.cards().size(); c++) {
      CardHistory card = batch.cards().get(c);
      int[] ends = batch.ends().get(c);
      double[] weights = batch.weights().get(c);
      int last = ends[ends.length - 1];
      int k = 0;
      FsrsFormulas.State<Tape.Var> state = f.first(card.ratings()[0]);
      for (int t = 1; t <= last; t++) {
        if (k < ends.length && ends[k] == t) {
          Tape.Var r = f.retrievability(card.deltas()[t], state.stability());
          double y = card.ratings()[t] != Rating.AGAIN ? 1 : 0;
          double weight = weights[k];
          double p = Math.min(Math.max(r.v, MIN_PROB), MAX_PROB);
          loss -= (y * Math.log(p) + (1 - y) * Math.log(1 - p)) * weight;
          if (r.v > MIN_PROB && r.v < MAX_PROB) {
            tape.seed(r, -weight * (y / p - (1 - y) / (1 - p)));
          }
          k++;
        }
        if (t < last) {
          state = f.next(state, card.deltas()[t], card.ratings()[t]);
        }
      }
    }
    tape.gradient(grad);
    return loss;
  }

  /** Adam with the reference's constants (beta1 0.9, beta2 0.999, epsilon 1e-8). */
  private static final class Adam {
    private final double[] m = new double[21];
    private final double[] v = new double[21];
    private int t;

    void step(double[] w, double[] grad, double lr) {
      t++;
      double bias1 = 1 - Math.pow(0.9, t);
      double bias2 = 1 - Math.pow(0.999, t);
      for (int i = 0; i < 21; i++) {
        m[i] = 0.9 * m[i] + 0.1 * grad[i];
        v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
        w[i] -= lr * (m[i] / bias1) / (Math.sqrt(v[i] / bias2) + 1e-8);
      }
    }
  }

  /** The reference's cosine-annealing learning rate (PyTorch's recursive form, eta_min 0). */
  private static final class CosineAnnealing {
    private final double tMax;
    private final double initLr;
    private double step = -1;
    private double current;

    CosineAnnealing(double tMax, double initLr) {
      this.tMax = tMax;
      this.initLr = initLr;
      this.current = initLr;
    }

    double step() {
      step += 1;
      if (step == 0) {
        current = initLr;
      } else if ((step - 1 - tMax) % (2 * tMax) == 0) {
        current = initLr * (1 - Math.cos(Math.PI / tMax)) / 2;
      } else {
        current = (1 + Math.cos(Math.PI * step / tMax)) / (1 + Math.cos(Math.PI * (step - 1) / tMax))
            * current;
      }
      return current;
    }
  }

  @Override
  public String toString() {
    return "FsrsOptimizer" + Arrays.asList(config);
  }
}
