package dicodec.core.codec.jpeg.lossless;

/**
 * The prediction stage of the lossless process (T.81 H.1.2.1, Table H.1): turns a row of
 * differences back into samples, and samples into differences. One row at a time, because
 * each row is predicted from the one above; the rows of a restart interval are independent of
 * earlier intervals, which is where a parallel implementation can split the work.
 *
 * <p>All arithmetic is modulo 2^16 (H.1.2.1, as IJG's jdpred.c does it): a reconstructed
 * sample is (prediction + difference) & 0xFFFF, a difference (sample - prediction) & 0xFFFF.
 *
 * <p>The first row of a scan and of each restart interval is predicted from the sample to its
 * left (selection 1), its first sample from {@code initial} = 2^(P - Pt - 1); the first sample
 * of every other row from the sample above (selection 2).
 */
public interface Predictor {
    /**
     * Reconstructs {@code width} samples into {@code row} at {@code rowOff} from the differences
     * in {@code diff} (from index 0).
     *
     * @param selection predictor 1..7
     * @param prev the plane holding the previous row (ignored when {@code firstRow})
     * @param prevOff index of the previous row's first sample in {@code prev}
     */
    void undifference(int selection, int[] diff, int[] prev, int prevOff, int[] row, int rowOff, int width,
            boolean firstRow, int initial);

    /** The inverse: differences of {@code row} against its prediction, into {@code diff} from index 0. */
    void difference(int selection, int[] row, int rowOff, int[] prev, int prevOff, int[] diff, int width,
            boolean firstRow, int initial);

    /**
     * True when this predictor works best on whole planes at once (a device kernel): the
     * encoder then asks {@link #differencePlane} for each component instead of row by row.
     */
    default boolean prefersPlanes() {
        return false;
    }

    /**
     * The differences of a whole plane: row {@code y} is a first row (predicted from the left,
     * its first sample from {@code initial}) when y is 0 or a multiple of {@code restartRows}
     * (0: no restarts), as in {@link #difference}. On encode every prediction uses original
     * samples, so all rows are independent of each other: the parallel form.
     *
     * @param diff receives width x height differences, row-major
     */
    default void differencePlane(int selection, int[] plane, int width, int height, int restartRows, int initial,
            int[] diff) {
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            boolean first = y == 0 || restartRows > 0 && y % restartRows == 0;
            difference(selection, plane, y * width, plane, (y - 1) * width, row, width, first, initial);
            System.arraycopy(row, 0, diff, y * width, width);
        }
    }
}
