package io.sweep.results.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file the sweep wrote (convergence.csv), read generically: the header names the columns,
 * whatever they are. Our writers quote nothing, so a line splits at its commas.
 */
record CsvTable(String file, List<String> columns, List<List<String>> rows) {

    static Optional<CsvTable> read(Path dir, String file) throws IOException {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(path).stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(Arrays.asList(line.split(",", -1)));
        }
        return Optional.of(new CsvTable(file, Arrays.asList(lines.get(0).split(",", -1)), rows));
    }
}
