package ceasefire.scenario;

/**
 * Makes text from an input safe to print on a terminal: control characters (ESC, BEL, NUL, a
 * newline that could forge a message line of its own), and the Unicode marks that reorder or hide
 * text, are shown as escapes such as {@code \n} or {@code \u001b}, and long text is cut.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code text} with every control character escaped, cut to {@code max} characters. */
    public static String of(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 16);
        int i = 0;
        for (; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (unsafe(c)) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (i < text.length()) {
            sb.append("... (").append(Limits.count(text.length() - i)).append(" more characters)");
        }
        return sb.toString();
    }

    /** {@code text} escaped, without a length limit beyond {@link Limits#MAX_MESSAGE_CHARS}. */
    public static String of(String text) {
        return of(text, Limits.MAX_MESSAGE_CHARS);
    }

    /** A value echoed in a message, quoted, escaped and cut at {@link Limits#MAX_ECHOED_VALUE}. */
    public static String quoted(String value) {
        return "'" + of(value, Limits.MAX_ECHOED_VALUE) + "'";
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f' || c == '\u061c' || c == '\ufeff';
    }
}
