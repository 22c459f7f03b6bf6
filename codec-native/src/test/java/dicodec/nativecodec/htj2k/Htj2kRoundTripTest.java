package dicodec.nativecodec.htj2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.pixel.CodestreamHeader;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.nativecodec.LosslessRoundTripContract;
import dicodec.nativecodec.NativeTesting;
import java.util.List;

/** Every native shared file to HTJ2K Lossless (.201) and back; ojph_expand and opj_decompress agree. */
class Htj2kRoundTripTest extends LosslessRoundTripContract {
    @Override
    protected TransferSyntax target() {
        return TransferSyntaxes.HTJ2K_LOSSLESS;
    }

    @Override
    protected List<Reference> references() {
        return List.of(new Reference("ojph_expand", NativeTesting::ojphExpand),
                new Reference("opj_decompress", NativeTesting::opjDecompress));
    }

    @Override
    protected void checkHeader(CodestreamHeader h, PixelDescription pd) {
        assertTrue(h.htj2k(), "Part 15 stream");
        assertTrue(h.reversible());
        assertEquals(pd.isSigned(), h.signed());
        assertEquals("LRCP", h.progressionOrder());
    }
}
