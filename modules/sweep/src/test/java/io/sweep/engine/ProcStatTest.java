package io.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcStatTest {
    @Test
    void fieldsAreNumberedAsProcFiveNumbersThemWhateverTheCommandName() {
        // pid (comm) state ppid ... utime(14) stime(15) cutime(16) cstime(17) ... starttime(22)
        ProcStat stat = ProcStat.parse("4242 (a b) c)) S 1 2 3 4 5 6 7 8 9 10 111 222 333 444 15 16 17 18 5555 19");
        assertEquals(1, stat.field(4));
        assertEquals(111, stat.field(14));
        assertEquals(222, stat.field(15));
        assertEquals(333, stat.field(16));
        assertEquals(444, stat.field(17));
        assertEquals(5555, stat.field(22));
        assertThrows(IllegalArgumentException.class, () -> ProcStat.parse("no parentheses"));
    }

    @Test
    void thisProcessHasAStatLineWithItsOwnStartAfterBoot() {
        ProcStat self = ProcStat.read(Path.of("/proc/self/stat")).orElseThrow();
        assertTrue(self.field(22) > 0, "start time in ticks after boot");
        assertTrue(ProcStat.read(Path.of("/proc/no-such/stat")).isEmpty());
    }
}
