package dicodec.server.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dicodec} command line: one subcommand per task, exit codes as in the design. */
@Command(name = "dicodec", mixinStandardHelpOptions = true, version = "dicodec 0.1.0",
        description = "DICOM pixel-data codec and transcoder.",
        subcommands = {InfoCommand.class, TranscodeCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error", "2:bad input", "3:refused by policy", "4:unsupported"})
public final class DicodecCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI on stdout / stderr and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the CLI writing to the given streams (tests read them) and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new DicodecCli());
        cl.addSubcommand(new DecodeCommand());
        cl.addSubcommand(new BatchCommand());
        cl.addSubcommand(new BenchCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("dicodec: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.BAD_INPUT;
        });
        return cl.execute(args);
    }
}
