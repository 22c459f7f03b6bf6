package dicodec.core.codec.video;

import dicodec.core.spi.CodecProfile;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.util.List;
import java.util.Set;

/** The video syntaxes decoded here, and what their data sets may say about the pixels. */
public final class VideoSyntaxes {
    /** MPEG-2 MP@ML and MP@HL, plain and fragmentable (PS3.5 8.2.5, 8.2.6). */
    public static final List<TransferSyntax> MPEG2 = List.of(TransferSyntaxes.MPEG2_MPML, TransferSyntaxes.MPEG2_MPML_F,
            TransferSyntaxes.MPEG2_MPHL, TransferSyntaxes.MPEG2_MPHL_F);
    /**
     * H.264 .102 to .106, plain and fragmentable (PS3.5 8.2.7 to 8.2.9). For .105 (3D) and .106
     * (stereo) only the base view is decoded: MVC's second view is not.
     */
    public static final List<TransferSyntax> H264 = List.of(TransferSyntaxes.H264_HP41, TransferSyntaxes.H264_HP41_F,
            TransferSyntaxes.H264_HP41_BD, TransferSyntaxes.H264_HP41_BD_F, TransferSyntaxes.H264_HP42_2D,
            TransferSyntaxes.H264_HP42_2D_F, TransferSyntaxes.H264_HP42_3D, TransferSyntaxes.H264_HP42_3D_F,
            TransferSyntaxes.H264_STEREO, TransferSyntaxes.H264_STEREO_F);

    /**
     * What a video data set may say: YBR_PARTIAL_420 is the rule (V3), but a decoder follows the
     * stream, so the others written in the field are taken too. 8-bit unsigned only.
     */
    public static final CodecProfile DECODE_PROFILE = new CodecProfile(Set.of(8), 8, 8, false, Set.of(1, 3),
            Set.of("YBR_PARTIAL_420", "YBR_PARTIAL_422", "YBR_FULL_422", "YBR_FULL", "RGB", "MONOCHROME2"));

    /** What the encoders take: 8-bit unsigned grey, RGB or full-range YBR. */
    public static final CodecProfile ENCODE_PROFILE = new CodecProfile(Set.of(8), 8, 8, false, Set.of(1, 3),
            Set.of("MONOCHROME2", "RGB", "YBR_FULL", "YBR_FULL_422"));

    private VideoSyntaxes() {
    }

    public static boolean isMpeg2(TransferSyntax ts) {
        return MPEG2.stream().anyMatch(t -> t.uid().equals(ts.uid()));
    }
}
