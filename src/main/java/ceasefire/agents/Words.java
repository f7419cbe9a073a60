package ceasefire.agents;

/** Small helpers for narrative sentences. */
final class Words {

    private Words() {
    }

    /** "an incursion", "a drone strike"; mass nouns take none: "artillery fire". */
    static String withArticle(String noun) {
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
    static String verb(String subject, String base) {
        String last = subject.strip();
        last = last.substring(last.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        boolean plural = last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is");
        if (plural) {
            return base;
        }
        return base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") ? base + "es" : base + "s";
    }

    /** "1 unit", "3 units", "1 casualty", "2 casualties". */
    static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    /** "Armenia's", "the Philippines'". */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /**
     * An incident's casualties for a sentence, saying whose they were: " (2 casualties on
     * Armenia's side)"; "" when there were none.
     */
    static String casualties(ceasefire.events.Incident i, Day m) {
        if (i.casualties() <= 0) {
            return "";
        }
        String n = count(i.casualties(), "casualty");
        return i.victim() == null ? " (" + n + ")" : " (" + n + " on " + possessive(m.parameters().side(i.victim()).name()) + " side)";
    }
}
