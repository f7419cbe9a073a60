package ceasefire.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Narrative grammar (trial 3, item 16). */
class WordsTest {

    @ParameterizedTest
    @CsvSource({
        "Russian peacekeepers, report, report",
        "UN force, report, reports",
        "UNFICYP, demand, demands",
        "Blue Helmets, receive, receive",
        "OSCE mission, send, sends",
        "MINURSO, report, reports",
        "Joint Control Commission, report, reports",
        "UN force, reach, reaches",
    })
    void verbsAgreeWithTheName(String subject, String base, String expected) {
        assertEquals(expected, Words.verb(subject, base));
    }

    @ParameterizedTest
    @CsvSource({
        "incursion, an incursion",
        "drone strike, a drone strike",
        "artillery fire, artillery fire",
        "small-arms fire, small-arms fire",
    })
    void massNounsTakeNoArticle(String noun, String expected) {
        assertEquals(expected, Words.withArticle(noun));
    }
}
