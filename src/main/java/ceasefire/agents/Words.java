package ceasefire.agents;

/**
 * Plurals for the units' "last action" shown by the inspectors; the narrative itself is data
 * ({@code events.NarrativeEvent}) written in English by {@code output.NarrativeEnglish}.
 */
final class Words {

    private Words() {
    }

    /** "1 unit", "3 units", "1 casualty", "2 casualties". */
    static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
