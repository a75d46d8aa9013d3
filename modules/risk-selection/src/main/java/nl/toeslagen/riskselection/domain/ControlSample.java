package nl.toeslagen.riskselection.domain;

import java.util.BitSet;
import java.util.random.RandomGenerator;

/**
 * The random control sample (steekproef) of a run: {@code size} cases drawn uniformly without
 * replacement from the whole batch, selected or not, so that it shows the batch as it is and serves
 * as the reference for bias monitoring.
 */
public final class ControlSample {

  /** The most cases a control sample may hold. */
  public static final int MAX = 1000;

  private ControlSample() {}

  /**
   * Draws the sample: a partial Fisher–Yates shuffle, linear in {@code batchSize}.
   *
   * @return which positions of the batch are in the sample
   */
  public static BitSet draw(int batchSize, int size, RandomGenerator random) {
    int k = Math.min(Math.max(size, 0), batchSize);
    int[] positions = new int[batchSize];
    for (int i = 0; i < batchSize; i++) {
      positions[i] = i;
    }
    BitSet drawn = new BitSet(batchSize);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(batchSize - i);
      int swap = positions[i];
      positions[i] = positions[j];
      positions[j] = swap;
      drawn.set(positions[i]);
    }
    return drawn;
  }
}
