package no.samport.directory.gp.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.change.Fingerprints;
import no.samport.directory.gp.change.GpChange;
import no.samport.directory.gp.fhir.InvalidGpDataException;
import no.samport.directory.gp.service.GpTime;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingGroup;
import no.samport.directory.gp.waiting.WaitingStatus;
import no.samport.plugin.api.ident.Fodselsnummer;

/**
 * Samport's waiting-list CSV (docs/mapping/gp-lists.md, "Waiting-list CSV"): UTF-8, ';'-separated, a header line
 * naming the columns in any order. Required: {@code entry_id}, {@code fodselsnummer}, {@code joined_at}, and
 * {@code municipality} or {@code contract_id}. Optional: {@code action} (add, withdraw), {@code group}, {@code
 * family_name}, {@code given_name}, {@code birth_date}, {@code home_municipality}, {@code recorded_at}.
 */
public final class WaitingListCsv {

    static final List<String> REQUIRED = List.of("entry_id", "fodselsnummer", "joined_at");

    private final Map<String, Integer> columns = new HashMap<>();
    private final String source;
    private final Function<String, Optional<String>> municipalityOfContract;

    /** @param header the first line of the file */
    public WaitingListCsv(String header, String source, Function<String, Optional<String>> municipalityOfContract) {
        List<String> names = CsvLines.split(header.startsWith("\uFEFF") ? header.substring(1) : header);
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).toLowerCase(java.util.Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(required -> !columns.containsKey(required)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidGpDataException("line 1: the header has no column " + missing + " (it names " + names
                    + ")");
        }
        if (!columns.containsKey("municipality") && !columns.containsKey("contract_id")) {
            throw new InvalidGpDataException("line 1: the header needs a column 'municipality' or 'contract_id'");
        }
        this.source = source;
        this.municipalityOfContract = municipalityOfContract;
    }

    /** The change one data line describes; {@code lineNumber} counts from 1 for the header. */
    public ChangeEnvelope read(String line, int lineNumber) {
        String at = "line " + lineNumber;
        List<String> fields;
        try {
            fields = CsvLines.split(line);
        } catch (IllegalArgumentException e) {
            throw new InvalidGpDataException(at + ": " + e.getMessage());
        }
        String entryId = required(fields, "entry_id", at);
        String action = field(fields, "action").orElse("add").toLowerCase(java.util.Locale.ROOT);
        Instant joined = instant(required(fields, "joined_at", at), at + ", joined_at");
        Instant recorded = field(fields, "recorded_at").map(v -> instant(v, at + ", recorded_at")).orElse(joined);
        Provenance provenance = new Provenance(source, recorded);
        GpChange change = switch (action) {
            case "add" -> new GpChange.WaitingAdded(entry(fields, entryId, joined, provenance, at));
            case "withdraw" -> new GpChange.WaitingWithdrawn(null, entryId);
            default -> throw new InvalidGpDataException(at + ": action '" + action + "' is not add or withdraw");
        };
        return new ChangeEnvelope(entryId + ":" + action, provenance, Fingerprints.of(change, provenance), change);
    }

    private WaitingEntry entry(List<String> fields, String entryId, Instant joined, Provenance provenance, String at) {
        String nin = required(fields, "fodselsnummer", at);
        if (!Fodselsnummer.hasValidCheckDigits(nin)) {
            throw new InvalidGpDataException(at + ", fodselsnummer: not 11 digits with valid check digits");
        }
        Optional<String> contract = field(fields, "contract_id");
        String municipality = contract.isPresent()
                ? municipalityOfContract.apply(contract.get()).orElseThrow(() -> new InvalidGpDataException(at
                + ", contract_id: contract " + contract.get() + " is not known to Samport"))
                : required(fields, "municipality", at);
        WaitingGroup group = field(fields, "group").map(code -> WaitingGroup.fromCode(code).orElseThrow(() ->
                new InvalidGpDataException(at + ", group: '" + code + "' is not no-gp, gp-elsewhere or switch-within")))
                .orElse(null);
        LocalDate birth = field(fields, "birth_date").map(v -> date(v, at + ", birth_date")).orElse(null);
        ListedPatient patient = new ListedPatient(nin, field(fields, "family_name").orElse(null),
                field(fields, "given_name").orElse(null), birth, null, field(fields, "home_municipality").orElse(null));
        return new WaitingEntry(UUID.randomUUID(), entryId, patient, municipality, contract.orElse(null), group, joined,
                WaitingStatus.WAITING, null, null, provenance);
    }

    private Optional<String> field(List<String> fields, String name) {
        Integer index = columns.get(name);
        return index == null || index >= fields.size() || fields.get(index).isEmpty() ? Optional.empty()
                : Optional.of(fields.get(index));
    }

    private String required(List<String> fields, String name, String at) {
        return field(fields, name).orElseThrow(() -> new InvalidGpDataException(at + ": " + name + " is empty"));
    }

    private static Instant instant(String value, String at) {
        try {
            return value.contains("T") ? OffsetDateTime.parse(value).toInstant()
                    : LocalDate.parse(value).atStartOfDay(GpTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidGpDataException(at + ": '" + value + "' is not a date (2024-01-31) or a date-time with "
                    + "offset (2024-01-31T08:15:00+01:00)");
        }
    }

    private static LocalDate date(String value, String at) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidGpDataException(at + ": not a date (yyyy-mm-dd)");
        }
    }
}
