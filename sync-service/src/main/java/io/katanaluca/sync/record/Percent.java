package io.katanaluca.sync.record;

/**
 * A share in percent as every figure shows it: one decimal, rounded half up, except that it reads
 * 100.0 only when nothing is missing and 0.0 only when there is nothing (2819 of 2820 is 99.9,
 * never a 100.0 beside a failed or unwritten record). 0.0 when there is nothing to divide.
 */
public final class Percent {

    private Percent() {
    }

    public static double of(long part, long whole) {
        if (whole == 0) {
            return 0.0;
        }
        double rounded = Math.round(1000.0 * part / whole) / 10.0;
        if (part < whole) {
            rounded = Math.min(rounded, 99.9);
        }
        return part > 0 ? Math.max(rounded, 0.1) : rounded;
    }
}
