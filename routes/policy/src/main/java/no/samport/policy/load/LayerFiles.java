package no.samport.policy.load;

import java.util.List;
import no.samport.policy.rule.Layer;
import no.samport.policy.rule.RuleSet;

/**
 * The versions of one layer's rule set as read from one configured location (e.g. every version of a municipality's
 * rule set, one file each).
 *
 * @param ruleSet  the rule set's id
 * @param layer    its layer
 * @param versions its versions, in the order read
 */
public record LayerFiles(String ruleSet, Layer layer, List<RuleSet> versions) {
}
