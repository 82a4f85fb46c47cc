package io.sweep.workloads.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The seminar's processes-versus-threads table, in Java: for each mode its wall time, CPU time,
 * speedup over the sequential run and start-up cost, and whether the results agree.
 *
 * @param workload the workload compared
 * @param command  the options every mode ran with, for the record
 * @param runs     sequential first, then threads and processes
 */
public record CompareReport(String workload, List<String> command, List<ModeRun> runs, Agreement agreement) {

    public CompareReport {
        command = List.copyOf(command);
        runs = List.copyOf(runs);
    }

    /** End to end: the sequential command's wall time over this one's. */
    public double speedup(ModeRun run) {
        return runs.get(0).wallSeconds() / run.wallSeconds();
    }

    /** Inside the command, as the seminar timed its scripts: sequential run time over this one's. */
    public double runSpeedup(ModeRun run) {
        return runs.get(0).runSeconds() / run.runSeconds();
    }

    /** The table as printed, one line each. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-11s %7s %9s %8s %8s %8s %8s %13s  %s", "mode", "workers",
                "wall [s]", "run [s]", "CPU [s]", "speedup", "(run)", "start-up [s]", "result"));
        for (ModeRun run : runs) {
            lines.add(String.format(Locale.ROOT, "%-11s %7d %9.3f %8.3f %8s %8.2f %8.2f %13.3f  %s",
                    run.mode(), run.workers(), run.wallSeconds(), run.runSeconds(),
                    Double.isNaN(run.cpuSeconds()) ? "n/a" : String.format(Locale.ROOT, "%.2f", run.cpuSeconds()),
                    speedup(run), runSpeedup(run), run.startupSeconds(), shown(run.result())));
        }
        lines.add((agreement.agree() ? "results agree (" : "RESULTS DIFFER (") + agreement.rule() + "): "
                + agreement.detail());
        return lines;
    }

    /** What compare.json holds. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workload", workload);
        json.put("command", command);
        json.put("agree", agreement.agree());
        json.put("rule", agreement.rule());
        json.put("detail", agreement.detail());
        json.put("cpu_time", "CPU of the whole command and every process it started "
                + "(Linux cutime+cstime of waited-for children, 10 ms ticks)");
        json.put("run", "the sweep's run inside the command (manifest started to ended), as the seminar timed");
        json.put("start_up", "wall time minus the tasks' compute time spread over the workers");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ModeRun run : runs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("mode", run.mode());
            row.put("workers", run.workers());
            row.put("wall_seconds", run.wallSeconds());
            row.put("run_seconds", run.runSeconds());
            row.put("cpu_seconds", Double.isNaN(run.cpuSeconds()) ? null : run.cpuSeconds());
            row.put("task_seconds", run.taskSeconds());
            row.put("speedup", speedup(run));
            row.put("run_speedup", runSpeedup(run));
            row.put("startup_seconds", run.startupSeconds());
            row.put("result", run.result());
            row.put("command", run.command());
            rows.add(row);
        }
        json.put("runs", rows);
        return json;
    }

    private static String shown(Object result) {
        String text = result instanceof Double d ? Double.toString(d) : String.valueOf(result);
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
