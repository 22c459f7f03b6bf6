package dicodec.server.cli;

import dicodec.core.inspect.ObjectReport;
import dicodec.core.io.DicomObject;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.transcode.LossyState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dicodec info IN}: what the object is (syntax, pixel description, frames, lossy state),
 * after checking that the header and the Pixel Data agree. One "Key: value" line each, so a
 * person and a script can both read it. {@code dicodec info --capabilities}: what this
 * installation can do, the OpenCL device included ({@link CapabilitiesText}).
 */
@Command(name = "info", description = {"Print the transfer syntax, pixel description, frames and lossy state of IN;",
    "with --capabilities, the backends, syntaxes and OpenCL device of this installation."})
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--capabilities", description = "Backends, syntaxes and the OpenCL device (or why none).")
    boolean capabilities;

    @Parameters(index = "0", paramLabel = "IN", arity = "0..1")
    Path in;

    @Override
    public Integer call() throws Exception {
        if (capabilities) {
            if (in != null) {
                throw new ParameterException(spec.commandLine(), "info takes IN or --capabilities, not both");
            }
            CapabilitiesText.print(spec.commandLine().getOut());
            return ExitCodes.DONE;
        }
        if (in == null) {
            throw new ParameterException(spec.commandLine(), "info needs IN (or --capabilities)");
        }
        try (DicomFileHandle h = DicomFileHandle.open(in)) {
            DicomObject obj = h.object();
            ObjectReport report = ObjectReport.of(obj, String.valueOf(in.getFileName()));
            print(spec.commandLine().getOut(), obj, report);
        }
        return ExitCodes.DONE;
    }

    private void print(PrintWriter w, DicomObject obj, ObjectReport r) {
        w.println("File: " + in.getFileName());
        w.println("Transfer Syntax: " + obj.syntax().uid() + " " + obj.syntax().name());
        w.println("File Meta: " + (obj.hadFileMeta() ? "yes" : "no"));
        String sop = obj.dataset().getString(Tag.SOP_CLASS_UID);
        w.println("SOP Class: " + (sop == null ? "-" : sop));
        PixelDescription pd = r.description();
        if (pd == null) {
            w.println("Pixel Data: none");
        } else {
            w.println("Rows x Columns: " + pd.rows() + " x " + pd.columns());
            w.println("Bits Allocated: " + pd.bitsAllocated());
            w.println("Bits Stored: " + (pd.isFloat() ? "-" : String.valueOf(pd.bitsStored())));
            w.println("High Bit: " + (pd.isFloat() ? "-" : String.valueOf(pd.highBit())));
            w.println("Pixel Representation: " + (pd.isFloat() ? "-"
                    : pd.pixelRepresentation() + (pd.pixelRepresentation() == 1 ? " (signed)" : " (unsigned)")));
            w.println("Samples per Pixel: " + pd.samplesPerPixel());
            w.println("Photometric Interpretation: " + pd.photometric());
            w.println("Planar Configuration: " + (pd.samplesPerPixel() > 1 ? String.valueOf(pd.planarConfiguration()) : "-"));
            w.println("Frames: " + pd.frames());
            w.println("Pixel Data: " + r.pixelDataSummary());
        }
        LossyState lossy = LossyState.of(obj.dataset(), obj.syntax());
        w.println("Lossy: " + (lossy.lossy() ? "yes" : "no") + " (" + lossy.reason() + ")");
        for (String warning : r.warnings()) {
            w.println("Warning: " + warning);
        }
    }
}
