package io.sweep.cli;

import io.sweep.cli.args.Arguments;
import io.sweep.cli.args.Usage;
import io.sweep.config.BadInputException;
import io.sweep.results.report.Report;
import io.sweep.results.report.ReportInputException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code sweep report DIR}: (re)builds DIR/report.html from what DIR holds, also for a sweep that
 * stopped part-way or is still running. A DIR without a readable manifest.json is bad input.
 */
final class ReportCommand {
    static final String DESCRIPTION = "Rebuild DIR/report.html (one self-contained page: provenance, tasks, "
            + "plots, timeline) from a sweep's output directory, also a partial or running one.";

    /** {@code sweep report ARGS}: returns the exit code. */
    int run(List<String> args, PrintStream out) throws Exception {
        Arguments.Parsed parsed = new Arguments(List.of(), "see sweep report --help").parse(args, Map.of(), false);
        if (Main.answered(parsed, () -> Usage.format(List.of("sweep report DIR"), List.of(DESCRIPTION), List.of(),
                List.of()), out)) {
            return 0;
        }
        if (parsed.words().size() != 1) {
            throw new BadInputException("sweep report takes one DIR, a sweep's --out directory"
                    + (parsed.words().isEmpty() ? "" : ", not " + parsed.words().size() + " arguments")
                    + " (see sweep report --help)");
        }
        try {
            out.println(Report.write(Path.of(parsed.words().get(0))));
        } catch (ReportInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        return 0;
    }
}
