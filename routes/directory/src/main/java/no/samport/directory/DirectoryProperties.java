package no.samport.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Communication parties from configuration: {@code samport.directory.*}. */
@ConfigurationProperties("samport.directory")
public class DirectoryProperties {

    /** The communication parties Samport can deliver to, each a HER-id served by one endpoint. */
    private List<Party> parties = new ArrayList<>();

    /**
     * Direct phone numbers to GP offices that the PKO (praksiskonsulentordningen) keeps in some hospital areas, per
     * hospital area id: HER-id of the office or GP -> phone number. Used when a party has no urgent-phone.
     */
    private Map<String, Map<String, String>> pkoContacts = new LinkedHashMap<>();

    public Map<String, Map<String, String>> getPkoContacts() {
        return pkoContacts;
    }

    public void setPkoContacts(Map<String, Map<String, String>> pkoContacts) {
        this.pkoContacts = pkoContacts;
    }

    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties;
    }

    /** One communication party. */
    public static class Party {

        /** The HER-id messages are addressed to (organisation, department, service or person). */
        private String herId;

        /** The party's name, as in Adresseregisteret. */
        private String name;

        /** The id of the endpoint (under samport.endpoints) that serves this party. */
        private String endpoint;

        /** 8279 message types the party takes; empty means every type. */
        private Set<String> messageTypes = new LinkedHashSet<>();

        /** Format ids the party reads, e.g. dialogmelding-1.0, apprec-1.0; empty means the codec's default. */
        private Set<String> formats = new LinkedHashSet<>();

        /** The "Hvis det haster" phone number the party publishes in Adresseregisteret; empty when it has none. */
        private String urgentPhone;

        /** The hospital area (a key of samport.directory.pko-contacts) the party belongs to; empty when unknown. */
        private String hospitalArea;

        public String getUrgentPhone() {
            return urgentPhone;
        }

        public void setUrgentPhone(String urgentPhone) {
            this.urgentPhone = urgentPhone;
        }

        public String getHospitalArea() {
            return hospitalArea;
        }

        public void setHospitalArea(String hospitalArea) {
            this.hospitalArea = hospitalArea;
        }

        public String getHerId() {
            return herId;
        }

        public void setHerId(String herId) {
            this.herId = herId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public Set<String> getMessageTypes() {
            return messageTypes;
        }

        public void setMessageTypes(Set<String> messageTypes) {
            this.messageTypes = messageTypes;
        }

        public Set<String> getFormats() {
            return formats;
        }

        public void setFormats(Set<String> formats) {
            this.formats = formats;
        }

        CommunicationParty toParty(int index) {
            if (herId == null || herId.isBlank() || !herId.strip().chars().allMatch(Character::isDigit)) {
                throw new IllegalStateException("samport.directory.parties[" + index + "].her-id must be a HER-id (digits), got '"
                        + herId + "'");
            }
            if (endpoint == null || endpoint.isBlank()) {
                throw new IllegalStateException("samport.directory.parties[" + index + "] (HER-id " + herId
                        + ") names no endpoint: set its 'endpoint' to one of samport.endpoints");
            }
            return new CommunicationParty(herId.strip(), name, endpoint.strip(), messageTypes, formats,
                    blankToNull(urgentPhone), blankToNull(hospitalArea));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The parties as directory entries; fails with the index of the first invalid entry. */
    public List<CommunicationParty> toParties() {
        List<CommunicationParty> result = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            result.add(parties.get(i).toParty(i));
        }
        return result;
    }
}
