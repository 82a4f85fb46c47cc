package io.sweep.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsageTest {
    private static final String LONG = "A description long enough to need more than one line of help text, so that "
            + "it wraps beside its option and keeps to the width of a terminal.";

    @Test
    void optionsWrapBesideTheirNamesWithinTheWidth() {
        String help = Usage.format(List.of("tool [OPTIONS]", "tool sub ARG"), List.of("What the tool does."),
                List.of(new Section(null, List.of(Option.value("--mesh", "N", LONG, v -> { }),
                                Option.value("--a-very-long-option-name", "VALUE", "Short.", v -> { }),
                                Option.flag("--secret", "Hidden.", () -> { }).hide(),
                                Option.value("--design", "D", "How points combine.", v -> { }).byDefault("grid"))),
                        new Section("Options of something else", List.of(Option.flag("--other", "Other.", () -> { })))),
                List.<String[]>of(new String[] {"sub", "A command."}));
        List<String> lines = help.lines().toList();
        assertEquals("Usage: tool [OPTIONS]", lines.get(0));
        assertEquals("       tool sub ARG", lines.get(1));
        assertTrue(lines.stream().allMatch(line -> line.length() <= Usage.WIDTH), help);
        int mesh = lines.indexOf(lines.stream().filter(l -> l.startsWith("  --mesh=N")).findFirst().orElseThrow());
        assertTrue(lines.get(mesh + 1).startsWith(" ".repeat(26)) && !lines.get(mesh + 1).startsWith(" ".repeat(27)),
                "continuation lines line up: " + help);
        assertTrue(help.contains("  --a-very-long-option-name=VALUE\n" + " ".repeat(26) + "Short.\n"), help);
        assertTrue(help.contains("  -h, --help") && help.contains("  -V, --version"), help);
        assertTrue(help.contains("\nOptions of something else:\n  --other"), help);
        assertTrue(help.contains("\nCommands:\n  sub"), help);
        assertFalse(help.contains("secret"), help);
        assertTrue(help.contains("How points combine (default: grid).\n"), help);
        assertEquals(String.join(" ", LONG.split(" ")), String.join(" ", help.substring(help.indexOf("A description"),
                help.indexOf("terminal.") + 9).split("\\s+")), "every word kept, in order");
    }
}
