package dicodec.core.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.LossyPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kodak-style rules (dicom-rules REQ-ROUTE-1..5) on real files. */
class CompressionRulesTest {
    private static final String CT = "pylibjpeg-data/LittleEndianExplicit/CT_small.dcm";
    private static final String US = "pydicom-data/US1_UNCR.dcm";
    private static final String MR = "pylibjpeg-data/LittleEndianExplicit/MR_small.dcm";

    private CompressionRules example;

    @BeforeEach
    void setUp() throws IOException {
        SharedTestdata.assumePresent();
        Path root = Path.of(System.getProperty("dicodec.repo.root", ".."));
        example = CompressionRules.load(root.resolve("config/rules-example.yaml"));
    }

    private static DicomObject read(String file) throws IOException {
        return DicomReader.read(SharedTestdata.dir().resolve(file));
    }

    private static CompressionRules rules(String yaml) {
        return RulesYaml.parse(new StringReader(yaml), "test.yaml");
    }

    @Test
    void exampleRules_ctIsLossless_andKeepsNoLossyPolicy() throws IOException {
        try (DicomObject ct = read(CT)) {
            ct.dataset().put(DicomElement.ofString(Tag.MODALITY, VR.CS, "CT"));
            RuleOutcome o = example.decide(ct, RuleContext.NONE);
            assertEquals("ct-lossless", o.ruleId());
            assertEquals(TransferSyntaxes.JPEG_LOSSLESS_SV1, o.target());
            assertEquals(LossyPolicy.FALLBACK_TO_LOSSLESS, o.policy());
        }
    }

    @Test
    void exampleRules_usIsLossyWithItsQuality() throws IOException {
        try (DicomObject us = read(US)) {
            RuleOutcome o = example.decide(us, RuleContext.NONE);
            assertEquals("us-lossy", o.ruleId());
            assertEquals(TransferSyntaxes.JPEG_BASELINE, o.target());
            assertEquals(LossyPolicy.ALLOW, o.policy());
            assertEquals(90, o.encode().quality());
        }
    }

    @Test
    void route2_anySemantics_firesOnTheAeAlone_allSemanticsNeedsBoth() throws IOException {
        CompressionRules any = rules("rules:\n  - id: r\n    calling_aet: [MODALITY1]\n    modality: {ne: [CT]}\n");
        try (DicomObject ct = read(CT)) {
            ct.dataset().put(DicomElement.ofString(Tag.MODALITY, VR.CS, "CT"));
            assertEquals("r", any.decide(ct, new RuleContext("MODALITY1", null)).ruleId());
            assertNull(any.decide(ct, new RuleContext("OTHER", null)).ruleId());
            // the example's rule says match: all, so a CT from MODALITY1 does not fire it
            CompressionRules all = rules("rules:\n  - id: r\n    match: all\n    calling_aet: [MODALITY1]\n"
                    + "    modality: {ne: [CT]}\n");
            assertNull(all.decide(ct, new RuleContext("MODALITY1", null)).ruleId());
        }
        try (DicomObject mr = read(MR)) {
            assertEquals("modality1-not-ct", example.decide(mr, new RuleContext("MODALITY1", null)).ruleId());
        }
    }

    @Test
    void route3_ruleWithoutMode_isLosslessWithTheDefaultSyntax() throws IOException {
        CompressionRules r = rules("default_lossless: rle\nrules:\n  - id: mr\n    modality: {eq: [MR]}\n");
        try (DicomObject mr = read(MR)) {
            RuleOutcome o = r.decide(mr, RuleContext.NONE);
            assertEquals(TransferSyntaxes.RLE, o.target());
            assertEquals(LossyPolicy.FALLBACK_TO_LOSSLESS, o.policy());
        }
    }

    @Test
    void route4_noRule_decompressesLosslessLeavesNativeAndPassesLossy() throws IOException {
        CompressionRules none = rules("rules: []\n");
        try (DicomObject j70 = read("pylibjpeg-data/JPEGLosslessSV1/RG2_JPLL.dcm")) {
            assertEquals(TransferSyntaxes.EXPLICIT_VR_LE, none.decide(j70, RuleContext.NONE).target());
        }
        try (DicomObject nat = read("debian-python3-pydicom/MR_small_bigendian.dcm")) {
            assertEquals(TransferSyntaxes.EXPLICIT_VR_BE, none.decide(nat, RuleContext.NONE).target());
        }
        try (DicomObject lossy = read("pylibjpeg-data/JPEGBaseline/JPEGBaseline_1s_1f_u_08_08.dcm")) {
            RuleOutcome o = none.decide(lossy, RuleContext.NONE);
            assertEquals(TransferSyntaxes.JPEG_BASELINE, o.target());
            assertTrue(o.reasons().get(0).contains("passes through"));
        }
    }

    @Test
    void lossyRuleOnOnceLossySource_neverAllowsLossyAgain() throws IOException {
        try (DicomObject us = read(US)) {
            us.dataset().put(DicomElement.ofString(Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, "01"));
            RuleOutcome o = example.decide(us, RuleContext.NONE);
            assertEquals("us-lossy", o.ruleId());
            assertEquals(LossyPolicy.FALLBACK_TO_LOSSLESS, o.policy());
            assertTrue(o.reasons().stream().anyMatch(r -> r.startsWith("SOURCE_LOSSY")), o.reasons().toString());
        }
    }

    @Test
    void route5_lossyRuleOnPaletteColour_becomesLossless() throws IOException {
        CompressionRules r = rules("rules:\n  - id: all-lossy\n    modality: {missing: true}\n    photometric: [PALETTE COLOR]\n"
                + "    mode: lossy\n    target: jpeg-baseline\n");
        try (DicomObject pal = read("pydicom-data/OBXXXX1A.dcm")) {
            RuleOutcome o = r.decide(pal, RuleContext.NONE);
            assertEquals(TransferSyntaxes.JPEG_LOSSLESS_SV1, o.target());
            assertTrue(o.reasons().stream().anyMatch(s -> s.contains("PALETTE_COLOR")), o.reasons().toString());
        }
    }

    @Test
    void parse_unknownKeyOrLossyTargetWithoutMode_failsNamingIt() {
        DicodecException e = assertThrows(DicodecException.class,
                () -> rules("rules:\n  - id: x\n    modalty: {eq: [CT]}\n"));
        assertTrue(e.getMessage().contains("unknown key 'modalty'"), e.getMessage());
        e = assertThrows(DicodecException.class, () -> rules("rules:\n  - id: x\n    modality: {eq: [CT]}\n"
                + "    target: jpeg-baseline\n"));
        assertTrue(e.getMessage().contains("no 'mode: lossy'"), e.getMessage());
    }
}
