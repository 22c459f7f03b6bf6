package dicodec.nativecodec.htj2k;

import dicodec.core.syntax.TransferSyntaxes;

/** HTJ2K Lossless Only (1.2.840.10008.1.2.4.201): reversible, LRCP. */
public final class Htj2kLosslessCodec extends Htj2kCodecBase {
    public Htj2kLosslessCodec() {
        super(TransferSyntaxes.HTJ2K_LOSSLESS, true, false);
    }
}
