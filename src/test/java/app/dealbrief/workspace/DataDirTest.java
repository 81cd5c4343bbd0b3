package app.dealbrief.workspace;

import app.dealbrief.domain.DealBriefException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DESIGN.md's data folder: --data-dir, else DEALBRIEF_HOME, else the platform's convention. */
class DataDirTest {
    private static final String HOME = "/home/dana";

    @Test
    void theOptionWinsOverTheEnvironment() {
        Map<String, String> env = Map.of("DEALBRIEF_HOME", "/srv/env", "XDG_DATA_HOME", "/xdg");
        assertThat(DataDir.resolve("/srv/option", env, "Linux", HOME)).isEqualTo(Path.of("/srv/option"));
        assertThat(DataDir.resolve(" ", env, "Linux", HOME)).isEqualTo(Path.of("/srv/env"));
        assertThat(DataDir.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/srv/env"));
    }

    @Test
    void aRelativeFolderIsMadeAbsolute() {
        assertThat(DataDir.resolve("rel/../data", Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(DataDir.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/dealbrief"));
        assertThat(DataDir.resolve(null, Map.of(), "Linux", HOME)).isEqualTo(Path.of(HOME, ".local", "share", "dealbrief"));
        assertThat(DataDir.resolve(null, Map.of("XDG_DATA_HOME", ""), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "dealbrief"));
    }

    @Test
    void macAndWindowsUseTheirConventions() {
        assertThat(DataDir.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "DealBrief"));
        assertThat(DataDir.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata", "DealBrief"));
        assertThat(DataDir.resolve(null, Map.of(), "Windows 11", HOME))
                .isEqualTo(Path.of(HOME, "AppData", "Roaming", "DealBrief"));
    }

    @Test
    void aNameThePlatformCannotHoldIsSaidSo() {
        assertThatThrownBy(() -> DataDir.resolve("bad\u0000name", Map.of(), "Linux", HOME))
                .isInstanceOf(DealBriefException.class).hasMessageContaining("--data-dir");
    }

    @Test
    void theGuiArgumentIsReadEitherWay() {
        assertThat(DataDir.fromArgs(List.of("--data-dir=/a"))).isEqualTo("/a");
        assertThat(DataDir.fromArgs(List.of("x", "--data-dir", "/b"))).isEqualTo("/b");
        assertThat(DataDir.fromArgs(List.of("--data-dir"))).isNull();
        assertThat(DataDir.fromArgs(List.of())).isNull();
    }
}
