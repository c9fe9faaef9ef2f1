package no.samport.adapter.nhn;

import java.util.List;

/**
 * What NHN knows about a sent message for one receiver: {@code GET /Messages/{id}/status} and {@code .../apprec}.
 *
 * @param receiverHerId          the receiver or copy receiver
 * @param transportDeliveryState {@code Unconfirmed}, {@code Acknowledged} or {@code Rejected}; null from /apprec
 * @param appRecStatus           {@code Ok}, {@code Rejected}, {@code OkErrorInMessagePart}; null until an AppRec came
 * @param appRecErrors           the receipt's 8221 error codes, if any
 */
public record DeliveryStatus(int receiverHerId, String transportDeliveryState, String appRecStatus,
                             List<String> appRecErrors) {
}
