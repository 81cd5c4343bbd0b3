package app.dealbrief.notes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTest {
    private static final String MEETING = """
            # Oracle capacity sync
            ## Summary
            Oracle confirmed the Abilene build is ahead of plan and asked for a storage design for the second hall.
            They want a single data fabric across OCI regions and expect GB300 racks to arrive in March.
            ## Key Information
            - Abilene phase two is 1.2 GW; power is contracted through 2030.
            - NVIDIA remains primary; AMD MI450 is being evaluated for inference.
            - Budget owner is the OCI infrastructure VP; procurement wants a proposal by December 15.
            - Concern: checkpoint write bursts during training saturate the current tier.
            ## Next Steps
            - Send reference architecture for checkpoint offload.
            - Book a workshop with the OCI storage team.
            """;

    private static final String OTHER_MEETING = """
            # Oracle pricing review
            ## Summary
            Procurement pushed back on per-terabyte pricing and asked for a consumption model tied to GPU hours.
            Finance wants a three-year term with an exit after year one if utilisation stays under 60 percent.
            ## Key Information
            - Competing bid from a hyperscaler storage service is 20 percent cheaper on list price.
            - Legal needs data residency language for the EU regions.
            - The champion is moving teams in January; we need a new sponsor.
            ## Next Steps
            - Draft a consumption pricing option.
            - Ask legal for the residency clause template.
            """;

    @Test
    void sameNoteWithAFewWordsChangedIsNear() {
        String edited = MEETING.replace("ahead of plan", "slightly ahead of plan")
                .replace("December 15", "December 20")
                .replace("\n", "\r\n");
        assertThat(NearDuplicates.near(NearDuplicates.fingerprint(MEETING), NearDuplicates.fingerprint(edited))).isTrue();
    }

    @Test
    void sameNoteWithALineAddedIsNear() {
        String added = MEETING + "- Follow up on the MI450 benchmark results.\n";
        assertThat(NearDuplicates.near(NearDuplicates.fingerprint(MEETING), NearDuplicates.fingerprint(added))).isTrue();
    }

    @Test
    void twoMeetingsOfTheSameAccountAreNotNear() {
        assertThat(NearDuplicates.near(NearDuplicates.fingerprint(MEETING), NearDuplicates.fingerprint(OTHER_MEETING)))
                .isFalse();
    }

    @Test
    void markupAndCaseDoNotChangeTheFingerprint() {
        assertThat(NearDuplicates.fingerprint("**Hello** [[World]]!")).isEqualTo(NearDuplicates.fingerprint("hello world"));
        assertThat(NearDuplicates.fingerprint("")).isEqualTo(NearDuplicates.fingerprint(null));
    }

    /** Fingerprints already in a store must stay comparable: the one-pass version gives the same bits. */
    @Test
    void theOnePassFingerprintEqualsTheFirstOne() {
        java.util.Random r = new java.util.Random(17);
        String[] pieces = {"word", "Word", "GB300", " ", "  ", "\n", "-", "**", "[[Link]]", "İstanbul", "ß", "Straße",
            "日本語", "\uD83D\uDE00", "ǅ", "x", "1.2", "GW", "\t", "é", "Ǆ", "\uD801\uDC00", "e\u0301"};
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "one", "one one", "a b a b a b",
                MEETING, OTHER_MEETING, MEETING.repeat(40)));
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(60); k > 0; k--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertThat(NearDuplicates.fingerprint(t)).as(t).isEqualTo(NearDuplicates.fingerprintByStrings(t));
        }
    }
}
