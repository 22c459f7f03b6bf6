package dicodec.core.render;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * PNG files from sample arrays, through the JDK's ImageIO writer: 8 or 16-bit grey, 8 or 16-bit
 * RGB (samples interleaved R G B). The arrays are wrapped, not copied.
 */
final class PngImages {
    private PngImages() {
    }

    static byte[] grey8(int width, int height, byte[] samples) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(samples, 0, ((DataBufferByte) img.getRaster().getDataBuffer()).getData(), 0,
                width * height);
        return encode(img);
    }

    static byte[] grey16(int width, int height, short[] samples) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        System.arraycopy(samples, 0, ((DataBufferUShort) img.getRaster().getDataBuffer()).getData(), 0,
                width * height);
        return encode(img);
    }

    static byte[] rgb8(int width, int height, byte[] rgb) {
        return rgb(width, height, new DataBufferByte(rgb, rgb.length), DataBuffer.TYPE_BYTE, 8);
    }

    static byte[] rgb16(int width, int height, short[] rgb) {
        return rgb(width, height, new DataBufferUShort(rgb, rgb.length), DataBuffer.TYPE_USHORT, 16);
    }

    private static byte[] rgb(int width, int height, DataBuffer buffer, int type, int bits) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                new int[] {bits, bits, bits}, false, false, Transparency.OPAQUE, type);
        WritableRaster raster = Raster.createInterleavedRaster(buffer, width, height, width * 3, 3,
                new int[] {0, 1, 2}, null);
        return encode(new BufferedImage(cm, raster, false, null));
    }

    private static byte[] encode(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "png", out)) {
                throw new DicodecException(ErrorKind.INTERNAL, "the JDK has no PNG writer for this image type");
            }
        } catch (IOException e) {
            throw new DicodecException(ErrorKind.INTERNAL, null, 0, -1, -1L, "PNG encoding failed: " + e, e);
        }
        return out.toByteArray();
    }
}
