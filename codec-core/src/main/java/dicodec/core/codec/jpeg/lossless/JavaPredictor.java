package dicodec.core.codec.jpeg.lossless;

/** The Java {@link Predictor}: one loop per selection value so each stays branch-free. */
public final class JavaPredictor implements Predictor {
    private static final int MASK = 0xFFFF;

    @Override
    public void undifference(int selection, int[] diff, int[] prev, int prevOff, int[] row, int o, int width,
            boolean firstRow, int initial) {
        if (firstRow) {
            int ra = (diff[0] + initial) & MASK;
            row[o] = ra;
            for (int x = 1; x < width; x++) {
                ra = (diff[x] + ra) & MASK;
                row[o + x] = ra;
            }
            return;
        }
        int p = prevOff;
        int ra = (diff[0] + prev[p]) & MASK;
        row[o] = ra;
        switch (selection) {
            case 1:
                for (int x = 1; x < width; x++) {
                    ra = (diff[x] + ra) & MASK;
                    row[o + x] = ra;
                }
                break;
            case 2:
                for (int x = 1; x < width; x++) {
                    row[o + x] = (diff[x] + prev[p + x]) & MASK;
                }
                break;
            case 3:
                for (int x = 1; x < width; x++) {
                    row[o + x] = (diff[x] + prev[p + x - 1]) & MASK;
                }
                break;
            case 4:
                for (int x = 1; x < width; x++) {
                    ra = (diff[x] + ra + prev[p + x] - prev[p + x - 1]) & MASK;
                    row[o + x] = ra;
                }
                break;
            case 5:
                for (int x = 1; x < width; x++) {
                    ra = (diff[x] + ra + ((prev[p + x] - prev[p + x - 1]) >> 1)) & MASK;
                    row[o + x] = ra;
                }
                break;
            case 6:
                for (int x = 1; x < width; x++) {
                    ra = (diff[x] + prev[p + x] + ((ra - prev[p + x - 1]) >> 1)) & MASK;
                    row[o + x] = ra;
                }
                break;
            case 7:
                for (int x = 1; x < width; x++) {
                    ra = (diff[x] + ((ra + prev[p + x]) >> 1)) & MASK;
                    row[o + x] = ra;
                }
                break;
            default:
                throw new IllegalArgumentException("predictor " + selection + " is not 1 to 7");
        }
    }

    @Override
    public void difference(int selection, int[] row, int o, int[] prev, int prevOff, int[] diff, int width,
            boolean firstRow, int initial) {
        if (firstRow) {
            diff[0] = (row[o] - initial) & MASK;
            for (int x = 1; x < width; x++) {
                diff[x] = (row[o + x] - row[o + x - 1]) & MASK;
            }
            return;
        }
        int p = prevOff;
        diff[0] = (row[o] - prev[p]) & MASK;
        switch (selection) {
            case 1:
                for (int x = 1; x < width; x++) {
                    diff[x] = (row[o + x] - row[o + x - 1]) & MASK;
                }
                break;
            case 2:
                for (int x = 1; x < width; x++) {
                    diff[x] = (row[o + x] - prev[p + x]) & MASK;
                }
                break;
            case 3:
                for (int x = 1; x < width; x++) {
                    diff[x] = (row[o + x] - prev[p + x - 1]) & MASK;
                }
                break;
            case 4:
                for (int x = 1; x < width; x++) {
                    diff[x] = (row[o + x] - (row[o + x - 1] + prev[p + x] - prev[p + x - 1])) & MASK;
                }
                break;
            case 5:
                for (int x = 1; x < width; x++) {
                    diff[x] = (row[o + x] - (row[o + x - 1] + ((prev[p + x] - prev[p + x - 1]) >> 1))) & MASK;
                }
                break;
            case 6:
                for (int x = 1; x < width; x++) {
                    diff[x] = (row[o + x] - (prev[p + x] + ((row[o + x - 1] - prev[p + x - 1]) >> 1))) & MASK;
                }
                break;
            case 7:
                for (int x = 1; x < width; x++) {
                    diff[x] = (row[o + x] - ((row[o + x - 1] + prev[p + x]) >> 1)) & MASK;
                }
                break;
            default:
                throw new IllegalArgumentException("predictor " + selection + " is not 1 to 7");
        }
    }
}
