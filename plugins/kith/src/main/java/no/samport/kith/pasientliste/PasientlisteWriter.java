package no.samport.kith.pasientliste;

import static no.samport.kith.internal.xml.KithNamespaces.FK1;
import static no.samport.kith.pasientliste.Pasientliste.NAMESPACE;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.samport.kith.internal.xml.KithXmlWriter;

/**
 * Writes a {@link Pasientliste} as HIS 1023:2010 XML (UTF-8), elements in schema order; CS values carry V and DN,
 * never S (trap 3). Personal data goes into the document only.
 */
public final class PasientlisteWriter {

    static final String ID_TYPES = "2.16.578.1.12.4.1.1.8116";

    private PasientlisteWriter() {
    }

    public static byte[] write(Pasientliste list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + list.pasienter().size() * 600);
        write(list, out);
        return out.toByteArray();
    }

    public static void write(Pasientliste list, OutputStream target) {
        KithXmlWriter out = KithXmlWriter.document(target, StandardCharsets.UTF_8);
        out.start(NAMESPACE, "Pasientliste").declare("fk1", FK1);
        out.cs(NAMESPACE, "ListeType", list.listeType(), Pasientliste.WITH_DOCTOR.equals(list.listeType())
                ? "Liste med lege" : "Liste uten lege");
        out.text(NAMESPACE, "GjelderManed", String.valueOf(list.month().getMonthValue()));
        out.text(NAMESPACE, "ListeFOMDato", list.month().atDay(1).toString());
        out.text(NAMESPACE, "ListeTOMDato", list.month().atEndOfMonth().toString());
        out.text(NAMESPACE, "FnrLege", list.fnrLege());
        out.text(NAMESPACE, "ListeNr", list.listeNr());
        out.text(NAMESPACE, "LegeNavn", list.legeNavn());
        out.cs(NAMESPACE, "Kommune", list.kommune(), list.kommuneNavn());
        out.text(NAMESPACE, "Antall", String.valueOf(list.antall()));
        out.cs(NAMESPACE, "Format", list.format(), Pasientliste.STRUCTURED.equals(list.format())
                ? "PasientInformasjon" : null);
        out.start(NAMESPACE, "Pasienter");
        for (Pasientliste.Pasient pasient : list.pasienter()) {
            pasient(out, pasient);
        }
        out.end().end().finish();
    }

    private static void pasient(KithXmlWriter out, Pasientliste.Pasient pasient) {
        out.start(NAMESPACE, "Pasient");
        out.text(NAMESPACE, "PasientFOMDato", date(pasient.fom()));
        out.text(NAMESPACE, "PasientTOMDato", date(pasient.tom()));
        out.cs(NAMESPACE, "Endringskode", pasient.endringskode(), null);
        out.cs(NAMESPACE, "Avgangsarsak", pasient.avgangsarsak(), null);
        out.text(NAMESPACE, "NAVkontor", pasient.navKontor() == null ? "" : pasient.navKontor());
        out.text(NAMESPACE, "FnrHovedperson", pasient.fnrHovedperson());
        Pasientliste.Person person = pasient.person();
        out.start(NAMESPACE, "Person");
        out.text(FK1, "FamilyName", person.familyName());
        out.text(FK1, "MiddleName", person.middleName());
        out.text(FK1, "GivenName", person.givenName());
        out.text(FK1, "DateOfBirth", date(person.dateOfBirth()));
        out.cs(FK1, "Sex", person.sex(), sexName(person.sex()));
        if (person.nin() != null) {
            out.start(FK1, "Ident").text(FK1, "Id", person.nin())
                    .cv(FK1, "TypeId", person.ninType(), ID_TYPES, "DNR".equals(person.ninType()) ? "D-nummer"
                            : "Fødselsnummer", null)
                    .end();
        }
        out.end().end();
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String sexName(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "1" -> "Mann";
            case "2" -> "Kvinne";
            case "0" -> "Ikke kjent";
            default -> "Ikke spesifisert";
        };
    }
}
