package dicodec.core.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one {@code @FuzzTest} in fuzzing mode for a given time, outside Maven, so that
 * scripts/fuzz.sh pays for one JVM per target and not for a Maven build per target (Jazzer
 * fuzzes one target per JVM). The environment must set {@code JAZZER_FUZZ=1}.
 *
 * <pre>java -cp ... dicodec.core.fuzz.FuzzMain CLASS#METHOD SECONDS</pre>
 *
 * Exit status: 0 no finding, 3 a finding (Jazzer saved the input next to the test's Inputs
 * folder, or in the working directory), 1 the test could not run.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || System.getenv("JAZZER_FUZZ") == null) {
            System.err.println("usage: JAZZER_FUZZ=1 java ... dicodec.core.fuzz.FuzzMain CLASS#METHOD SECONDS");
            System.exit(1);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(args[0] + "(byte[])"))
                // libFuzzer's arguments: argv0, then the time limit (wins over maxDuration)
                .configurationParameter("jazzer.internal.arg.0", "fuzz")
                .configurationParameter("jazzer.internal.arg.1", "-max_total_time=" + Integer.parseInt(args[1]))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        TestExecutionSummary s = summary.getSummary();
        for (TestExecutionSummary.Failure f : s.getFailures()) {
            System.err.println("FINDING " + f.getTestIdentifier().getDisplayName() + ": " + f.getException());
        }
        System.err.println("FUZZMAIN tests=" + s.getTestsFoundCount() + " failed=" + s.getTotalFailureCount());
        System.exit(s.getTestsFoundCount() == 0 ? 1 : s.getTotalFailureCount() > 0 ? 3 : 0);
    }
}
