package dicodec.core.pixel;

import java.util.List;

/**
 * What {@link CodestreamHeader#compareWith(PixelDescription)} found.
 *
 * @param errors disagreements no decoder can resolve (size, number of components): the frame
 *     cannot be decoded into the image the data set describes
 * @param warnings disagreements the decoder resolves by following the stream (precision,
 *     signedness: PS3.5 8.2, dicom-rules E8 and K5)
 */
public record HeaderCheck(List<String> errors, List<String> warnings) {
    public HeaderCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** True when there is no error; warnings may remain. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
