package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import org.junit.jupiter.api.Test;

/** {@code ceasefire validate}, black-box. */
class ValidateCommandTest {

    @Test
    void validFilesPass() {
        Cli.Result r = Cli.run("validate", TestFiles.flagship().toString(), TestFiles.tiny().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ok  " + TestFiles.flagship() + ": \"Nagorno-Karabakh 2022\", 72x44 map"), r.out());
    }

    @Test
    void everyProblemOfEveryFileIsPrintedAndTheExitCodeIsTwo() {
        String wrongType = TestFiles.testScenario("invalid/wrong-type.yaml").toString();
        String unknownKey = TestFiles.testScenario("invalid/unknown-key.yaml").toString();
        Cli.Result r = Cli.run("validate", wrongType, TestFiles.tiny().toString(), unknownKey);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(wrongType + ":36: mediator.attention: expected a number in [0, 1], got 'high'"), r.err());
        assertTrue(r.err().contains(unknownKey + ":25: sides.A.agressiveness: unknown key; did you mean 'aggressiveness'?"), r.err());
        assertTrue(r.err().contains("2 of 3 files had problems."), r.err());
        assertTrue(r.out().contains("ok  " + TestFiles.tiny()), "the good file is still reported");
        assertTrue(r.noStackTrace());
    }
}
