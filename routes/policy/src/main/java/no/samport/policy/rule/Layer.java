package no.samport.policy.rule;

/** Where a rule set sits: national defaults, a health region (or OSO area), a municipality or intermunicipal service. */
public enum Layer implements Keyed {
    NATIONAL("national"),
    REGION("region"),
    MUNICIPALITY("municipality");

    private final String key;

    Layer(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
