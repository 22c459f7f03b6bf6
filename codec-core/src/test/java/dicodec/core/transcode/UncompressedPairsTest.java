package dicodec.core.transcode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.DatasetDiff;
import dicodec.core.testing.SharedTestdata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of uncompressed syntaxes, from every syntax to every syntax (16 pairs), for every
 * real file with native pixels: the object is first written in the source syntax, then
 * transcoded to the target; attributes and pixels must equal the original's. (The comparison
 * with DCMTK for each target is UncompressedInteropTest.)
 */
class UncompressedPairsTest {
    private static final List<TransferSyntax> SYNTAXES = List.of(TransferSyntaxes.IMPLICIT_VR_LE,
            TransferSyntaxes.EXPLICIT_VR_LE, TransferSyntaxes.EXPLICIT_VR_BE, TransferSyntaxes.DEFLATED_EXPLICIT_VR_LE);

    static Stream<SharedTestdata.Entry> nativeFiles() {
        if (!SharedTestdata.present()) {
            return SharedTestdata.entriesOrSkip();
        }
        return SharedTestdata.entries().stream().filter(e -> !e.broken() && e.hasPixelFacts())
                .filter(e -> e.transferSyntax() == null || !TransferSyntaxes.byUid(e.transferSyntax()).encapsulated());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFiles")
    void transcode_everyPairOfUncompressedSyntaxes_keepsAttributesAndPixels(SharedTestdata.Entry entry)
            throws IOException {
        SharedTestdata.assumePresent();
        Transcoder transcoder = new Transcoder(new CodecRegistry(List.of()));
        try (FileByteSource src = new FileByteSource(entry.path())) {
            DicomObject original = DicomReader.read(src);
            int pixelTag = PixelDescription.from(original.dataset()).pixelDataTag();
            byte[] pixels = original.dataset().get(pixelTag).bytes();
            for (TransferSyntax from : SYNTAXES) {
                DicomObject source = DicomReader.read(transcode(transcoder, original, from), "source");
                assertEquals(from, source.syntax());
                for (TransferSyntax to : SYNTAXES) {
                    DicomObject out = DicomReader.read(transcode(transcoder, source, to), "out");
                    String pair = from.shortName() + " -> " + to.shortName();
                    assertEquals(to, out.syntax(), pair);
                    boolean vrsStated = original.syntax().explicitVr() && from.explicitVr() && to.explicitVr();
                    assertEquals(List.of(), DatasetDiff.diff(original.dataset(), out.dataset(), vrsStated), pair);
                    assertArrayEquals(pixels, out.dataset().get(pixelTag).bytes(), pair);
                }
            }
        }
    }

    private static byte[] transcode(Transcoder t, DicomObject in, TransferSyntax to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transcode(in, TranscodeOptions.to(to), out);
        return out.toByteArray();
    }
}
