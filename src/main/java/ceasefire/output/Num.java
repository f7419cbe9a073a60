package ceasefire.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent number formatting for output files, so that equal runs give equal bytes. */
public final class Num {

    private Num() {
    }

    /** At most {@code decimals} decimals, trailing zeros dropped; NaN as the empty string. */
    public static String fmt(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Six decimals: enough for shares in [0, 1]. */
    public static String fmt(double v) {
        return fmt(v, 6);
    }
}
