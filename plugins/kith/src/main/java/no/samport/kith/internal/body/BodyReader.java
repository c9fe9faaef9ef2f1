package no.samport.kith.internal.body;

import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.w3c.dom.Element;

/** Reads one body format MsgHead carries (Dialogmelding, Epikrise) into the message bundle. */
public interface BodyReader {

    /** The format id of the body, e.g. {@code dialogmelding-1.1}, for {@code DecodedMessage.format}. */
    String format();

    /**
     * Checks that {@code MsgInfo/Type} fits the body, before schema validation: T10 when the body format does not
     * carry that message type at all, a deviation when only this version does not define it.
     */
    void checkType(String type, Element typeElement, ReadContext context) throws MessageRejectedException;

    /** Reads the body: adds its resources to the bundle and lists them in {@code MessageHeader.focus}. */
    void read(Element body, BodyContext context) throws MessageRejectedException;
}
