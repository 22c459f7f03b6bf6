package dicodec.core.transcode;

import dicodec.core.io.Dataset;
import dicodec.core.io.Tag;
import dicodec.core.syntax.TransferSyntax;

/**
 * Whether an object has been through lossy compression, and the evidence (dicom-rules T1, T8):
 * Lossy Image Compression (0028,2110) = 01, a Lossy Image Compression Method (0028,2114), or a
 * syntax that is lossy by definition.
 */
public record LossyState(boolean lossy, String reason) {

    public static LossyState of(Dataset ds, TransferSyntax ts) {
        String flag = ds.getString(Tag.LOSSY_IMAGE_COMPRESSION);
        if ("01".equals(flag)) {
            return new LossyState(true, "Lossy Image Compression (0028,2110) = 01");
        }
        String method = ds.getString(Tag.LOSSY_IMAGE_COMPRESSION_METHOD);
        if (method != null) {
            return new LossyState(true, "Lossy Image Compression Method (0028,2114) = " + method);
        }
        if (ts.lossy() == TransferSyntax.Lossiness.LOSSY) {
            return new LossyState(true, "transfer syntax " + ts.name() + " is lossy");
        }
        if (ts.lossy() == TransferSyntax.Lossiness.MAYBE_LOSSY) {
            return new LossyState(false, "transfer syntax " + ts.name()
                    + " may be lossy; Lossy Image Compression (0028,2110) is " + (flag == null ? "absent" : flag));
        }
        return new LossyState(false, flag == null ? "Lossy Image Compression (0028,2110) absent" : "(0028,2110) = " + flag);
    }
}
