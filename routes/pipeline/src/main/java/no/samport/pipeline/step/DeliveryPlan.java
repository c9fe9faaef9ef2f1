package no.samport.pipeline.step;

import no.samport.pipeline.DeliveryKind;

/**
 * What to hand to an endpoint's transport: the bytes and a file-system-safe name; or nothing.
 *
 * @param payload the bytes to send, or null to send nothing
 * @param name    a name for the transport (file name for folders)
 * @param kind    a message or a notice
 */
public record DeliveryPlan(byte[] payload, String name, DeliveryKind kind) {

    public static DeliveryPlan nothing() {
        return new DeliveryPlan(null, null, null);
    }

    public boolean sends() {
        return payload != null;
    }
}
