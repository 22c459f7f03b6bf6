package dicodec.core.policy;

/**
 * Service-wide settings of the lossy-safety rules.
 *
 * @param uids how new SOP Instance UIDs are made (default: 2.25 UUID form)
 * @param keepPrimary keep Image Type value 2 PRIMARY on lossy output (default: SECONDARY)
 * @param maxLossyError default largest absolute error per sample a lossy output may have when
 *     verified; 0 means no limit
 */
public record PolicySettings(UidGenerator uids, boolean keepPrimary, int maxLossyError) {
    public static final PolicySettings DEFAULT = new PolicySettings(UidGenerator.uuidBased(), false, 0);
}
