package io.katanaluca.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {

    @Test
    void shouldTakeTheHighestHeapUseBeforeACollection() {
        List<String> log = List.of("[0.010s][info][gc] Using G1",
                "[2.101s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 23M->4M(256M) 3.456ms",
                "[5.202s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 150M->30M(256M) 7.1ms",
                "[6.000s][info][gc] GC(2) Pause Remark 60M->60M(256M) 1.2ms");

        assertThat(GcLog.peakBeforeCollection(log)).isEqualTo(150L << 20);
    }

    @Test
    void shouldReadKilobytesAndGigabytes() {
        assertThat(GcLog.peakBeforeCollection(List.of("GC(0) Pause Young (Allocation Failure) 900K->100K(2048K)"))).isEqualTo(900L << 10);
        assertThat(GcLog.peakBeforeCollection(List.of("GC(9) Pause Full (System.gc()) 2G->1G(4G)"))).isEqualTo(2L << 30);
    }

    @Test
    void shouldBeZeroWithoutCollections() {
        assertThat(GcLog.peakBeforeCollection(List.of("[0.010s][info][gc] Using G1"))).isZero();
    }
}
