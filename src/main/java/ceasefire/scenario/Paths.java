package ceasefire.scenario;

import java.util.regex.Pattern;

/**
 * The one path syntax shared by {@code --set}, sweep files and timeline events:
 * dot-separated keys with list indices either as {@code [0]} or as a {@code .0} segment.
 */
public final class Paths {

    /** What every place that reads a path says when it is not one. */
    public static final String NOT_A_PATH = "is not a parameter path (expected keys joined by dots, e.g. mediator.attention)";

    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*(\\[\\d+])*(\\.([A-Za-z0-9_\\-]+)(\\[\\d+])*)*");

    private Paths() {
    }

    /** {@code sides.A.units.0.count} and {@code sides.A.units[0].count} both give the latter. */
    public static String canonical(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("empty parameter path");
        }
        String trimmed = path.strip();
        if (!VALID.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + path + "' " + NOT_A_PATH);
        }
        StringBuilder out = new StringBuilder();
        for (String segment : trimmed.split("\\.")) {
            if (!out.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    /** Whether {@code text} is a valid path. */
    public static boolean isValid(String text) {
        return text != null && VALID.matcher(text.strip()).matches();
    }

    /** Joins a parent path and a key. */
    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Path of a list element. */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
