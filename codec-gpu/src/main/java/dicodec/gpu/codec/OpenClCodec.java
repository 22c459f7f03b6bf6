package dicodec.gpu.codec;

import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.gpu.device.OpenClRuntime;

/**
 * A Java codec of codec-core built on the OpenCL stages, registered as the OPENCL backend of
 * its syntax: the registry prefers it when the runtime has a device, and skips it with the
 * runtime's reason when not (or when {@code dicodec.opencl=off}). Its output is the Java
 * codec's, byte for byte, since every stage is bit-exact with its twin.
 */
abstract class OpenClCodec implements Codec {
    private final Codec staged;
    private final OpenClRuntime runtime;

    OpenClCodec(Codec staged, OpenClRuntime runtime) {
        this.staged = staged;
        this.runtime = runtime;
    }

    @Override
    public TransferSyntax syntax() {
        return staged.syntax();
    }

    @Override
    public Backend backend() {
        return Backend.OPENCL;
    }

    @Override
    public CodecProfile profile() {
        return staged.profile();
    }

    @Override
    public Availability availability() {
        return runtime.availability();
    }

    @Override
    public FrameDecoder decoder() {
        return staged.decoder();
    }

    @Override
    public FrameEncoder encoder() {
        return staged.encoder();
    }
}
