package dicodec.server.cli;

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

    /** Runs the CLI and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new DicodecCli());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("dicodec: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.BAD_INPUT;
        });
        return cl.execute(args);
    }
}
