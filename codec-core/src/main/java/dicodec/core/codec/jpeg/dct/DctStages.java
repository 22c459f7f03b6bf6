package dicodec.core.codec.jpeg.dct;

/**
 * The exchangeable stages of the DCT codecs, in the order data meets them: decoding is entropy
 * decoding, inverse DCT (with dequantisation), upsampling, colour conversion; encoding is colour
 * conversion, downsampling, forward DCT, quantisation, entropy coding. The Java ones are the
 * reference; another backend (OpenCL) supplies its own and is tested bit for bit against
 * {@link #java()}.
 */
public record DctStages(EntropyDecoder entropyDecoder, InverseDct inverseDct, ChromaUpsampler upsampler,
        ColourConverter colour, ForwardDct forwardDct, Quantiser quantiser, ChromaDownsampler downsampler,
        EntropyEncoder entropyEncoder) {

    private static final DctStages JAVA = new DctStages(new JavaHuffmanDecoder(), new JavaIslowIdct(),
            new JavaFancyUpsampler(), new JavaColourConverter(), new JavaIslowFdct(), new JavaQuantiser(),
            new JavaDownsampler(), new JavaHuffmanEncoder());

    /** The pure-Java stages, IJG libjpeg's algorithms. */
    public static DctStages java() {
        return JAVA;
    }
}
