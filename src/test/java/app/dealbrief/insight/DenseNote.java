package app.dealbrief.insight;

/** A dense meeting note of our own wording: terms, chips and pitches in one body (bullets and prose). */
final class DenseNote {
    private DenseNote() {
    }

    static final String BODY = """
            ## Summary
            Oracle briefed us on the OpenAI capacity build; the partnership is expanding fast and storage is on the critical path.

            ## Key Information
            - Oracle–OpenAI Stargate expansion (as briefed): Oracle to deliver 4.5 GW of additional capacity; OpenAI commits $300 billion over five years; the contract runs through 2032; no exclusivity for Oracle.
            - GB200 racks are the bulk of the Abilene fleet; GB300 is ramping; Oracle is piloting AMD MI355X.
            - OpenAI may adopt its own Broadcom-built ASIC for inference later.
            - Recommended next steps: position a single data platform across Abilene and the new sites; propose a checkpoint tier sized per gigawatt; offer KV cache offload for inference pods.
            """;
}
