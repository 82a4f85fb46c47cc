package io.sweep.workloads.compare;

import java.util.List;
import java.util.Map;

/**
 * One mode's run in a comparison, measured from outside as a user would: the whole command.
 *
 * @param mode        sequential, threads or processes
 * @param workers     threads or worker processes (1 for sequential)
 * @param wallSeconds from launching the command to its exit
 * @param runSeconds  the sweep's own run as its manifest.json records it (started to ended:
 *                    starting workers, the tasks, the reduction), like the seminar's timer
 *                    inside the script; the JVM's start and the option parsing are outside it
 * @param cpuSeconds  CPU time of the command and every process it started; NaN if unknown
 * @param taskSeconds time the tasks themselves spent computing, summed over tasks
 * @param summary     the run's summary.json
 * @param command     the command line that ran it
 */
public record ModeRun(String mode, int workers, double wallSeconds, double runSeconds, double cpuSeconds,
                      double taskSeconds, Map<String, Object> summary, List<String> command) {

    public ModeRun {
        command = List.copyOf(command);
        summary = Map.copyOf(summary.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /**
     * Wall time not spent computing on the critical path: JVM start-up, spawning workers,
     * scheduling, reducing and writing files. The tasks' compute time is spread evenly over the
     * workers, which is exact when each worker gets one equal task, as pi and series plan.
     */
    public double startupSeconds() {
        return wallSeconds - taskSeconds / workers;
    }

    public Object result() {
        return summary.get("result");
    }
}
