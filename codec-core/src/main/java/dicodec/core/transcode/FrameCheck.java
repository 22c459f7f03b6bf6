package dicodec.core.transcode;

/**
 * Verification of one frame: the output decoded again and compared with the input.
 *
 * @param frame 1-based
 * @param maxError the largest absolute difference of one sample
 * @param psnr peak signal-to-noise ratio in dB against the Bits Stored peak; infinite when exact
 */
public record FrameCheck(int frame, long maxError, double psnr) {
    public boolean exact() {
        return maxError == 0;
    }
}
