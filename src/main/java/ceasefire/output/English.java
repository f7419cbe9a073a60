package ceasefire.output;

import java.util.List;

/** Small helpers for English in output files and reports: plurals and lists. */
public final class English {

    private English() {
    }

    /** "1 run", "3 runs", "1 casualty", "2 casualties", "1 more refusal", "2 more refusals". */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    /** The plural of a noun phrase's last word ("run" to "runs", "casualty" to "casualties"). */
    public static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey") && !noun.endsWith("oy")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
