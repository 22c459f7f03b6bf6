package dicodec.gpu.device;

import java.util.List;

/**
 * A stage that can run the frames of several callers in one device launch, for the
 * {@link BatchScheduler}. Jobs of equal {@link #key()} are grouped: the key holds whatever must
 * be the same for all frames of one launch (the kernel and its scalar arguments such as the
 * sample precision), the jobs hold the per-frame arrays.
 *
 * @param <J> one frame's inputs and output arrays
 */
public interface BatchKernel<J> {
    /** Jobs with equal keys may share a launch. */
    String key();

    /**
     * Runs {@code jobs} (at least one) with as few launches as the kernel allows, writing each
     * job's results into its own arrays. Throws what the driver throws; then none of the jobs
     * counts as done and each caller runs its CPU twin.
     */
    void run(DeviceLease lease, List<J> jobs);
}
