package no.samport.testfixtures.nhn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The simulated service's state: messages posted by the client (sent) and messages waiting for the client's
 * HER-ids (inbox). A responder plays the receiving EPJ: it may answer each sent business message with an AppRec,
 * which then waits in the sender's inbox as the real service would deliver it. State survives a restart of the
 * simulator's HTTP server, as NHN's does.
 */
public final class NhnMailbox {

    private final Map<UUID, SimulatedMessage> byId = new ConcurrentHashMap<>();
    private final List<SimulatedMessage> sent = new CopyOnWriteArrayList<>();
    private final List<SimulatedMessage> inbox = new CopyOnWriteArrayList<>();
    private final List<String> postedAppRecs = new CopyOnWriteArrayList<>();
    private volatile Function<SimulatedMessage, Optional<byte[]>> responder = message -> Optional.empty();

    /** Sets the receiving EPJ's behaviour: from a sent business message to the AppRec it answers with, if any. */
    public void respondWith(Function<SimulatedMessage, Optional<byte[]>> responder) {
        this.responder = responder;
    }

    SimulatedMessage acceptSent(byte[] document) {
        SimulatedMessage message = new SimulatedMessage(UUID.randomUUID(), document, BusinessDocumentFacts.read(document));
        byId.put(message.id(), message);
        sent.add(message);
        if (!message.facts().appRec()) {
            responder.apply(message).ifPresent(appRec -> {
                SimulatedMessage answer = deliverToInbox(appRec);
                message.recordAppRec(answer.facts().senderHerId(),
                        "1".equals(answer.facts().appRecStatus()) ? "Ok" : "Rejected");
            });
        }
        return message;
    }

    /** Another party sends {@code document} to one of the client's HER-ids; it waits unread in the inbox. */
    public SimulatedMessage deliverToInbox(byte[] document) {
        SimulatedMessage message = new SimulatedMessage(UUID.randomUUID(), document, BusinessDocumentFacts.read(document));
        byId.put(message.id(), message);
        inbox.add(message);
        return message;
    }

    List<SimulatedMessage> unread(Set<Integer> receiverHerIds, int max, boolean descending) {
        Comparator<SimulatedMessage> byGenDate = Comparator.comparing(m -> m.facts().genDate());
        return inbox.stream()
                .filter(m -> !m.isRead() && receiverHerIds.contains(m.facts().receiverHerId()))
                .sorted(descending ? byGenDate.reversed() : byGenDate)
                .limit(max)
                .toList();
    }

    Optional<SimulatedMessage> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    void recordPostedAppRec(UUID messageId, int senderHerId, String status) {
        postedAppRecs.add(messageId + " " + senderHerId + " " + status);
        find(messageId).ifPresent(m -> m.recordAppRec(m.facts().receiverHerId(), status));
    }

    /** Business documents the client posted, in order. */
    public List<SimulatedMessage> sent() {
        return new ArrayList<>(sent);
    }

    /** Messages delivered to the client's HER-ids, read or not. */
    public List<SimulatedMessage> inbox() {
        return new ArrayList<>(inbox);
    }

    /** AppRecs the client posted through {@code POST /Messages/{id}/apprec/{herId}}, as "id herId status". */
    public List<String> postedAppRecs() {
        return new ArrayList<>(postedAppRecs);
    }
}
