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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decoding 1-bit multi-frame objects whose frames are not a whole number of bytes (510 x 510):
 * the native output packs the frames bit after bit, byte for byte equal to the native twin.
 */
class OneBitDecodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pydicom-data/liver_nonbyte_aligned_rle.dcm, pydicom-data/liver_nonbyte_aligned.dcm",
        "pydicom-data/liver_rle.dcm, pydicom-data/liver.dcm"})
    void decode_oneBitFrames_packsThemBitAfterBit(String compressed, String nativeTwin) throws IOException {
        SharedTestdata.assumePresent();
        try (DicomObject in = DicomReader.read(SharedTestdata.dir().resolve(compressed));
                DicomObject twin = DicomReader.read(SharedTestdata.dir().resolve(nativeTwin))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Transcoder(CodecRegistry.load()).transcode(in, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE), out);
            byte[] decoded = DicomReader.read(out.toByteArray(), "out").dataset().get(Tag.PIXEL_DATA).bytes();
            byte[] expected = twin.dataset().get(Tag.PIXEL_DATA).bytes();
            assertEquals(expected.length, decoded.length);
            assertArrayEquals(expected, decoded);
        }
    }
}
