package no.samport.gateway.gplists;

import no.samport.directory.gp.distribution.CapacityDistribution;
import no.samport.directory.gp.distribution.ListDistribution;
import no.samport.directory.gp.distribution.RecruitmentReviews;
import no.samport.directory.gp.service.WaitingListActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One distribution pass: expired offers pass to the next in line, free places are offered where people wait, then
 * list changes and full lists go to the GP offices and capacity figures to the municipalities, and municipalities
 * hear of recruitment reviews that are due (GL-07). A failing step does not hold back the others.
 */
public final class DistributionRunner {

    private static final Logger log = LoggerFactory.getLogger(DistributionRunner.class);

    private final WaitingListActions waitingList;
    private final ListDistribution lists;
    private final CapacityDistribution capacity;
    private final RecruitmentReviews reviews;

    public DistributionRunner(WaitingListActions waitingList, ListDistribution lists, CapacityDistribution capacity,
                              RecruitmentReviews reviews) {
        this.waitingList = waitingList;
        this.lists = lists;
        this.capacity = capacity;
        this.reviews = reviews;
    }

    public void run() {
        step("expire offers", waitingList::expireOffers);
        step("offer free places", waitingList::offerEverywhere);
        step("distribute lists", lists::distributeLists);
        step("distribute capacity", capacity::distribute);
        step("recruitment reviews", reviews::check);
    }

    private static void step(String name, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // a database error may quote the data it choked on: only the kind of error is logged
            log.warn("GP-list distribution: {} failed ({}); it is tried again at the next pass", name,
                    e.getClass().getSimpleName());
        }
    }
}
