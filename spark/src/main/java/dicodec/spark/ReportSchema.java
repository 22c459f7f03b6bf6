package dicodec.spark;

import dicodec.batch.FileOutcome;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's report table, one row per object (Parquet and CSV): the columns of
 * {@code dicodec batch}'s report and what the transcode did. Missing values are null: no output
 * (size, ratio), no verification (max_error, psnr; a verified exact output has psnr Infinity).
 */
final class ReportSchema {
    static final StructType SCHEMA = new StructType(new StructField[] {
        field("file", DataTypes.StringType, false),
        field("source", DataTypes.StringType, false),
        field("result", DataTypes.StringType, false),
        field("reason", DataTypes.StringType, false),
        field("source_syntax", DataTypes.StringType, true),
        field("output_syntax", DataTypes.StringType, true),
        field("input_bytes", DataTypes.LongType, false),
        field("output_bytes", DataTypes.LongType, true),
        field("ratio", DataTypes.DoubleType, true),
        field("max_error", DataTypes.LongType, true),
        field("psnr", DataTypes.DoubleType, true),
        field("uid_mapping", DataTypes.StringType, true),
        field("millis", DataTypes.LongType, false),
        field("executor", DataTypes.StringType, false),
        field("internal", DataTypes.BooleanType, false),
    });

    private ReportSchema() {
    }

    static Row row(FileOutcome o, String sourceUri, String executor) {
        FileOutcome.Details d = o.details();
        return RowFactory.create(o.file(), sourceUri, o.result().label(), o.reason(), blankToNull(d.sourceSyntax()),
                blankToNull(d.outputSyntax()), o.inputBytes(), o.outputBytes() < 0 ? null : o.outputBytes(),
                Double.isNaN(o.ratio()) ? null : o.ratio(), d.maxError() < 0 ? null : d.maxError(),
                Double.isNaN(d.psnr()) ? null : d.psnr(), blankToNull(d.uidMapping()), o.millis(), executor,
                o.internal());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
