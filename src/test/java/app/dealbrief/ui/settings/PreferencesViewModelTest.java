package app.dealbrief.ui.settings;

import app.dealbrief.domain.UserSettings;
import app.dealbrief.ui.FakeDialogs;
import app.dealbrief.ui.FakeWorkspace;
import app.dealbrief.ui.common.DirectBackground;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesViewModelTest {
    private final FakeWorkspace ws = new FakeWorkspace(Path.of("x"));
    private final FakeDialogs dialogs = new FakeDialogs();
    private int saved;
    private boolean dark;
    private int font = 14;
    private final PreferencesViewModel vm = new PreferencesViewModel(ws, new DirectBackground(), dialogs, () -> saved++,
            new PreferencesViewModel.Display() {
                @Override
                public boolean dark() {
                    return dark;
                }

                @Override
                public void setDark(boolean on) {
                    dark = on;
                }

                @Override
                public int fontSize() {
                    return font;
                }

                @Override
                public void setFontSize(int px) {
                    font = px;
                }
            });

    @Test
    void savesMeAliasesExclusionsAndAccountAliases() {
        dialogs.formAnswer = Map.of("me", "Jordan Reyes", "meAliases", "Jordan, Jordon Reyes", "myCompany", "VAST Data",
                "excluded", "_archive/**, duplicates/**", "aliases", "NVIDIA = NVIDIA Corp, Nvidia Inc; Halvard = Halvard AB",
                "staleDays", "45");
        vm.open();
        UserSettings s = ws.settings();
        assertThat(s.me()).isEqualTo("Jordan Reyes");
        assertThat(s.meAliases()).containsExactly("Jordan", "Jordon Reyes");
        assertThat(s.myCompany()).isEqualTo("VAST Data");
        assertThat(s.excludedFolders()).containsExactly("_archive/**", "duplicates/**");
        assertThat(s.aliases()).containsEntry("NVIDIA", List.of("NVIDIA Corp", "Nvidia Inc")).containsEntry("Halvard", List.of("Halvard AB"));
        assertThat(s.staleDays()).isEqualTo(45);
        assertThat(saved).isEqualTo(1);
        assertThat(dialogs.lastForm).extracting(f -> f.key()).contains("me", "excluded", "aliases");
    }

    @Test
    void themeAndFontSizeAreOfferedAsTheyAreAndSetOnOk() {
        dialogs.formAnswer = Map.of("theme", "Dark", "fontSize", "18");
        vm.open();
        assertThat(dialogs.lastForm).filteredOn(f -> f.key().equals("theme")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Light"));
        assertThat(dialogs.lastForm).filteredOn(f -> f.key().equals("fontSize")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("14"));
        assertThat(dark).isTrue();
        assertThat(font).isEqualTo(18);
    }

    @Test
    void aBadValueIsSaidAndNothingIsSaved() {
        dialogs.formAnswer = Map.of("me", "Jordan", "staleDays", "soon", "aliases", "");
        vm.open();
        assertThat(ws.settings()).isEqualTo(UserSettings.NONE);
        assertThat(dialogs.shown).anyMatch(m -> m.contains("whole number of days"));
        assertThat(saved).isZero();
    }
}
