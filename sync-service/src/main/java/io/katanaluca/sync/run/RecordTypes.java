package io.katanaluca.sync.run;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The record types plugged into the engine (every {@link RecordType} bean), found by a run's sync type. */
@Component
public class RecordTypes {

    private final List<RecordType> types;

    public RecordTypes(List<RecordType> types) {
        this.types = List.copyOf(types);
    }

    public Optional<RecordType> find(SyncType type) {
        return types.stream().filter(recordType -> recordType.supports(type)).findFirst();
    }

    public RecordType of(SyncType type) {
        return find(type).orElseThrow(() -> new SyncRunException("No record type for sync type " + type));
    }
}
