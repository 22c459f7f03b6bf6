package dicodec.core.inspect;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.CodestreamHeader;
import dicodec.core.pixel.CompressionFamily;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.HeaderCheck;
import dicodec.core.pixel.PixelDescription;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks each frame's bit stream header against the data set (dicom-rules E8): size and
 * components must agree or no decoder can produce the described image; precision and sign
 * may differ and are warned about, since decoders follow the stream. Only the headers are
 * read, so this is cheap even for large frames.
 */
final class CodestreamCheck {
    private CodestreamCheck() {
    }

    static void check(EncapsulatedFrames frames, PixelDescription pd, List<String> warnings) {
        CompressionFamily family = frames.family();
        if (family != CompressionFamily.JPEG && family != CompressionFamily.JPEG_LS
                && family != CompressionFamily.JPEG_2000 && family != CompressionFamily.HTJ2K) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < frames.count(); i++) {
            CodestreamHeader header = CodestreamHeader.probe(frames, i);
            HeaderCheck check = header.compareWith(pd);
            if (!check.ok()) {
                long offset = frames.fragments(i).get(0).offset();
                throw new DicodecException(ErrorKind.BAD_INPUT, null, i + 1, Tag.PIXEL_DATA, offset,
                        String.join("; ", check.errors()) + " (" + header + ")", null);
            }
            for (String w : header.warnings()) {
                warnings.add("frame " + (i + 1) + ": " + w);
            }
            for (String w : check.warnings()) {
                if (seen.add(w)) { // the same mismatch in every frame is said once
                    warnings.add("frame " + (i + 1) + ": " + w);
                }
            }
        }
    }
}
