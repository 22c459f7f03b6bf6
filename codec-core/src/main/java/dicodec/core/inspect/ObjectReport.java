package dicodec.core.inspect;

import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import java.util.ArrayList;
import java.util.List;

/**
 * What an object is and whether its header and Pixel Data agree: the pixel description, the
 * frames found, and every warning raised on the way. Inconsistencies that make the pixels
 * unreadable are thrown as BAD_INPUT naming the attribute, frame and byte offset.
 */
public record ObjectReport(PixelDescription description, String pixelDataSummary, List<String> warnings) {

    public static ObjectReport of(DicomObject obj) {
        List<String> warnings = new ArrayList<>(obj.warnings());
        DicomElement undescribed = obj.dataset().get(Tag.PIXEL_DATA);
        if (undescribed != null && !hasImagePixelModule(obj)) {
            // Seen in test files: a stub Pixel Data with no Rows, Columns or Bits Allocated at
            // all. Nothing contradicts anything; there is just nothing to decode.
            warnings.add("Pixel Data (7FE0,0010) is present but the data set has no Rows, Columns or Bits"
                    + " Allocated: its " + Math.max(undescribed.length(), 0) + " byte(s) cannot be described");
            return new ObjectReport(null, "present but undescribed", warnings);
        }
        PixelDescription pd = PixelDescription.from(obj.dataset());
        if (pd == null) {
            return new ObjectReport(null, "none", warnings);
        }
        warnings.addAll(pd.warnings());
        DicomElement pixels = obj.dataset().get(pd.pixelDataTag());
        String summary;
        if (pixels.value() instanceof ElementValue.Bytes bytes) {
            NativeFrames frames = new NativeFrames(pd, bytes);
            warnings.addAll(frames.warnings());
            summary = "native, " + bytes.length() + " bytes, " + frames.count() + " frame(s) of "
                    + frames.frameLength() + " bytes";
        } else {
            ElementValue.Fragments f = (ElementValue.Fragments) pixels.value();
            EncapsulatedFrames frames = EncapsulatedFrames.of(f, obj.dataset(), obj.syntax());
            warnings.addAll(frames.warnings());
            CodestreamCheck.check(frames, pd, warnings);
            summary = "encapsulated, " + f.fragments().size() + " fragment(s), " + frames.count()
                    + (frames.isVideoStream() ? " video stream" : " frame(s)") + ", Basic Offset Table "
                    + (f.basicOffsetTable().length() == 0 ? "empty" : f.basicOffsetTable().length() / 4 + " entries")
                    + ", grouped by " + frames.grouping().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        return new ObjectReport(pd, summary, warnings);
    }

    private static boolean hasImagePixelModule(DicomObject obj) {
        return obj.dataset().contains(Tag.ROWS) || obj.dataset().contains(Tag.COLUMNS)
                || obj.dataset().contains(Tag.BITS_ALLOCATED);
    }

    /** Rethrown with the file name, for callers that read from a named source. */
    public static ObjectReport of(DicomObject obj, String fileName) {
        try {
            return of(obj);
        } catch (DicodecException e) {
            throw e.inFile(fileName);
        }
    }
}
