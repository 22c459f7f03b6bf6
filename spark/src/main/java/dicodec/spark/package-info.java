/** {@code dicodec batch} as an Apache Spark job. */
package dicodec.spark;
