package dicodec.nativecodec.htj2k;

import dicodec.core.syntax.TransferSyntaxes;

/** HTJ2K (1.2.840.10008.1.2.4.203): irreversible at the requested ratio or quality, else reversible. */
public final class Htj2kCodec extends Htj2kCodecBase {
    public Htj2kCodec() {
        super(TransferSyntaxes.HTJ2K, false, false);
    }
}
