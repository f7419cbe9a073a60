package ceasefire.agents;

/** Small helpers for narrative sentences. */
final class Words {

    private Words() {
    }

    /** "an incursion", "a drone strike". */
    static String withArticle(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        char c = Character.toLowerCase(noun.charAt(0));
        return ("aeio".indexOf(c) >= 0 ? "an " : "a ") + noun;
    }

    /** "1 unit", "3 units", "1 casualty", "2 casualties". */
    static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
