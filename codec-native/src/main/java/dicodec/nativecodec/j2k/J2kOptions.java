package dicodec.nativecodec.j2k;

/**
 * Choices of the JPEG 2000 encoder that the request's {@link dicodec.core.spi.EncodeOptions}
 * does not carry, read from system properties once.
 *
 * @param colourTransform code RGB with the multi-component transform (RCT when reversible,
 *     ICT when irreversible; Photometric Interpretation YBR_RCT / YBR_ICT), or without (RGB);
 *     property {@code dicodec.j2k.mct}, default true
 * @param threadsPerFrame OpenJPEG worker threads inside one frame; property
 *     {@code dicodec.j2k.threads}, default 1 (frames are what runs in parallel)
 */
public record J2kOptions(boolean colourTransform, int threadsPerFrame) {

    public static J2kOptions configured() {
        boolean mct = !"false".equalsIgnoreCase(System.getProperty("dicodec.j2k.mct", "true").trim());
        int threads = Integer.getInteger("dicodec.j2k.threads", 1);
        return new J2kOptions(mct, Math.max(1, threads));
    }
}
