package dicodec.core.transcode;

import dicodec.core.spi.Backend;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;

/**
 * What a caller asks of one transcode.
 *
 * @param target the transfer syntax wanted
 * @param backend a forced backend, or null for the fastest that can take each frame
 * @param encode quality / ratio / NEAR for lossy encoders
 * @param bareDataset write the data set alone, without preamble and file meta
 * @param lossyPolicy what to do when the output would be lossy
 * @param verify decode the output again and compare: null = on for lossy output only
 * @param maxError the largest absolute error per sample a verified lossy output may have;
 *     0 = the service default (no limit unless configured)
 */
public record TranscodeOptions(TransferSyntax target, Backend backend, EncodeOptions encode, boolean bareDataset,
        LossyPolicy lossyPolicy, Boolean verify, int maxError) {

    public TranscodeOptions(TransferSyntax target, Backend backend, EncodeOptions encode, boolean bareDataset,
            LossyPolicy lossyPolicy) {
        this(target, backend, encode, bareDataset, lossyPolicy, null, 0);
    }

    public static TranscodeOptions to(TransferSyntax target) {
        return new TranscodeOptions(target, null, EncodeOptions.DEFAULT, false, LossyPolicy.REJECT, null, 0);
    }

    public TranscodeOptions withPolicy(LossyPolicy policy) {
        return new TranscodeOptions(target, backend, encode, bareDataset, policy, verify, maxError);
    }

    public TranscodeOptions withBackend(Backend forced) {
        return new TranscodeOptions(target, forced, encode, bareDataset, lossyPolicy, verify, maxError);
    }

    public TranscodeOptions withEncode(EncodeOptions options) {
        return new TranscodeOptions(target, backend, options, bareDataset, lossyPolicy, verify, maxError);
    }

    public TranscodeOptions withVerify(boolean on, int maxAbsError) {
        return new TranscodeOptions(target, backend, encode, bareDataset, lossyPolicy, on, maxAbsError);
    }

    public TranscodeOptions withTarget(TransferSyntax newTarget) {
        return new TranscodeOptions(newTarget, backend, encode, bareDataset, lossyPolicy, verify, maxError);
    }
}
