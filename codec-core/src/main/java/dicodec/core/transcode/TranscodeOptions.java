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
 */
public record TranscodeOptions(TransferSyntax target, Backend backend, EncodeOptions encode, boolean bareDataset,
        LossyPolicy lossyPolicy) {
    public static TranscodeOptions to(TransferSyntax target) {
        return new TranscodeOptions(target, null, EncodeOptions.DEFAULT, false, LossyPolicy.REJECT);
    }

    public TranscodeOptions withPolicy(LossyPolicy policy) {
        return new TranscodeOptions(target, backend, encode, bareDataset, policy);
    }

    public TranscodeOptions withBackend(Backend forced) {
        return new TranscodeOptions(target, forced, encode, bareDataset, lossyPolicy);
    }

    public TranscodeOptions withEncode(EncodeOptions options) {
        return new TranscodeOptions(target, backend, options, bareDataset, lossyPolicy);
    }
}
