package dicodec.spark;

import java.io.Serializable;

/**
 * One object of the job, as the driver lists it and an executor receives it.
 *
 * @param relative the path under SRC, '/' separated; the output goes to the same path under DST
 * @param size its length in bytes, which the work is balanced by
 */
public record SourceFile(String relative, long size) implements Serializable {
}
