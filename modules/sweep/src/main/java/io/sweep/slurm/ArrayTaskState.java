package io.sweep.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One array task as squeue reports it, parsed from
 * {@code squeue --noheader --array --states=all --format=%F|%K|%T|%r}.
 *
 * @param jobId  the array job's id (what sbatch printed)
 * @param index  the array index
 * @param state  Slurm's state name: PENDING, RUNNING, COMPLETED, FAILED, ...
 * @param reason why it waits or how it ended, as squeue says ("None" when nothing to say)
 */
public record ArrayTaskState(long jobId, int index, String state, String reason) {

    /** The squeue format that {@link #parse} reads. */
    public static final String SQUEUE_FORMAT = "%F|%K|%T|%r";

    /** States in which a job is still in the queue or on a node. */
    private static final Set<String> ACTIVE = Set.of("PENDING", "RUNNING", "CONFIGURING",
            "COMPLETING", "SUSPENDED", "REQUEUED", "REQUEUE_FED", "REQUEUE_HOLD", "RESIZING",
            "SIGNALING", "STAGE_OUT", "STOPPED", "RESV_DEL_HOLD");

    /** Still queued or running; false once it ended, whatever the way. */
    public boolean active() {
        return ACTIVE.contains(state);
    }

    public boolean running() {
        return state.equals("RUNNING") || state.equals("COMPLETING");
    }

    /** Ended in a way that cannot have left every result in place (not COMPLETED). */
    public boolean endedBadly() {
        return !active() && !state.equals("COMPLETED");
    }

    /**
     * Parses squeue's lines. Pending array tasks that squeue still shows as one line with a range
     * ({@code 4_[3-7%2]}, when {@code --array} was not given) are expanded, so every index is
     * listed once; lines of jobs that are not arrays are skipped.
     */
    public static List<ArrayTaskState> parse(String squeueOutput) {
        List<ArrayTaskState> states = new ArrayList<>();
        for (String line : squeueOutput.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] fields = trimmed.split("\\|", 4);
            if (fields.length < 3) {
                throw new IllegalArgumentException("unexpected squeue line: " + trimmed);
            }
            String reason = fields.length == 4 ? fields[3].strip() : "";
            if (fields[1].strip().equals("N/A")) {
                continue;
            }
            long jobId = Long.parseLong(fields[0].strip());
            for (int index : indices(fields[1].strip())) {
                states.add(new ArrayTaskState(jobId, index, fields[2].strip(), reason));
            }
        }
        return states;
    }

    /** "7", or a range list "[3-5,9%2]" / "3-5,9": the indices it names. */
    static List<Integer> indices(String field) {
        String list = field.replace("[", "").replace("]", "");
        int throttle = list.indexOf('%');
        if (throttle >= 0) {
            list = list.substring(0, throttle);
        }
        List<Integer> indices = new ArrayList<>();
        for (String part : list.split(",")) {
            String[] bounds = part.split("-", 2);
            int from = Integer.parseInt(bounds[0].strip());
            int to = bounds.length == 2 ? Integer.parseInt(bounds[1].strip()) : from;
            for (int i = from; i <= to; i++) {
                indices.add(i);
            }
        }
        return indices;
    }
}
