package io.sweep.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.config.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private String mesh = "256";
    private String source;
    private boolean quiet;
    private final List<String> params = new ArrayList<>();
    private final List<String> extras = new ArrayList<>();

    private Arguments arguments() {
        return new Arguments(List.of(
                Option.value("--mesh", "N", "Cells.", v -> mesh = v),
                Option.value("--source", "EXPR", "f.", v -> source = v).alias("--f"),
                Option.flag("--quiet", "Quiet.", () -> quiet = true),
                Option.family("--param", "NAME=VALUES", "A parameter.", params::add),
                Option.repeatable("--extra", "X", "Repeatable.", extras::add),
                Option.value("--secret", "S", "Hidden.", v -> { }).hide()), "see test --help");
    }

    private Arguments.Parsed parse(String... args) {
        return arguments().parse(List.of(args), Map.of(), false);
    }

    private String error(String... args) {
        return assertThrows(BadInputException.class, () -> parse(args)).getMessage();
    }

    @Test
    void valuesComeSeparateOrAfterAnEqualsSign() {
        Arguments.Parsed parsed = parse("--mesh", "64", "--f=-x*2", "--quiet", "--param", "w=1,2", "--param=k=3");
        assertEquals("64", mesh);
        assertEquals("-x*2", source);
        assertTrue(quiet);
        assertEquals(List.of("w=1,2", "k=3"), params);
        assertEquals(List.of("--mesh", "--source", "--quiet", "--param"),
                parsed.given().stream().map(o -> o.names().get(0)).toList());
        assertFalse(parsed.help() || parsed.version());
    }

    @Test
    void aValueMayStartWithADashUnlessItIsAnOptionName() {
        parse("--source", "-1", "--mesh", "-.5");
        assertEquals("-1", source);
        assertEquals("-.5", mesh);
        parse("--source", "-x");
        assertEquals("-x", source, "not an option of this command, so a value");
        assertEquals("--source needs a value: EXPR (see test --help)", error("--source", "--mesh", "2"));
        assertEquals("--mesh needs a value: N (see test --help)", error("--mesh"));
    }

    @Test
    void mistakesAreOneLineThatSaysWhatAndWhereHelpIs() {
        assertEquals("unknown option '--mseh': did you mean --mesh? (see test --help)", error("--mseh", "2"));
        assertEquals("unknown option '--zzzzzz' (see test --help)", error("--zzzzzz"));
        assertEquals("unknown option '--secre' (see test --help)", error("--secre"), "hidden names are not suggested");
        assertEquals("--quiet takes no value (see test --help)", error("--quiet=false"));
        assertEquals("--mesh is given twice: give it once (see test --help)", error("--mesh", "2", "--mesh", "3"));
        assertEquals("--quiet is given twice: give it once (see test --help)", error("--quiet", "--quiet"));
        parse("--extra", "a", "--extra", "b");
        assertEquals(List.of("a", "b"), extras, "a repeatable option may be given again");
    }

    @Test
    void wordsAfterADoubleDashAndUnknownOptionsWhenAsked() {
        Arguments.Parsed parsed = parse("one", "--mesh", "8", "--", "--quiet");
        assertEquals(List.of("one", "--quiet"), parsed.words());
        assertFalse(quiet);
        Arguments.Parsed passed = arguments().parse(List.of("pi", "--points", "10", "--mesh", "4"), Map.of(), true);
        assertEquals(List.of("pi", "--points", "10"), passed.words());
        assertEquals("4", mesh);
    }

    @Test
    void helpAndVersionWinAndLeaveTheValuesAlone() {
        assertTrue(parse("--mesh", "8", "--help", "--nope").help());
        assertTrue(parse("-V").version());
        assertEquals("256", mesh, "nothing is handed on when help is asked for");
    }

    @Test
    void aConfigFileFillsInWhatTheCommandLineLeavesOut() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mesh", "32");
        config.put("f", "x");
        config.put("quiet", "TRUE");
        config.put("param.w", "1:2:3");
        config.put("param.k", "4");
        Arguments.Parsed parsed = arguments().parse(List.of("--mesh", "16"), config, false);
        assertEquals("16", mesh, "the command line wins");
        assertEquals("x", source, "any long name is a key");
        assertTrue(quiet);
        assertEquals(List.of("w=1:2:3", "k=4"), params, "a family's keys, in the file's order");
        assertEquals(1, parsed.given().size(), "given means given on the command line");
        params.clear();
        arguments().parse(List.of("--param", "a=1"), config, false);
        assertEquals(List.of("a=1"), params, "the command line's items replace the file's");
        assertThrows(BadInputException.class, () -> arguments().parse(List.of(), Map.of("quiet", "yes"), false));
    }

    @Test
    void aDefaultIsHandedOnOnlyWhenNothingElseGivesTheOption() {
        List<String> seen = new ArrayList<>();
        Arguments withDefault = new Arguments(List.of(
                Option.value("--design", "D", "Design.", seen::add).byDefault("grid")), "see x");
        withDefault.parse(List.of(), Map.of(), false);
        withDefault.parse(List.of("--design", "zip"), Map.of(), false);
        withDefault.parse(List.of(), Map.of("design", "zip2"), false);
        assertEquals(List.of("grid", "zip", "zip2"), seen, "once each, the default only when alone");
    }

    @Test
    void configKeysAreTheShownLongNamesAndFamilies() {
        assertEquals(List.of("mesh", "source", "f", "quiet", "param", "param.*", "extra"), arguments().configKeys());
    }

    @Test
    void twoOptionsMayNotShareAName() {
        assertThrows(IllegalArgumentException.class, () -> new Arguments(List.of(
                Option.flag("--a", "", () -> { }), Option.flag("--a", "", () -> { })), "see x"));
    }

    @Test
    void distanceIsLevenshteins() {
        assertEquals(0, Arguments.distance("mesh", "mesh"));
        assertEquals(2, Arguments.distance("mseh", "mesh"));
        assertEquals(3, Arguments.distance("kitten", "sitting"));
    }
}
