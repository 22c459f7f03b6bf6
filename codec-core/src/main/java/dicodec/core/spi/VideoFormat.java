package dicodec.core.spi;

import dicodec.core.syntax.TransferSyntax;

/**
 * The stream a {@link VideoEncoder} is asked for: syntax (which fixes profile and level),
 * picture size, frame rate as a fraction (frames per second = rateNumerator / rateDenominator)
 * and number of frames.
 */
public record VideoFormat(TransferSyntax syntax, int width, int height, int rateNumerator, int rateDenominator,
        int frames) {

    public double framesPerSecond() {
        return (double) rateNumerator / rateDenominator;
    }
}
