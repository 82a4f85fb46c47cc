package io.sweep.slurm;

import io.sweep.results.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Slurm backend's files under {@code OUT/slurm/}: for submission N, the batch script
 * {@code job-N.sh} and its task file {@code job-N.tasks.jsonl}; every array task's log in
 * {@code logs/<jobid>_<index>.log}; and {@code jobs.txt}, the job ids submitted into this
 * directory, for people. Numbers never repeat, so a
 * resumed sweep never rewrites a task file an earlier array may still read.
 */
public final class JobFiles {
    private static final Pattern SCRIPT = Pattern.compile("job-(\\d+)\\.sh");
    private final Path dir;

    public JobFiles(Path outDir) {
        this.dir = outDir.resolve("slurm");
    }

    public Path dir() {
        return dir;
    }

    public Path script(int number) {
        return dir.resolve("job-" + number + ".sh");
    }

    public Path taskFile(int number) {
        return dir.resolve("job-" + number + ".tasks.jsonl");
    }

    /** Slurm's pattern for array task logs: %A is the array job id, %a the index. */
    public Path logPattern() {
        return dir.resolve("logs").resolve("%A_%a.log");
    }

    public Path log(long jobId, int index) {
        return dir.resolve("logs").resolve(jobId + "_" + index + ".log");
    }

    /** The next submission's number: one more than any script already here (1 in a fresh run). */
    public int nextNumber() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 1;
        }
        int max = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = SCRIPT.matcher(file.getFileName().toString());
                if (m.matches()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        }
        return max + 1;
    }

    /** Writes a submission's task file and script, each renamed into place. */
    public void write(int number, List<String> taskLines, BatchScript script) throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        AtomicFiles.write(taskFile(number),
                (String.join("\n", taskLines) + "\n").getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(script(number), script.text().getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a line {@code <jobid> job-N.sh} to jobs.txt (the file is rewritten and renamed). */
    public void recordSubmitted(long jobId, int number) throws IOException {
        Path file = dir.resolve("jobs.txt");
        String old = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        AtomicFiles.write(file, (old + jobId + " " + script(number).getFileName() + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
