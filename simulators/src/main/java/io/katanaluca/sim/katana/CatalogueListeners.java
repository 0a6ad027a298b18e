package io.katanaluca.sim.katana;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who hears about catalogue changes (the webhook dispatchers of running simulators). Called
 * after the change is visible and outside the catalogue's lock; a failing listener is logged
 * and never fails the change.
 */
final class CatalogueListeners {

    private static final Logger log = LoggerFactory.getLogger(CatalogueListeners.class);

    private final List<Consumer<CatalogueEvent>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<CatalogueEvent> listener) {
        listeners.add(listener);
    }

    void remove(Consumer<CatalogueEvent> listener) {
        listeners.remove(listener);
    }

    void publish(List<CatalogueEvent> events) {
        events.forEach(this::publish);
    }

    void publish(CatalogueEvent event) {
        for (Consumer<CatalogueEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("Catalogue listener failed on {}", event, e);
            }
        }
    }
}
