package io.katanaluca.sync.luca;

import java.time.Duration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Duration} as {@code "HH:mm:ss"} ({@code "00:15:00"}), the seed's remaining-time format. */
class ClockTimeDurationSerializer extends StdSerializer<Duration> {

    ClockTimeDurationSerializer() {
        super(Duration.class);
    }

    @Override
    public void serialize(Duration value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(format(value));
    }

    static String format(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
