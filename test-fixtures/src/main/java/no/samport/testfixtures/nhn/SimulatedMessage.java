package no.samport.testfixtures.nhn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One message at the simulated NHN message service: its id there, the business document and what was read from it,
 * whether its receiver has marked it read, and the AppRecs known for it (by receiver HER-id).
 */
public final class SimulatedMessage {

    private final UUID id;
    private final byte[] businessDocument;
    private final BusinessDocumentFacts facts;
    private final Map<Integer, String> appRecStatusByReceiver = new LinkedHashMap<>();
    private volatile boolean read;

    SimulatedMessage(UUID id, byte[] businessDocument, BusinessDocumentFacts facts) {
        this.id = id;
        this.businessDocument = businessDocument.clone();
        this.facts = facts;
    }

    public UUID id() {
        return id;
    }

    public byte[] businessDocument() {
        return businessDocument.clone();
    }

    public BusinessDocumentFacts facts() {
        return facts;
    }

    public boolean isRead() {
        return read;
    }

    void markRead() {
        read = true;
    }

    synchronized void recordAppRec(int receiverHerId, String status) {
        appRecStatusByReceiver.put(receiverHerId, status);
    }

    /** The API's AppRecStatus name ({@code Ok}, {@code Rejected}) from the receiver, or null while none came. */
    public synchronized String appRecStatus(int receiverHerId) {
        return appRecStatusByReceiver.get(receiverHerId);
    }
}
