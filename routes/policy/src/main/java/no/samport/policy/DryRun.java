package no.samport.policy;

import java.util.List;

/**
 * What the rules would do with a message, without sending anything.
 *
 * @param decision        the decision with every layer in force (or the versions asked for)
 * @param nationalOnly    the decision with the national rules alone, when a comparison was asked for, else null
 * @param differences     what the local layers change, when compared (one line each)
 */
public record DryRun(Decision decision, Decision nationalOnly, List<String> differences) {
}
