package dicodec.nativecodec;

import dicodec.bindings.NativeLibrary;

/** The native libraries codec-native binds, each loaded once on first use. */
public final class NativeLibraries {
    public static final NativeLibrary CHARLS =
            new NativeLibrary("CharLS (libcharls2)", "dicodec.bindings.charls.CharLS");
    public static final NativeLibrary OPENJPEG =
            new NativeLibrary("OpenJPEG 2.5 (libopenjp2-7)", "dicodec.bindings.openjpeg.OpenJpeg");
    public static final NativeLibrary OPENJPH =
            new NativeLibrary("OpenJPH (libopenjph0.9)", "dicodec.bindings.openjph.OpenJph");
    public static final NativeLibrary TURBOJPEG =
            new NativeLibrary("libjpeg-turbo TurboJPEG (libturbojpeg0)", "dicodec.bindings.turbojpeg.TurboJpeg");

    private NativeLibraries() {
    }
}
