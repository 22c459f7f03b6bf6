package dicodec.core.transcode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.DatasetDiff;
import dicodec.core.testing.ExternalTool;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real file with native Pixel Data, to every uncompressed syntax: our output keeps every
 * attribute of the input (sequences included), its pixels equal DCMTK dcmconv's output for the
 * same target, DCMTK reads our pixels back to the input's, and dcmdump and gdcmdump read it
 * without a warning.
 */
class UncompressedInteropTest {
    private static final List<TransferSyntax> TARGETS = List.of(TransferSyntaxes.IMPLICIT_VR_LE,
            TransferSyntaxes.EXPLICIT_VR_LE, TransferSyntaxes.EXPLICIT_VR_BE, TransferSyntaxes.DEFLATED_EXPLICIT_VR_LE);
    private static final Map<String, String> DCMCONV_FLAG = Map.of(
            TransferSyntaxes.IMPLICIT_VR_LE.uid(), "+ti", TransferSyntaxes.EXPLICIT_VR_LE.uid(), "+te",
            TransferSyntaxes.EXPLICIT_VR_BE.uid(), "+tb", TransferSyntaxes.DEFLATED_EXPLICIT_VR_LE.uid(), "+td");

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() throws IOException {
        if (!SharedTestdata.present()) {
            return Stream.of(Arguments.of("(../shared/testdata absent)", "explicit-le"));
        }
        List<Arguments> out = new ArrayList<>();
        for (SharedTestdata.Entry e : SharedTestdata.entries()) {
            if (e.broken()) {
                continue;
            }
            try (FileByteSource src = new FileByteSource(e.path())) {
                DicomObject o = DicomReader.read(src);
                if (o.syntax().encapsulated() || !e.hasPixelFacts()) {
                    continue; // the README describes no pixels for it (or they are compressed)
                }
            }
            for (TransferSyntax ts : TARGETS) {
                out.add(Arguments.of(e.file(), ts.shortName()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void transcode_nativeFile_matchesDcmtkAndKeepsEveryAttribute(String file, String targetName) throws IOException {
        SharedTestdata.assumePresent();
        ExternalTool.assumePresent("dcmconv");
        TransferSyntax target = TransferSyntaxes.parse(targetName);
        Path src = SharedTestdata.dir().resolve(file);
        Path ours = tmp.resolve("ours.dcm");
        Path ref = tmp.resolve("dcmtk.dcm");
        Path back = tmp.resolve("back.dcm");
        try (FileByteSource in = new FileByteSource(src); OutputStream os = Files.newOutputStream(ours)) {
            DicomObject obj = DicomReader.read(in);
            new Transcoder(new CodecRegistry(List.of())).transcode(obj, TranscodeOptions.to(target), os);
        }
        try (FileByteSource in = new FileByteSource(src); FileByteSource out = new FileByteSource(ours)) {
            DicomObject input = DicomReader.read(in);
            DicomObject output = DicomReader.read(out);
            assertEquals(target.uid(), output.fileMeta().getString(Tag.TRANSFER_SYNTAX_UID));
            boolean vrsComparable = target.explicitVr() && input.syntax().explicitVr();
            assertEquals(List.of(), DatasetDiff.diff(input.dataset(), output.dataset(), vrsComparable),
                    "attributes changed");
            int pixelTag = PixelDescription.from(input.dataset()).pixelDataTag();
            byte[] ourPixels = output.dataset().get(pixelTag).bytes();

            // DCMTK reads our file back to the input's pixels
            ExternalTool.Result conv = ExternalTool.run("dcmconv", "+te", ours.toString(), back.toString());
            assertEquals(0, conv.exitCode(), "dcmconv cannot read our output: " + conv.stderr());
            try (FileByteSource b = new FileByteSource(back)) {
                assertArrayEquals(input.dataset().get(pixelTag).bytes(),
                        DicomReader.read(b).dataset().get(pixelTag).bytes(), "DCMTK decodes our pixels differently");
            }

            // DCMTK and GDCM read our file without a word of warning
            ExternalTool.Result dump = ExternalTool.run("dcmdump", ours.toString());
            assertEquals(0, dump.exitCode(), dump.stderr());
            assertEquals("", dump.stderr().trim(), "dcmdump warned");
            if (ExternalTool.present("gdcmdump")) {
                ExternalTool.Result g = ExternalTool.run("gdcmdump", ours.toString());
                assertEquals(0, g.exitCode(), g.stderr());
                assertFalse(g.stderr().toLowerCase().contains("warning"), g.stderr());
            }

            // DCMTK's own conversion of the input to the same target holds the same pixels
            ExternalTool.Result refRun = ExternalTool.run("dcmconv", DCMCONV_FLAG.get(target.uid()), src.toString(),
                    ref.toString());
            Assumptions.assumeTrue(refRun.exitCode() == 0,
                    "dcmconv cannot read the input itself (" + refRun.stderr().trim() + "): comparison skipped");
            try (FileByteSource r = new FileByteSource(ref)) {
                DicomElement refPixels = DicomReader.read(r).dataset().get(pixelTag);
                assertArrayEquals(refPixels.bytes(), ourPixels, "pixels differ from dcmconv's");
            }
        }
    }
}
