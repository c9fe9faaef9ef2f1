package no.samport.policy.fhirpath;

import java.util.Set;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;

/** Checks the literal arguments of {@code hasRole('...')} and {@code isTask('...')} against the vocabulary. */
final class VocabularyCheck {

    private VocabularyCheck() {
    }

    static void check(ExpressionNode node, CheckContext context) throws ExpressionException {
        if (node == null) {
            return;
        }
        if (node.getKind() == ExpressionNode.Kind.Function && node.getFunction() == ExpressionNode.Function.Custom) {
            checkArgument(node, PolicyHostServices.HAS_ROLE, context.roles(), "role");
            checkArgument(node, PolicyHostServices.IS_TASK, context.tasks(), "task kind");
        }
        if (node.getParameters() != null) {
            for (ExpressionNode parameter : node.getParameters()) {
                check(parameter, context);
            }
        }
        check(node.getInner(), context);
        check(node.getGroup(), context);
        check(node.getOpNext(), context);
    }

    private static void checkArgument(ExpressionNode node, String function, Set<String> known, String what)
            throws ExpressionException {
        if (!function.equals(node.getName())) {
            return;
        }
        ExpressionNode argument = node.getParameters() == null || node.getParameters().isEmpty() ? null : node.getParameters().get(0);
        if (argument == null || argument.getKind() != ExpressionNode.Kind.Constant || argument.getConstant() == null) {
            throw new ExpressionException(function + "() takes one " + what + " id in quotes, e.g. "
                    + function + "('" + known.stream().findFirst().orElse("...") + "')");
        }
        String id = argument.getConstant().primitiveValue();
        if (!known.contains(id)) {
            throw new ExpressionException("unknown " + what + " '" + id + "' in " + function + "(); known: "
                    + String.join(", ", new java.util.TreeSet<>(known)));
        }
    }
}
