package no.samport.policy.rule;

/**
 * How binding a rule is, from the Norwegian verb of its source (TASK-SHARING.md): "skal"/"må" MUST, "bør",
 * "anbefales", "tilrådes" SHOULD, "kan" MAY, "er et mål" TARGET.
 */
public enum Modality {
    MUST,
    SHOULD,
    MAY,
    TARGET
}
