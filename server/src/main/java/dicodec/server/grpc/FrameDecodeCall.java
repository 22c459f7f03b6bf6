package dicodec.server.grpc;

import com.google.protobuf.UnsafeByteOperations;
import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.render.DecodedFrames;
import dicodec.core.render.DisplayAttributes;
import dicodec.core.render.FrameSelection;
import dicodec.core.render.PngRenderer;
import dicodec.core.render.VoiWindow;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.grpc.v1.DecodeFramesRequest;
import dicodec.grpc.v1.Frame;
import dicodec.grpc.v1.FrameFormat;
import io.grpc.stub.ServerCallStreamObserver;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One DecodeFrames call: the frames asked for ("1,3,5-7", empty = all), one message each, in
 * the order asked. Each frame is decoded only when the client is ready for it
 * ({@link OutboundPump}), so a viewer reading slowly holds one frame in memory, not the
 * object's; a cancel stops at the next frame.
 */
final class FrameDecodeCall {
    private static final Logger LOG = Logger.getLogger(FrameDecodeCall.class.getName());

    private final DicomObject object;
    private final DecodedFrames frames;
    private final int[] indexes;
    private final boolean png;
    private final VoiWindow requestWindow;
    private final boolean windowFromObject;
    private final InFlightWork.Ticket ticket;
    private int next;

    private FrameDecodeCall(DicomObject object, DecodedFrames frames, int[] indexes, DecodeFramesRequest request,
            InFlightWork.Ticket ticket) {
        this.object = object;
        this.frames = frames;
        this.indexes = indexes;
        this.png = request.getFormat() == FrameFormat.FRAME_FORMAT_PNG;
        this.requestWindow = request.hasWindow()
                ? new VoiWindow(request.getWindow().getCenter(), request.getWindow().getWidth()) : null;
        this.windowFromObject = request.getWindowFromObject();
        this.ticket = ticket;
    }

    /** Runs inside the service method: handlers are set before it returns. */
    static void start(DecodeFramesRequest request, ServerCallStreamObserver<Frame> out, CodecRegistry registry,
            ServerConfig config, InFlightWork inFlight) {
        FrameDecodeCall call;
        InFlightWork.Ticket ticket = null;
        DicomObject object = null;
        try {
            ticket = inFlight.acquire("DecodeFrames");
            checkFormat(request);
            object = TranscoderService.read(request.getObject());
            ObjectLimits.check(object.dataset(), config);
            DecodedFrames frames = DecodedFrames.open(object, registry, RequestOptions.backend(request.getBackend()));
            int[] indexes = FrameSelection.parse(request.getFrames(), frames.count());
            call = new FrameDecodeCall(object, frames, indexes, request, ticket);
        } catch (Throwable t) { // NOPMD: every failure becomes a status
            closeQuietly(object);
            if (ticket != null) {
                ticket.close();
            }
            out.onError(StatusMapper.toException(inObject(t)));
            return;
        }
        OutboundPump<Frame> pump = new OutboundPump<>(out, call::nextFrame, call::close);
        out.setOnCancelHandler(pump::abandon);
        out.setOnReadyHandler(pump::drain);
        pump.drain();
    }

    private static void checkFormat(DecodeFramesRequest request) {
        if (request.getFormat() == FrameFormat.UNRECOGNIZED) {
            throw RequestOptions.badField("format " + request.getFormatValue() + " is not a known value");
        }
        if (request.getFormat() != FrameFormat.FRAME_FORMAT_PNG && (request.hasWindow()
                || request.getWindowFromObject())) {
            throw RequestOptions.badField("a window applies to FRAME_FORMAT_PNG only; raw frames are the pixels as"
                    + " decoded");
        }
    }

    private static Throwable inObject(Throwable t) {
        return t instanceof DicodecException d && d.file() == null ? d.inFile("object") : t;
    }

    /** The next frame asked for, decoded now; null after the last. */
    private Frame nextFrame() {
        if (next >= indexes.length) {
            return null;
        }
        int index = indexes[next++];
        try {
            DecodedFrame f = frames.frame(index);
            PixelDescription pd = frames.description();
            Frame.Builder m = Frame.newBuilder()
                    .setNumber(index + 1)
                    .setFormat(png ? FrameFormat.FRAME_FORMAT_PNG : FrameFormat.FRAME_FORMAT_RAW)
                    .setDescription(describe(pd, f));
            if (!png) {
                return m.setData(UnsafeByteOperations.unsafeWrap(f.pixels())).build();
            }
            VoiWindow w = requestWindow != null ? requestWindow
                    : windowFromObject ? VoiWindow.fromDataset(object.dataset(), index) : null;
            byte[] image = PngRenderer.render(f, pd, DisplayAttributes.fromDataset(object.dataset(), pd, index), w);
            if (w != null) {
                m.setWindow(dicodec.grpc.v1.VoiWindow.newBuilder().setCenter(w.center()).setWidth(w.width()));
            }
            return m.setData(UnsafeByteOperations.unsafeWrap(image)).build();
        } catch (DicodecException e) {
            throw (DicodecException) inObject(e.inFrame(index + 1));
        }
    }

    /** The frame's pixels as sent: the decoder's photometric and planar configuration win. */
    private static dicodec.grpc.v1.PixelDescription describe(PixelDescription pd, DecodedFrame f) {
        return dicodec.grpc.v1.PixelDescription.newBuilder()
                .setRows(pd.rows())
                .setColumns(pd.columns())
                .setSamplesPerPixel(pd.samplesPerPixel())
                .setBitsAllocated(pd.bitsAllocated())
                .setBitsStored(pd.bitsStored())
                .setHighBit(pd.highBit())
                .setPixelRepresentation(pd.pixelRepresentation())
                .setPhotometricInterpretation(f.photometric() == null ? pd.photometric() : f.photometric())
                .setPlanarConfiguration(f.photometric() == null ? pd.planarConfiguration() : f.planarConfiguration())
                .setNumberOfFrames(pd.frames())
                .build();
    }

    private void close() {
        frames.close();
        closeQuietly(object);
        ticket.close();
    }

    private static void closeQuietly(DicomObject o) {
        if (o != null) {
            try {
                o.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing a request's object", e);
            }
        }
    }
}
