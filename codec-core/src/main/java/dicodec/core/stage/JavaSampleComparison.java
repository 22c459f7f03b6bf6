package dicodec.core.stage;

/**
 * The reference {@link SampleComparison}. Differences of 32-bit samples can square beyond a
 * long; their squares saturate at {@link Long#MAX_VALUE}, which only ever makes a frame that
 * far off look worse.
 */
public final class JavaSampleComparison implements SampleComparison {
    @Override
    public long[][] compare(byte[][] expected, byte[][] actual, SampleFormat f) {
        long[][] out = new long[expected.length][];
        int n = f.count();
        boolean unsigned32 = f.bitsStored() == 32 && !f.signed();
        for (int k = 0; k < expected.length; k++) {
            long max = 0;
            long sum = 0;
            for (int i = 0; i < n; i++) {
                long a = f.value(expected[k], i);
                long b = f.value(actual[k], i);
                if (unsigned32) {
                    a &= 0xFFFFFFFFL;
                    b &= 0xFFFFFFFFL;
                }
                long d = Math.abs(a - b);
                max = Math.max(max, d);
                long sq = d > 3_037_000_499L ? Long.MAX_VALUE : d * d;
                sum = sum > Long.MAX_VALUE - sq ? Long.MAX_VALUE : sum + sq;
            }
            out[k] = new long[] {max, sum};
        }
        return out;
    }
}
