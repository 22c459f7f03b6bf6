package dicodec.core.policy;

import dicodec.core.syntax.TransferSyntax;

/** The defined terms of Lossy Image Compression Method (0028,2114) per syntax (dicom-rules T4). */
public final class LossyMethod {
    private LossyMethod() {
    }

    public static String of(TransferSyntax ts) {
        String uid = ts.uid();
        if (uid.equals("1.2.840.10008.1.2.4.81")) {
            return "ISO_14495_1";
        }
        if (uid.equals("1.2.840.10008.1.2.4.91") || uid.equals("1.2.840.10008.1.2.4.90")) {
            return "ISO_15444_1";
        }
        if (uid.startsWith("1.2.840.10008.1.2.4.20")) {
            return "ISO_15444_15";
        }
        if (uid.startsWith("1.2.840.10008.1.2.4.100") || uid.startsWith("1.2.840.10008.1.2.4.101")) {
            return "ISO_13818_2";
        }
        if (uid.startsWith("1.2.840.10008.1.2.4.10")) {
            return uid.startsWith("1.2.840.10008.1.2.4.107") || uid.startsWith("1.2.840.10008.1.2.4.108")
                    ? "ISO_23008_2" : "ISO_14496_10";
        }
        return "ISO_10918_1"; // the JPEG processes (.50 to .70)
    }
}
