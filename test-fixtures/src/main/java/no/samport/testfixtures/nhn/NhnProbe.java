package no.samport.testfixtures.nhn;

import java.util.Arrays;
import java.util.List;
import no.samport.testfixtures.tck.TransportProbe;

/** The TCK's view of the NHN simulator: the inbox is what the adapter receives, sent is what it handed over. */
public final class NhnProbe implements TransportProbe {

    private final NhnSimulator simulator;

    public NhnProbe(NhnSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void offer(byte[] nativeMessage) {
        simulator.mailbox().deliverToInbox(nativeMessage);
    }

    @Override
    public List<byte[]> delivered() {
        return simulator.mailbox().sent().stream().map(SimulatedMessage::businessDocument).toList();
    }

    @Override
    public boolean stillWaiting(byte[] nativeMessage) {
        return simulator.mailbox().inbox().stream()
                .anyMatch(m -> !m.isRead() && Arrays.equals(m.businessDocument(), nativeMessage));
    }

    /** Answers 503 to every request until the test ends. */
    @Override
    public void breakOutbound() {
        simulator.failNext(Integer.MAX_VALUE, 503);
    }

    @Override
    public boolean canBreakOutbound() {
        return true;
    }

    /** Answers the next request with 400, as NHN does for an invalid business document. */
    @Override
    public void refuseOutbound() {
        simulator.failNext(1, 400);
    }

    @Override
    public boolean canRefuseOutbound() {
        return true;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
