package ceasefire.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grammar of the narrative and the reports (trial 3, item 16). */
class EnglishTest {

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
        assertEquals(expected, English.verb(subject, base));
    }

    @ParameterizedTest
    @CsvSource({
        "incursion, an incursion",
        "drone strike, a drone strike",
        "artillery fire, artillery fire",
        "small-arms fire, small-arms fire",
    })
    void massNounsTakeNoArticle(String noun, String expected) {
        assertEquals(expected, English.withArticle(noun));
    }

    @ParameterizedTest
    @CsvSource({
        "1, casualty, 1 casualty",
        "2, casualty, 2 casualties",
        "0, unit, 0 units",
        "3, more refusal, 3 more refusals",
        "2, day, 2 days",
    })
    void countsAgree(long n, String noun, String expected) {
        assertEquals(expected, English.count(n, noun));
    }

    @ParameterizedTest
    @CsvSource({
        "Armenia, Armenia's",
        "the Philippines, the Philippines'",
    })
    void possessives(String name, String expected) {
        assertEquals(expected, English.possessive(name));
    }
}
