package dicodec.core.policy.rules;

/**
 * What a rule may match besides the object itself: who sent it and to whom (DIMSE AE titles,
 * or what a gRPC or batch caller says). Null when not known.
 */
public record RuleContext(String callingAet, String calledAet) {
    public static final RuleContext NONE = new RuleContext(null, null);
}
