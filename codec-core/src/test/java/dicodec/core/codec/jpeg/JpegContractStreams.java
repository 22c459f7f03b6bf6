package dicodec.core.codec.jpeg;

import dicodec.core.codec.CodecContractTest.CorruptStream;
import dicodec.core.pixel.PixelDescription;
import java.util.List;

/** Broken JPEG streams, built byte by byte, that every JPEG decoder must reject as BAD_INPUT. */
final class JpegContractStreams {
    private static final int[] ONE_CODE = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private JpegContractStreams() {
    }

    /** For a 4x4 frame of {@code pd} (grey, 8-bit), lossless ({@code sof} C3) or DCT. */
    static List<CorruptStream> common(PixelDescription pd, int sof) {
        int p = pd.bitsStored() <= 8 ? 8 : sof == 0xC3 ? 16 : 12;
        boolean lossless = sof == 0xC3;
        int ss = lossless ? 1 : 0;
        int se = lossless ? 0 : 63;
        return List.of(
                new CorruptStream("no SOI", pd, new byte[] {0x00, 0x11, 0x22, 0x33}),
                new CorruptStream("SOS before SOF", pd, new StreamBuilder().soi().sos(ss, se, 0, 0, 1, 0, 0).eoi()
                        .build()),
                new CorruptStream("segment length past the end", pd, new StreamBuilder().soi()
                        .bytes(0xFF, 0xDB, 0x01, 0x00, 0x00).build()),
                new CorruptStream("frame without a scan", pd, new StreamBuilder().soi()
                        .sof(sof, p, 4, 4, 1, 1, 1, 0).eoi().build()),
                new CorruptStream("scan naming a component the frame lacks", pd, new StreamBuilder().soi()
                        .dqt(0, 1).dht(0, 0, ONE_CODE, 0).dht(1, 0, ONE_CODE, 0).sof(sof, p, 4, 4, 1, 1, 1, 0)
                        .sos(ss, se, 0, 0, 9, 0, 0).bytes(0x00).eoi().build()),
                new CorruptStream("scan using an undefined Huffman table", pd, new StreamBuilder().soi()
                        .dqt(0, 1).sof(sof, p, 4, 4, 1, 1, 1, 0).sos(ss, se, 0, 0, 1, 3, 3).bytes(0x00).eoi().build()),
                new CorruptStream("entropy-coded data missing", pd, new StreamBuilder().soi().dqt(0, 1)
                        .dht(0, 0, ONE_CODE, 0).dht(1, 0, ONE_CODE, 0).sof(sof, p, 4, 4, 1, 1, 1, 0)
                        .sos(ss, se, 0, 0, 1, 0, 0).eoi().build()),
                new CorruptStream("bits that no Huffman code starts", pd, new StreamBuilder().soi().dqt(0, 1)
                        .dht(0, 0, ONE_CODE, 0).dht(1, 0, ONE_CODE, 0).sof(sof, p, 4, 4, 1, 1, 1, 0)
                        .sos(ss, se, 0, 0, 1, 0, 0).bytes(0xFF, 0x00, 0xFF, 0x00, 0xFF, 0x00).eoi().build()),
                new CorruptStream("frame larger than the data set says", pd, new StreamBuilder().soi().dqt(0, 1)
                        .dht(0, 0, ONE_CODE, 0).dht(1, 0, ONE_CODE, 0).sof(sof, p, 40, 4, 1, 1, 1, 0)
                        .sos(ss, se, 0, 0, 1, 0, 0).bytes(0x00).eoi().build()));
    }
}
