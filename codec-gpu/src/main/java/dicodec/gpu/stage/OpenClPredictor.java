package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.lossless.JavaPredictor;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.gpu.device.BatchKernel;
import dicodec.gpu.device.DeviceLease;
import dicodec.gpu.device.OpenClRuntime;
import java.util.List;

/**
 * The lossless {@link Predictor} whose encoder side is kernel {@code difference} of lossless.cl:
 * a whole plane at once, one work item per sample (on encode all predictions use original
 * samples). Planes go through the device's batch scheduler: those of concurrent encodes share a
 * launch, each with its own size and predictor. Reconstruction (decode) is sequential along
 * each row for predictors 1, 4 to 7 and stays with the twin {@link JavaPredictor}, row by row.
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
        runtime.runBatched("difference", n, BATCH, new Job(plane, width, height, selection, restartRows, initial, diff),
                8L * n + 24, () -> TWIN.differencePlane(selection, plane, width, height, restartRows, initial, diff));
    }

    /** One caller's plane. */
    private record Job(int[] plane, int width, int height, int selection, int restartRows, int initial, int[] diff) {
        int samples() {
            return width * height;
        }
    }

    private static final BatchKernel<Job> BATCH = new BatchKernel<>() {
        @Override
        public String key() {
            return "difference";
        }

        @Override
        public void run(DeviceLease l, List<Job> jobs) {
            int frames = jobs.size();
            int[] table = new int[frames + 1 + 5 * frames];
            for (int k = 0; k < frames; k++) {
                Job j = jobs.get(k);
                table[k + 1] = table[k] + j.samples();
                int at = frames + 1 + 5 * k;
                table[at] = j.width();
                table[at + 1] = j.height();
                table[at + 2] = j.selection();
                table[at + 3] = j.restartRows();
                table[at + 4] = j.initial();
            }
            int total = table[frames];
            l.buffer(0, 4L * total);
            for (int k = 0; k < frames; k++) {
                l.write(0, jobs.get(k).plane(), jobs.get(k).samples(), 4L * table[k]);
            }
            l.upload(2, table, table.length);
            l.buffer(1, 4L * total);
            l.launch("lossless", "difference").mem(0).mem(2).i(frames).mem(1).run(total);
            for (int k = 0; k < frames; k++) {
                l.read(1, jobs.get(k).diff(), jobs.get(k).samples(), 4L * table[k]);
            }
        }
    };
}
