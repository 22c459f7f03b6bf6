package dicodec.core.transcode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Colour encoded to a JPEG-family syntax is interleaved: Planar Configuration 0 (PS3.5 8.2). */
class PlanarConfigurationTest {

    @Test
    void encodePlanarOneRgbToJpegLossless_writesPlanarZero_andDecodesToTheInterleavedTwin() throws IOException {
        SharedTestdata.assumePresent();
        Transcoder t = new Transcoder(CodecRegistry.load());
        try (DicomObject planar = DicomReader.read(SharedTestdata.dir().resolve("pydicom-data/color-pl.dcm"));
                DicomObject interleaved = DicomReader.read(SharedTestdata.dir().resolve("pydicom-data/color-px.dcm"))) {
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            t.transcode(planar, TranscodeOptions.to(TransferSyntaxes.JPEG_LOSSLESS_SV1), jpeg);
            DicomObject encoded = DicomReader.read(jpeg.toByteArray(), "jpeg");
            assertEquals(0, encoded.dataset().getInt(Tag.PLANAR_CONFIGURATION, -1));
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            t.transcode(encoded, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE), back);
            DicomObject decoded = DicomReader.read(back.toByteArray(), "back");
            assertEquals(0, decoded.dataset().getInt(Tag.PLANAR_CONFIGURATION, -1));
            assertArrayEquals(interleaved.dataset().get(Tag.PIXEL_DATA).bytes(),
                    decoded.dataset().get(Tag.PIXEL_DATA).bytes());
        }
    }
}
