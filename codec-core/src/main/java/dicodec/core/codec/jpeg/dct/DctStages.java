package dicodec.core.codec.jpeg.dct;

/**
 * The exchangeable stages of the DCT codecs. The Java ones are the reference; another backend
 * (OpenCL) supplies its own and is tested bit for bit against {@link #java()}.
 */
public record DctStages(InverseDct inverseDct, ChromaUpsampler upsampler, ColourConverter colour,
        ForwardDct forwardDct, Quantiser quantiser, ChromaDownsampler downsampler) {

    private static final DctStages JAVA = new DctStages(new JavaIslowIdct(), new JavaFancyUpsampler(),
            new JavaColourConverter(), new JavaIslowFdct(), new JavaQuantiser(), new JavaDownsampler());

    /** The pure-Java stages, IJG libjpeg's algorithms. */
    public static DctStages java() {
        return JAVA;
    }
}
