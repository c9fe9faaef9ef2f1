package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.BASE64;
import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.List;
import no.samport.kith.internal.body.BodyReader;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.w3c.dom.Element;

/**
 * Finds the body of a MsgHead (first {@code Document/RefDoc/Content}) and its reader by namespace; the further
 * Documents are attachments. Anything Samport does not read is a T10 (trap 2), found before schema validation so it
 * is not reported as a schema error.
 */
final class BodyLocator {

    /** The located body. */
    record Body(Element element, BodyReader reader, Element refDoc, List<Element> attachments) {
    }

    private BodyLocator() {
    }

    static Body locate(Element msgHead, Element typeElement, String type, ReadContext context)
            throws MessageRejectedException {
        List<Element> documents = context.all(msgHead, MSGHEAD, "Document");
        if (documents.isEmpty()) {
            if (context.child(msgHead, MSGHEAD, "PatientReport") != null) {
                throw unsupported("MsgHead with PatientReport (register reporting) is not supported", msgHead);
            }
            throw context.invalid(msgHead, "Document is missing");
        }
        Element refDoc = context.required(documents.get(0), MSGHEAD, "RefDoc");
        Element content = context.child(refDoc, MSGHEAD, "Content");
        if (content == null) {
            if (context.child(refDoc, MSGHEAD, "FileReference") != null) {
                throw unsupported("A message body given by FileReference is not supported", refDoc);
            }
            throw context.invalid(refDoc, "RefDoc has no Content");
        }
        List<Element> bodies = Dom.children(content);
        if (bodies.isEmpty()) {
            throw context.invalid(content, "Content is empty");
        }
        Element body = bodies.get(0);
        context.recognize(body);
        BodyReader reader = MsgHeadBodies.reader(body).orElseThrow(() -> unsupported("The body {"
                + body.getNamespaceURI() + "}" + Dom.localName(body) + " is not a format Samport reads ("
                + MsgHeadBodies.DESCRIPTION + ")", body));
        reader.checkType(type, typeElement, context);
        List<Element> attachments = documents.subList(1, documents.size());
        for (Element document : attachments) {
            checkAttachmentContent(document, context);
        }
        return new Body(body, reader, refDoc, attachments);
    }

    private static void checkAttachmentContent(Element document, ReadContext context) throws MessageRejectedException {
        Element refDoc = context.child(document, MSGHEAD, "RefDoc");
        Element content = refDoc == null ? null : context.child(refDoc, MSGHEAD, "Content");
        for (Element child : content == null ? List.<Element>of() : Dom.children(content)) {
            if (!BASE64.equals(child.getNamespaceURI())) {
                throw unsupported("An attachment holds {" + child.getNamespaceURI() + "}" + Dom.localName(child)
                        + "; Samport reads attachments as Base64Container or FileReference", child);
            }
        }
    }

    private static MessageRejectedException unsupported(String what, Element where) {
        return new MessageRejectedException(AppRecError.T10, what + " (at " + Dom.where(where) + ")");
    }
}
