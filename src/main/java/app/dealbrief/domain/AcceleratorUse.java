package app.dealbrief.domain;

import java.time.LocalDate;

/**
 * A statement of an account's use of one accelerator line.
 *
 * @param vendor   company that designs the chip (NVIDIA, AMD, Google, OpenAI, ...)
 * @param family   the line (GPU, GB300, MI450, TPU, MAIA, ASIC, ...)
 * @param evidence the clause that says so
 * @param supportCount how many notes state it
 */
public record AcceleratorUse(String vendor, String family, AcceleratorRole role, String evidence,
                             String noteId, LocalDate noteDate, int supportCount) {
}
