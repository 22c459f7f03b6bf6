package dicodec.nativecodec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.DatasetDiff;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.AttributeChange;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No lost data: every file of the test data to every lossless target. Whatever the output
 * holds equals the input attribute for attribute, except the changes the transcoder reports,
 * and those are only the documented ones (dicom-rules: Transfer Syntax UID; Photometric
 * Interpretation and Planar Configuration of the decoded or encoded stream; Lossy Image
 * Compression 01 when a lossy source is decompressed; the Extended
 * Offset Table of the new fragments; Pixel Data: frames the transcoder encodes it decodes again
 * and checks sample for sample, verify on; decoded frames are the decoder tests' concern). A target that cannot take the pixels (refused,
 * unsupported) writes nothing and is counted, not failed.
 */
class NoLostDataTest {
    private static final List<TransferSyntax> LOSSLESS = List.of(TransferSyntaxes.EXPLICIT_VR_LE,
            TransferSyntaxes.IMPLICIT_VR_LE, TransferSyntaxes.EXPLICIT_VR_BE, TransferSyntaxes.DEFLATED_EXPLICIT_VR_LE,
            TransferSyntaxes.RLE, TransferSyntaxes.JPEG_LOSSLESS_SV1, TransferSyntaxes.JPEG_LS_LOSSLESS,
            TransferSyntaxes.JPEG_2000_LOSSLESS, TransferSyntaxes.HTJ2K_LOSSLESS);
    /** What a lossless transcode may change, and must then report. */
    private static final Set<Integer> DOCUMENTED = Set.of(Tag.TRANSFER_SYNTAX_UID, Tag.PHOTOMETRIC_INTERPRETATION,
            Tag.PLANAR_CONFIGURATION, Tag.EXTENDED_OFFSET_TABLE, Tag.EXTENDED_OFFSET_TABLE_LENGTHS, Tag.PIXEL_DATA,
            Tag.LOSSY_IMAGE_COMPRESSION); // 01 when a lossy source is decompressed (dicom-rules 5.3)

    static Stream<SharedTestdata.Entry> files() {
        if (!SharedTestdata.present()) {
            return SharedTestdata.entriesOrSkip();
        }
        return SharedTestdata.entries().stream().filter(e -> !e.broken());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyLosslessTarget_keepsEveryAttributeButTheDocumentedChanges(SharedTestdata.Entry entry) throws Exception {
        SharedTestdata.assumePresent();
        Transcoder transcoder = new Transcoder(CodecRegistry.load());
        List<String> notTaken = new ArrayList<>();
        try (DicomObject in = DicomReader.read(entry.path())) {
            for (TransferSyntax target : LOSSLESS) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                TranscodeResult r;
                try {
                    r = transcoder.transcode(in, TranscodeOptions.to(target).withVerify(true, 0), out);
                } catch (DicodecException e) {
                    assertTrue(e.kind() != ErrorKind.INTERNAL, target.shortName() + ": " + e.getMessage());
                    assertEquals(0, out.size(), target.shortName() + ": a refusal writes nothing");
                    notTaken.add(target.shortName() + " (" + e.kind() + ")");
                    continue;
                }
                List<Integer> changed = new ArrayList<>();
                for (AttributeChange c : r.changes()) {
                    assertTrue(DOCUMENTED.contains(c.tag()), target.shortName() + ": undocumented change " + c);
                    changed.add(c.tag());
                }
                try (DicomObject back = DicomReader.read(out.toByteArray(), "out")) {
                    boolean vrsStated = in.syntax().explicitVr() && target.explicitVr();
                    List<String> diffs = new ArrayList<>();
                    for (String d : DatasetDiff.diff(in.dataset(), back.dataset(), vrsStated)) {
                        // A UN value (how explicit VR carries a sequence it does not know) is already
                        // implicit VR LE bytes; an implicit VR output reads the same bytes back as
                        // the sequence its dictionary names.
                        boolean unReadAsSequence = !target.explicitVr() && d.endsWith("is Bytes vs Items");
                        if (!reported(d, changed) && !unReadAsSequence) {
                            diffs.add(d);
                        }
                    }
                    assertEquals(List.of(), diffs, target.shortName() + ": differences nobody reported");
                }
            }
        }
        // Refused by every target: only when nothing here decodes the source (video: other work)
        assertTrue(notTaken.size() < LOSSLESS.size() || notTaken.stream().allMatch(n -> n.contains("UNSUPPORTED")),
                "refused by every target: " + notTaken);
    }

    /** A difference "(0028,0004) ..." on a tag the transcoder reported, or on Pixel Data. */
    private static boolean reported(String diff, List<Integer> changed) {
        for (int tag : changed) {
            if (diff.startsWith(Tag.toString(tag))) {
                return true;
            }
        }
        return diff.startsWith(Tag.toString(Tag.PIXEL_DATA)) || diff.startsWith(Tag.toString(Tag.FLOAT_PIXEL_DATA))
                || diff.startsWith(Tag.toString(Tag.DOUBLE_FLOAT_PIXEL_DATA));
    }
}
