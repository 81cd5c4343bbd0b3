package app.dealbrief.sheet;

import app.dealbrief.domain.AcceleratorRole;

/** The sheet's palette. Role colours step down in lightness so they still read when printed grey. */
final class Ink {
    record Rgb(int r, int g, int b) {
        static Rgb hex(int v) {
            return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
        }
    }

    static final Rgb TEXT = Rgb.hex(0x1B2430);
    static final Rgb MUTED = Rgb.hex(0x5E6A78);
    static final Rgb FAINT = Rgb.hex(0x8A94A3);
    static final Rgb ACCENT = Rgb.hex(0x1F4E79);
    static final Rgb RULE = Rgb.hex(0xD3D9E0);
    static final Rgb SHADE = Rgb.hex(0xF1F4F7);
    static final Rgb ALERT = Rgb.hex(0xB3261E);
    static final Rgb WHITE = Rgb.hex(0xFFFFFF);

    private Ink() {
    }

    static Rgb role(AcceleratorRole role) {
        return switch (role) {
            case PRIMARY -> Rgb.hex(0x12355B);    // darkest: the one that matters
            case SECONDARY -> Rgb.hex(0x2C6AA0);
            case RAMPING -> Rgb.hex(0x2E8C7C);
            case EVALUATING -> Rgb.hex(0x6AA6CC);
            case LAGGING -> Rgb.hex(0xEDCB86);
            case POSSIBLE -> Rgb.hex(0xEEF0F3);   // near-white, drawn with a dashed outline
            case MENTIONED -> Rgb.hex(0xFFFFFF);  // outline only
        };
    }

    /** Bar length by role, so the strength also reads without colour. */
    static float roleStrength(AcceleratorRole role) {
        return switch (role) {
            case PRIMARY -> 1.0f;
            case SECONDARY -> 0.78f;
            case RAMPING -> 0.64f;
            case EVALUATING -> 0.5f;
            case LAGGING -> 0.38f;
            case POSSIBLE -> 0.26f;
            case MENTIONED -> 0.14f;
        };
    }

    static boolean outlined(AcceleratorRole role) {
        return role == AcceleratorRole.POSSIBLE || role == AcceleratorRole.MENTIONED;
    }
}
