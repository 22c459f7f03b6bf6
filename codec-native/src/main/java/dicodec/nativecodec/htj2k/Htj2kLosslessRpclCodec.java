package dicodec.nativecodec.htj2k;

import dicodec.core.syntax.TransferSyntaxes;

/** HTJ2K with RPCL Options Lossless Only (1.2.840.10008.1.2.4.202): reversible, RPCL, TLM. */
public final class Htj2kLosslessRpclCodec extends Htj2kCodecBase {
    public Htj2kLosslessRpclCodec() {
        super(TransferSyntaxes.HTJ2K_LOSSLESS_RPCL, true, true);
    }
}
