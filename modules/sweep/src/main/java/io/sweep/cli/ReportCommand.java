package io.sweep.cli;

import io.sweep.config.BadInputException;
import io.sweep.results.report.Report;
import io.sweep.results.report.ReportInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code sweep report DIR}: (re)builds DIR/report.html from what DIR holds, also for a sweep that
 * stopped part-way or is still running. A DIR without a readable manifest.json is bad input.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild DIR/report.html (one self-contained page: provenance, tasks, plots, timeline) "
                + "from a sweep's output directory, also a partial or running one.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep's --out directory.")
    String dir;

    @Override
    public Integer call() throws Exception {
        try {
            System.out.println(Report.write(Path.of(dir)));
        } catch (ReportInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        return 0;
    }
}
