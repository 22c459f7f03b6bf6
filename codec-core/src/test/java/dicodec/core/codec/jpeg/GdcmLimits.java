package dicodec.core.codec.jpeg;

import dicodec.core.testing.ExternalTool;
import java.nio.file.Path;

/**
 * Tells a GDCM limitation from a fault of ours: GDCM 3.0.21 cannot convert some objects at all
 * (16-bit RGB multi-frame) and asserts on lossless JPEG of 8-bit containers with Bits Stored
 * below 8. A GDCM failure on our file counts as GDCM's only when GDCM fails the same way on the
 * uncompressed source or on DCMTK's own lossless encoding of it.
 */
final class GdcmLimits {
    private GdcmLimits() {
    }

    /** Why GDCM cannot be the judge for {@code nativeSource}, or null when it can. */
    static String whyNotJudge(Path nativeSource, Path tmp) {
        ExternalTool.Result src = ExternalTool.run("gdcmconv", "--raw", nativeSource.toString(),
                tmp.resolve("gdcm-src.dcm").toString());
        if (src.exitCode() != 0) {
            return "gdcmconv cannot convert the uncompressed source either";
        }
        if (!ExternalTool.present("dcmcjpeg")) {
            return null;
        }
        Path dcmtk = tmp.resolve("dcmtk-lossless.dcm");
        ExternalTool.Result enc = ExternalTool.run("dcmcjpeg", nativeSource.toString(), dcmtk.toString());
        if (enc.exitCode() != 0) {
            return null;
        }
        ExternalTool.Result dec = ExternalTool.run("gdcmconv", "--raw", dcmtk.toString(),
                tmp.resolve("gdcm-dcmtk.dcm").toString());
        return dec.exitCode() != 0 ? "gdcmconv fails on DCMTK's lossless JPEG of the same source too" : null;
    }
}
