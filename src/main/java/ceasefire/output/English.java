package ceasefire.output;

import java.util.List;

/** Small helpers for English in output files, reports and the narrative: plurals, articles, agreement and lists. */
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

    /** "an incursion", "a drone strike"; mass nouns take none: "artillery fire". */
    public static String withArticle(String noun) {
        if (noun.isEmpty() || noun.endsWith(" fire")) {
            return noun;
        }
        char c = Character.toLowerCase(noun.charAt(0));
        return ("aeio".indexOf(c) >= 0 ? "an " : "a ") + noun;
    }

    /**
     * A present-tense verb agreeing with a name: "Russian peacekeepers report", "UN force
     * reports". A name whose last word ends in a plural -s (not -ss, -us or -is) is plural.
     */
    public static String verb(String subject, String base) {
        String last = subject.strip();
        last = last.substring(last.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        boolean plural = last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is");
        if (plural) {
            return base;
        }
        return base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") ? base + "es" : base + "s";
    }

    /** "Armenia's", "the Philippines'". */
    public static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
