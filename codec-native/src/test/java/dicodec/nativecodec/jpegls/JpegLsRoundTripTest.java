package dicodec.nativecodec.jpegls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.pixel.CodestreamHeader;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.nativecodec.LosslessRoundTripContract;
import java.util.List;

/** Every native shared file to JPEG-LS Lossless and back; DCMTK and GDCM decode what we wrote. */
class JpegLsRoundTripTest extends LosslessRoundTripContract {
    @Override
    protected TransferSyntax target() {
        return TransferSyntaxes.JPEG_LS_LOSSLESS;
    }

    @Override
    protected List<Reference> references() {
        return List.of(Reference.tool("dcmdjpls", "dcmdjpls"), Reference.gdcm());
    }

    @Override
    protected void checkHeader(CodestreamHeader h, PixelDescription pd) {
        assertEquals(0, h.near(), "NEAR of a lossless stream");
    }
}
