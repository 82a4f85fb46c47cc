package io.sweep.slurm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Slurm's command-line clients as the backend uses them: {@code sbatch} submits, {@code squeue}
 * polls, {@code scancel} cancels. Each runs with {@link ProcessBuilder}, with no shell. Polling is
 * ours: {@code sbatch --wait} polls after 2, 8, 32 s, and {@code sacct} needs accounting that
 * many sites do not run.
 */
public final class SlurmCommands {

    /** Tries of a command that only reads (squeue): a slurmctld busy for a moment answers the next. */
    private static final int READ_TRIES = 3;

    private final java.time.Duration timeout;

    /** @param timeout how long one call may take before it is killed and counts as failed */
    public SlurmCommands(java.time.Duration timeout) {
        this.timeout = timeout;
    }
    private static final Pattern EXIT_CODE = Pattern.compile("(?<![A-Za-z])ExitCode=(\\d+):(\\d+)");

    /** What a command printed, and how it exited. */
    record Output(int exitCode, String stdout, String stderr) {
    }

    /** The sbatch command line that submits {@code script}: user options override the script's. */
    public static List<String> sbatchCommand(SbatchOptions options, Path script) {
        List<String> command = new ArrayList<>();
        command.add("sbatch");
        command.add("--parsable");
        command.addAll(options.arguments());
        command.add(script.toString());
        return command;
    }

    /**
     * Submits a batch script and returns the job id.
     *
     * @throws SlurmException when sbatch fails, with its own message
     */
    public long submit(SbatchOptions options, Path script) throws SlurmException, InterruptedException {
        List<String> command = sbatchCommand(options, script);
        Output out = run(command);
        if (out.exitCode() != 0) {
            throw new SlurmException("sbatch failed (exit " + out.exitCode() + "): "
                    + firstLine(out.stderr(), out.stdout()) + "; command: " + String.join(" ", command));
        }
        return parseJobId(out.stdout());
    }

    /**
     * The array tasks of these jobs that squeue still knows, in every state. A job that
     * slurmctld has already forgotten (after MinJobAge) is simply absent.
     */
    public List<ArrayTaskState> queue(Collection<Long> jobIds) throws SlurmException, InterruptedException {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        String ids = jobIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Output out = run(List.of("squeue", "--noheader", "--array", "--states=all",
                "--jobs=" + ids, "--format=" + ArrayTaskState.SQUEUE_FORMAT));
        if (out.exitCode() != 0) {
            // Asked for a single job that has left slurmctld's memory, squeue fails instead of
            // printing nothing: for us that is an empty answer, not an error.
            if (out.stderr().contains("Invalid job id")) {
                return List.of();
            }
            throw new SlurmException("squeue failed (exit " + out.exitCode() + "): "
                    + firstLine(out.stderr(), out.stdout()));
        }
        return ArrayTaskState.parse(out.stdout());
    }

    /**
     * This user's jobs still queued or running whose working directory is {@code workDir}: the
     * arrays of a sweep into that directory (sweep submits with {@code --chdir=OUT}). Matching on
     * the directory, not on remembered ids, because ids restart at 1 when a cluster is rebuilt.
     */
    public List<Long> activeJobsIn(Path workDir) throws SlurmException, InterruptedException {
        Output out = runReading(List.of("squeue", "--noheader", "--me", "--format=%F|%Z"));
        if (out.exitCode() != 0) {
            throw new SlurmException("squeue failed (exit " + out.exitCode() + "): "
                    + firstLine(out.stderr(), out.stdout()));
        }
        return jobsIn(out.stdout(), workDir);
    }

    /** The distinct job ids of {@code squeue --format=%F|%Z} lines whose directory is {@code workDir}. */
    static List<Long> jobsIn(String squeueOutput, Path workDir) {
        return squeueOutput.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\|", 2))
                .filter(f -> f.length == 2 && f[0].matches("\\d{1,18}") && Path.of(f[1]).equals(workDir))
                .map(f -> Long.parseLong(f[0])).distinct().toList();
    }

