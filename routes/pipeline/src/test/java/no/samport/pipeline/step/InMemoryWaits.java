package no.samport.pipeline.step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.store.PatientsGpWaits;

/** Waits kept in memory for the plain tests of the hold; the gateway ITs use the PostgreSQL store. */
final class InMemoryWaits implements PatientsGpWaits {

    final Map<UUID, Wait> waits = new LinkedHashMap<>();
    final Map<UUID, String> patients = new LinkedHashMap<>();
    final Map<UUID, Boolean> waitingNow = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    @Override
    public Optional<Wait> find(UUID trackingId) {
        return Optional.ofNullable(waits.get(trackingId));
    }

    @Override
    public void hold(UUID trackingId, String patientNin, Instant since, Instant until, String detail, String stage) {
        waits.putIfAbsent(trackingId, new Wait(trackingId, since, until, false));
        patients.put(trackingId, patientNin);
        waitingNow.put(trackingId, true);
        notes.add(detail);
    }

    @Override
    public List<UUID> release(String patientNin, String detail, String stage) {
        List<UUID> moved = patients.entrySet().stream().filter(e -> e.getValue().equals(patientNin))
                .map(Map.Entry::getKey).filter(id -> waitingNow.get(id)).toList();
        moved.forEach(id -> release(id, detail, stage));
        return moved;
    }

    @Override
    public boolean release(UUID trackingId, String detail, String stage) {
        if (!waitingNow.getOrDefault(trackingId, false)) {
            return false;
        }
        waitingNow.put(trackingId, false);
        notes.add(detail);
        return true;
    }

    @Override
    public List<UUID> expire(Instant now, String stage, int limit) {
        List<UUID> due = waits.values().stream().filter(w -> waitingNow.get(w.trackingId()))
                .filter(w -> !w.until().isAfter(now)).map(Wait::trackingId).limit(limit).toList();
        due.forEach(id -> {
            waits.put(id, new Wait(id, waits.get(id).since(), waits.get(id).until(), true));
            release(id, "ran out", stage);
        });
        return due;
    }

    @Override
    public List<Waiting> waiting(int limit) {
        return patients.entrySet().stream().filter(e -> waitingNow.get(e.getKey()))
                .map(e -> new Waiting(e.getKey(), e.getValue())).limit(limit).toList();
    }
}
