package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.ExternalTool;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Streams the shared files do not cover, made by DCMTK's dcmcjpeg from shared native files:
 * every lossless predictor, point transforms, 3-component lossless, and the retired spectral
 * selection (.53, +es) and progressive (.55, +ep) processes in 8 and 12 bits, grey and colour,
 * 4:4:4, 4:2:2 and 4:2:0. Each decodes to exactly what dcmdjpeg makes of it.
 */
class JpegGeneratedDecodeTest {
    private static final String CT = "pylibjpeg-data/LittleEndianExplicit/CT_small.dcm";
    private static final String MR2 = "pydicom-data/MR2_UNCR.dcm";
    private static final String GREY8 = "pydicom-data/vlut_04.dcm";
    private static final String US1 = "pydicom-data/US1_UNCR.dcm";
    private static final String PLANAR = "pydicom-data/color-pl.dcm";

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (int sv = 1; sv <= 7; sv++) {
            out.add(Arguments.of(CT, "+el +sv " + sv));
        }
        out.add(Arguments.of(MR2, "+el +sv 6"));
        out.add(Arguments.of(MR2, "+el +sv 1 +pt 3"));
        out.add(Arguments.of(GREY8, "+el +sv 4 +pt 1"));
        out.add(Arguments.of(US1, "+el +sv 7"));
        out.add(Arguments.of(PLANAR, "+el +sv 2"));
        for (String process : new String[] {"+es", "+ep"}) {
            out.add(Arguments.of(GREY8, process));
            out.add(Arguments.of(MR2, process));
            out.add(Arguments.of(US1, process));
            out.add(Arguments.of(PLANAR, process + " +s4"));
            out.add(Arguments.of(US1, process + " +n1"));
        }
        out.add(Arguments.of(MR2, "+ee +q 75"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} dcmcjpeg {1}")
    @MethodSource("cases")
    void decode_dcmcjpegStream_matchesDcmdjpeg(String file, String options) throws IOException {
        SharedTestdata.assumePresent();
        ExternalTool.assumePresent("dcmcjpeg");
        Path src = SharedTestdata.dir().resolve(file);
        Path compressed = tmp.resolve("c.dcm");
        List<String> cmd = new ArrayList<>(List.of("dcmcjpeg"));
        cmd.addAll(List.of(options.split(" ")));
        cmd.addAll(List.of(src.toString(), compressed.toString()));
        ExternalTool.Result r = ExternalTool.run(cmd.toArray(new String[0]));
        Assumptions.assumeTrue(r.exitCode() == 0 && Files.isRegularFile(compressed), "dcmcjpeg failed: " + r.stderr());
        byte[] ours;
        String ourPi;
        try (DicomObject in = DicomReader.read(compressed)) {
            ByteArrayOutputStream os = new ByteArrayOutputStream();
            new Transcoder(CodecRegistry.load()).transcode(in, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE), os);
            try (DicomObject out = DicomReader.read(os.toByteArray(), "ours")) {
                ours = out.dataset().get(Tag.PIXEL_DATA).bytes();
                ourPi = out.dataset().getString(Tag.PHOTOMETRIC_INTERPRETATION).trim();
            }
        }
        ReferenceDecode ref = ReferenceDecode.dcmtk(compressed, tmp);
        assertEquals(ref.photometric(), ourPi, "photometric");
        assertArrayEquals(ref.pixels(), ours, "pixels against dcmdjpeg");
    }
}
