package dicodec.spark;

import dicodec.batch.BatchSpec;
import java.io.Serializable;

/**
 * What one Spark batch does; shipped to the executors with the tasks.
 *
 * @param source SRC, a Hadoop path or URI (file:, hdfs:, s3a:, ...), only read
 * @param destination DST, where the tree of outputs is mirrored
 * @param fileList a text file listing the sources, one a line, relative to SRC or absolute under
 *     it; null to take every file under SRC
 * @param report the report folder: report.parquet (a Spark table) and report.csv
 * @param spec the per-file contract, as {@code dicodec batch} takes it
 * @param partitions how many tasks the files are split into; 0 for four per core of the cluster
 * @param stage copy each object to the executor's local disk and back even on a local file
 *     system, the way objects on HDFS or S3 are handled (tests use it to run that path)
 */
public record JobSettings(String source, String destination, String fileList, String report, BatchSpec spec,
        int partitions, boolean stage) implements Serializable {
}
