package ceasefire.sweep.design;

import ceasefire.scenario.yaml.YamlNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Turns numbers chosen by a design into the text and YAML nodes a scenario binds. */
public final class Values {

    /** Significant digits kept for sampled real values: what runs.csv shows is exactly what ran. */
    static final int DIGITS = 8;

    private Values() {
    }

    /** A numeric level: rounded to a whole number when {@code integer}, else to {@link #DIGITS} significant digits. */
    static Level number(double v, boolean integer, int line) {
        String text = integer ? Long.toString(Math.round(v)) : format(v);
        double exact = Double.parseDouble(text);
        return new Level(text, exact, YamlNode.number(text, integer), line);
    }

    /** Plain decimal text with at most {@link #DIGITS} significant digits and no exponent. */
    public static String format(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(DIGITS)).stripTrailingZeros();
        String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A YAML scalar's numeric reading, or NaN when it is not a number. */
    static double parse(String text) {
        String t = text.strip().replace("_", "").toLowerCase(Locale.ROOT);
        switch (t) {
            case "true", "yes", "on" -> {
                return 1;
            }
            case "false", "no", "off" -> {
                return 0;
            }
            default -> {
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }
    }
}
