package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.lossless.JavaPredictor;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.gpu.device.OpenClRuntime;

/**
 * The lossless {@link Predictor} whose encoder side is kernel {@code difference} of lossless.cl:
 * a whole plane at once, one work item per sample (on encode all predictions use original
 * samples). Reconstruction (decode) is sequential along each row for predictors 1, 4 to 7 and
 * stays with the twin {@link JavaPredictor}, row by row.
 */
public final class OpenClPredictor implements Predictor {
    private static final Predictor TWIN = new JavaPredictor();
    private final OpenClRuntime runtime;

    public OpenClPredictor(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void undifference(int selection, int[] diff, int[] prev, int prevOff, int[] row, int rowOff, int width,
            boolean firstRow, int initial) {
        TWIN.undifference(selection, diff, prev, prevOff, row, rowOff, width, firstRow, initial);
    }

    @Override
    public void difference(int selection, int[] row, int rowOff, int[] prev, int prevOff, int[] diff, int width,
            boolean firstRow, int initial) {
        TWIN.difference(selection, row, rowOff, prev, prevOff, diff, width, firstRow, initial);
    }

    @Override
    public boolean prefersPlanes() {
        return runtime.device() != null;
    }

    @Override
    public void differencePlane(int selection, int[] plane, int width, int height, int restartRows, int initial,
            int[] diff) {
        if (selection < 1 || selection > 7) {
            throw new IllegalArgumentException("predictor " + selection + " is not 1 to 7");
        }
        int n = width * height;
        runtime.run("difference", n, l -> {
            l.upload(0, plane, n);
            l.buffer(1, 4L * n);
            l.launch("lossless", "difference").mem(0).i(width).i(height).i(selection).i(restartRows).i(initial)
                    .mem(1).run(n);
            l.download(1, diff, n);
        }, () -> TWIN.differencePlane(selection, plane, width, height, restartRows, initial, diff));
    }
}
