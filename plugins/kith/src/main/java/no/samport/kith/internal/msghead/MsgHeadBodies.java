package no.samport.kith.internal.msghead;

import java.util.Optional;
import no.samport.kith.internal.body.BodyReader;
import no.samport.kith.internal.dialog.DialogBodyReader;
import no.samport.kith.internal.dialog.DialogmeldingVersion;
import no.samport.kith.internal.epikrise.EpikriseBodyReader;
import no.samport.kith.internal.epikrise.EpikriseVersion;
import no.samport.kith.internal.xml.Dom;
import org.w3c.dom.Element;

/** The body formats MsgHead carries in Samport, told apart by namespace and root element. */
final class MsgHeadBodies {

    static final String DESCRIPTION = "Dialogmelding 1.0 or 1.1, Epikrise 1.2 or 1.1";

    private MsgHeadBodies() {
    }

    static Optional<BodyReader> reader(Element body) {
        String name = Dom.localName(body);
        if ("Dialogmelding".equals(name)) {
            return DialogmeldingVersion.byNamespace(body.getNamespaceURI()).map(DialogBodyReader::new);
        }
        if ("Message".equals(name)) {
            return EpikriseVersion.byNamespace(body.getNamespaceURI()).map(EpikriseBodyReader::new);
        }
        return Optional.empty();
    }
}
