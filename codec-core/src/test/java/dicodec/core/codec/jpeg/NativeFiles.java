package dicodec.core.codec.jpeg;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.testing.SharedTestdata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The shared files with native pixel data, and their frames colour-by-pixel, for round trips. */
final class NativeFiles {
    private NativeFiles() {
    }

    /** Non-broken shared files whose pixel data is native, by path relative to the folder. */
    static List<String> all() {
        List<String> out = new ArrayList<>();
        if (!SharedTestdata.present()) {
            return out;
        }
        for (SharedTestdata.Entry e : SharedTestdata.entries()) {
            if (e.broken() || !e.hasPixelFacts() || e.transferSyntax() == null) {
                continue;
            }
            try (FileByteSource src = new FileByteSource(e.path())) {
                DicomObject o = DicomReader.read(src);
                if (!o.syntax().encapsulated()) {
                    out.add(e.file());
                }
            } catch (IOException | RuntimeException ex) {
                // unreadable files are other tests' business
            }
        }
        return out;
    }

    /** All frames of {@code o}, Little Endian, colour-by-pixel, one after the other. */
    static byte[] framesByPixel(DicomObject o) {
        NativeFrames frames = NativeFrames.of(o.dataset());
        PixelDescription pd = frames.description();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < frames.count(); i++) {
            byte[] f = frames.frame(i);
            if (pd.samplesPerPixel() > 1 && pd.planarConfiguration() == 1) {
                f = ReferenceDecode.toPixelOrder(f, pd.rows() * pd.columns(), pd.samplesPerPixel(),
                        pd.bitsAllocated() / 8, 1);
            }
            all.writeBytes(f);
        }
        return all.toByteArray();
    }
}
