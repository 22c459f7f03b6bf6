package dicodec.nativecodec.j2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.pixel.CodestreamHeader;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.nativecodec.LosslessRoundTripContract;
import dicodec.nativecodec.NativeTesting;
import java.util.List;

/** Every native shared file to JPEG 2000 Lossless and back; GDCM and opj_decompress decode it alike. */
class J2kRoundTripTest extends LosslessRoundTripContract {
    @Override
    protected TransferSyntax target() {
        return TransferSyntaxes.JPEG_2000_LOSSLESS;
    }

    @Override
    protected List<Reference> references() {
        return List.of(Reference.gdcm(), new Reference("opj_decompress", NativeTesting::opjDecompress));
    }

    @Override
    protected void checkHeader(CodestreamHeader h, PixelDescription pd) {
        assertTrue(h.reversible(), "5/3 wavelet");
        assertEquals(pd.isSigned(), h.signed(), "SIZ sign");
        assertEquals(pd.samplesPerPixel() == 3 && "RGB".equals(pd.photometric()), h.multiComponentTransform());
    }
}
