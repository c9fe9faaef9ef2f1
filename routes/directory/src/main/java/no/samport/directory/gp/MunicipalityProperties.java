package no.samport.directory.gp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.samport.directory.gp.waiting.OrderCriterion;
import no.samport.directory.gp.waiting.WaitingGroup;
import no.samport.directory.gp.waiting.WaitingListModel;

/** One municipality's GP-list settings: {@code samport.gp-lists.municipalities.<kommunenummer>.*}. */
public class MunicipalityProperties {

    /** The municipality's name, for reports. */
    private String name;

    /** One municipal waiting list with groups ("municipal", Trondheim) or one per GP ("per-gp", Grimstad). */
    private WaitingListModel waitingListModel = WaitingListModel.MUNICIPAL;

    /**
     * The waiting list's ordering rule, most significant key first: "group" (in group-order), "joined-at". No source
     * states a rule; joined-at alone is the default.
     */
    private List<OrderCriterion> orderBy = new ArrayList<>(List.of(OrderCriterion.JOINED_AT));

    /** The order of the municipal list's groups when order-by has "group". */
    private List<WaitingGroup> groupOrder = new ArrayList<>(List.of(WaitingGroup.NO_GP, WaitingGroup.GP_ELSEWHERE,
            WaitingGroup.SWITCH_WITHIN));

    /** How long an offered place is held for the person; then it goes to the next. No source states one. */
    private Duration offerDeadline = Duration.ofDays(14);

    /** HER-id that receives messages for the GP of a patient on a list without any doctor (legeløs liste). */
    private String fallbackHerId;

    /** HER-id of the municipal unit that receives capacity updates and notices of offered places. */
    private String reportToHerId;

    /** Free capacity the municipality aims for, in percent of listed (Trondheim 5 %, Fredrikstad 3–5 %). */
    private Double capacityTargetPercent;

    /** Inhabitants, for the utjamningstilskudd flag (under 5 000 with an average list under 1 200). */
    private Integer inhabitants;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public WaitingListModel getWaitingListModel() {
        return waitingListModel;
    }

    public void setWaitingListModel(WaitingListModel waitingListModel) {
        this.waitingListModel = waitingListModel;
    }

    public List<OrderCriterion> getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(List<OrderCriterion> orderBy) {
        this.orderBy = orderBy;
    }

    public List<WaitingGroup> getGroupOrder() {
        return groupOrder;
    }

    public void setGroupOrder(List<WaitingGroup> groupOrder) {
        this.groupOrder = groupOrder;
    }

    public Duration getOfferDeadline() {
        return offerDeadline;
    }

    public void setOfferDeadline(Duration offerDeadline) {
        this.offerDeadline = offerDeadline;
    }

    public String getFallbackHerId() {
        return fallbackHerId;
    }

    public void setFallbackHerId(String fallbackHerId) {
        this.fallbackHerId = fallbackHerId;
    }

    public String getReportToHerId() {
        return reportToHerId;
    }

    public void setReportToHerId(String reportToHerId) {
        this.reportToHerId = reportToHerId;
    }

    public Double getCapacityTargetPercent() {
        return capacityTargetPercent;
    }

    public void setCapacityTargetPercent(Double capacityTargetPercent) {
        this.capacityTargetPercent = capacityTargetPercent;
    }

    public Integer getInhabitants() {
        return inhabitants;
    }

    public void setInhabitants(Integer inhabitants) {
        this.inhabitants = inhabitants;
    }
}
