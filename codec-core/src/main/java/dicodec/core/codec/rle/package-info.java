/**
 * RLE Lossless (1.2.840.10008.1.2.5, PS3.5 Annex G) in Java, in two stages that another backend
 * can replace one at a time: {@link dicodec.core.codec.rle.RleSegmenter} (native frame <->
 * Byte Segments, G.2) and {@link dicodec.core.codec.rle.PackBits} (Byte Segment <-> RLE Segment,
 * G.3), around the 64-byte {@link dicodec.core.codec.rle.RleHeader} (G.5).
 *
 * <p>Decisions, with the reasons in the classes that make them:
 * <ul>
 *   <li>Decoded colour keeps the data set's Planar Configuration (0 when absent), as DCMTK's
 *       dcmdrle does, and says so in {@code DecodedFrame}; the transcoder writes the attribute
 *       explicitly. Encoding leaves the attribute as it is. So native -> RLE -> native gives the
 *       same bytes and the same attributes ({@link dicodec.core.codec.rle.RleDecoder}).</li>
 *   <li>Bits Allocated 1 is decoded (one segment of packed bits per frame, as pydicom-data's
 *       liver_rle.dcm holds it) but not encoded: DCMTK and GDCM cannot read that form
 *       ({@link dicodec.core.codec.rle.RleEncoder}).</li>
 *   <li>The decoder takes runs that cross rows (other encoders write them) but not a segment
 *       that decodes to fewer or more bytes than rows x columns; after the last byte only -128
 *       no-ops and one padding byte may follow ({@link dicodec.core.codec.rle.JavaPackBits}).</li>
 *   <li>Byte offsets in errors count from the first byte of the frame's RLE data (its header);
 *       the frame number is added by the transcoder.</li>
 * </ul>
 */
package dicodec.core.codec.rle;