    /** How an array task's batch script ended: its exit code, or the signal that ended it. */
    public record ExitStatus(int code, int signal) {
    }

    /**
     * The exit status of an ended array task, while slurmctld still remembers it (MinJobAge);
     * empty once it has forgotten, or when scontrol fails: only the failure message is poorer.
     */
    public Optional<ExitStatus> exitStatus(long jobId, int index) throws InterruptedException {
        try {
            Output out = run(List.of("scontrol", "--oneliner", "show", "job", jobId + "_" + index));
            return out.exitCode() == 0 ? parseExitStatus(out.stdout()) : Optional.empty();
        } catch (SlurmException e) {
            return Optional.empty();
        }
    }

    /** The {@code ExitCode=N:S} field of {@code scontrol show job}. */
    static Optional<ExitStatus> parseExitStatus(String scontrolOutput) {
        Matcher m = EXIT_CODE.matcher(scontrolOutput);
        return m.find() ? Optional.of(new ExitStatus(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** Cancels the array tasks of these jobs that have not started (--halt soon). */
    public void cancelPending(Collection<Long> jobIds) throws SlurmException, InterruptedException {
        if (jobIds.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("scancel", "--state=PENDING"));
        jobIds.forEach(id -> command.add(String.valueOf(id)));
        Output out = run(command);
        if (out.exitCode() != 0 && !out.stderr().contains("Invalid job id")) {
            throw new SlurmException("scancel failed (exit " + out.exitCode() + "): "
                    + firstLine(out.stderr(), out.stdout()));
        }
    }

    /** Cancels these jobs (every array task of each); jobs already gone are not an error. */
    public void cancel(Collection<Long> jobIds) throws SlurmException, InterruptedException {
        if (jobIds.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add("scancel");
        jobIds.forEach(id -> command.add(String.valueOf(id)));
        Output out = run(command);
        if (out.exitCode() != 0 && !out.stderr().contains("Invalid job id")) {
            throw new SlurmException("scancel failed (exit " + out.exitCode() + "): "
                    + firstLine(out.stderr(), out.stdout()));
        }
    }

    /**
     * The job id in {@code sbatch --parsable} output: {@code 123} or {@code 123;cluster}, possibly
     * after warning lines.
     */
    public static long parseJobId(String stdout) throws SlurmException {
        String[] lines = stdout.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        String id = last.split(";", 2)[0];
        if (!id.matches("\\d{1,18}")) {
            throw new SlurmException("sbatch printed no job id: '" + stdout.strip() + "'");
        }
        return Long.parseLong(id);
    }

    /** A reading command, tried up to {@value #READ_TRIES} times while it fails or hangs. */
    private Output runReading(List<String> command) throws SlurmException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                Output out = run(command);
                if (out.exitCode() == 0 || attempt == READ_TRIES) {
                    return out;
                }
            } catch (SlurmException e) {
                if (attempt == READ_TRIES) {
                    throw e;
                }
            }
            Thread.sleep(500L * attempt);
        }
    }

    private Output run(List<String> command) throws SlurmException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new SlurmException("cannot run " + command.get(0) + " (is Slurm's client installed"
                    + " and on the PATH?): " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            // Read both pipes on their own threads, so a full pipe cannot block the command and a
            // hung command cannot block us past the timeout.
            CompletableFuture<String> stdout = readInBackground(process.getInputStream());
            CompletableFuture<String> stderr = readInBackground(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SlurmException(command.get(0) + " did not answer within " + timeout.toSeconds()
                        + " s (SWEEP_SLURM_TIMEOUT sets how long to wait)");
            }
            return new Output(process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new SlurmException(command.get(0) + " failed: " + e.getMessage());
        } finally {
            process.destroy();
        }
    }

    private static CompletableFuture<String> readInBackground(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (in) {
                text.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete("");
            }
        }, "slurm-command-output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    private static String firstLine(String stderr, String stdout) {
        String text = stderr.isBlank() ? stdout : stderr;
        return text.strip().isEmpty() ? "(no message)" : text.strip().split("\n")[0];
    }
}
