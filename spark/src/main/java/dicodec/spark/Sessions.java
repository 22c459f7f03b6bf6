package dicodec.spark;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a job: local mode in this JVM by default (no cluster, no Spark
 * installation: Spark is on the class path), or a cluster's master URL. On a cluster the driver
 * ships dicodec's own jars (not Spark's, which the cluster has) to the executors.
 */
public final class Sessions {
    /** Jars of ours, by file-name prefix, that executors need and a Spark cluster does not have. */
    private static final String[] OUR_JARS = {"dicodec-spark", "batch-", "codec-core-", "codec-native-",
        "codec-gpu-", "javacpp-", "jocl-", "snakeyaml-", "picocli-"};

    private Sessions() {
    }

    /**
     * @param master a master URL, or null for {@code local[threads]} (all cores when null)
     */
    public static SparkSession start(String master, Integer threads) {
        boolean local = master == null || master.startsWith("local");
        String url = master != null ? master : "local[" + (threads == null ? "*" : threads) + "]";
        SparkSession.Builder b = SparkSession.builder().appName("dicodec batch").master(url)
                .config("spark.ui.enabled", "false")
                // a failed object is a report row, not a task failure: retries are for lost executors
                .config("spark.task.maxFailures", "4")
                .config("spark.sql.shuffle.partitions", "8");
        if (!local) {
            List<String> jars = ourJars();
            if (!jars.isEmpty()) {
                b.config("spark.jars", String.join(",", jars));
            }
        }
        return b.getOrCreate();
    }

    private static List<String> ourJars() {
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            for (String prefix : OUR_JARS) {
                if (name.startsWith(prefix) && name.endsWith(".jar")) {
                    out.add(new File(entry).getAbsolutePath());
                    break;
                }
            }
        }
        return out;
    }
}
