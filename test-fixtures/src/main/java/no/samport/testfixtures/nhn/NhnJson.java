package no.samport.testfixtures.nhn;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of MSH API v2 (Message, StatusInfo, ApprecInfo) for the simulator's answers. */
final class NhnJson {

    private NhnJson() {
    }

    static Map<String, Object> message(SimulatedMessage message, boolean metadata) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", message.id().toString());
        json.put("contentType", "application/xml");
        json.put("receiverHerId", message.facts().receiverHerId());
        if (metadata) {
            json.put("senderHerId", message.facts().senderHerId());
            json.put("businessDocumentId", message.facts().msgId());
            json.put("businessDocumentGenDate", message.facts().genDate());
            json.put("isAppRec", message.facts().appRec());
        }
        return json;
    }

    static Map<String, Object> status(SimulatedMessage message) {
        int receiver = message.facts().receiverHerId();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("receiverHerId", receiver);
        json.put("transportDeliveryState", "Acknowledged");
        json.put("appRecStatus", message.appRecStatus(receiver));
        return json;
    }

    static Map<String, Object> appRecInfo(SimulatedMessage message) {
        int receiver = message.facts().receiverHerId();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("receiverHerId", receiver);
        json.put("appRecStatus", message.appRecStatus(receiver));
        json.put("appRecErrorList", null);
        return json;
    }
}
