package dicodec.core.syntax;

/**
 * One transfer syntax: how the data set is encoded (VR form, byte order, deflate) and whether
 * its Pixel Data is encapsulated and, by nature, lossy.
 *
 * @param uid the Transfer Syntax UID
 * @param name the name in PS3.6 Table A-1
 * @param shortName the CLI / gRPC short name, or the UID when none is defined
 * @param explicitVr explicit VR encoding of the data set
 * @param bigEndian Big Endian encoding of binary values
 * @param deflated the data set after the file meta is deflated (RFC 1951)
 * @param encapsulated Pixel Data is a sequence of fragments
 * @param lossy the syntax is lossy by definition (irreversible syntaxes and those that may be)
 */
public record TransferSyntax(String uid, String name, String shortName, boolean explicitVr,
        boolean bigEndian, boolean deflated, boolean encapsulated, Lossiness lossy) {

    /** What the syntax says about loss. Some syntaxes may be lossless or lossy (J2K .91). */
    public enum Lossiness { LOSSLESS, LOSSY, MAYBE_LOSSY }

    public boolean isNative() {
        return !encapsulated;
    }

    @Override
    public String toString() {
        return name + " (" + uid + ")";
    }
}
