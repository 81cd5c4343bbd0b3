package app.dealbrief.ui;

import app.dealbrief.ui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what would have been shown; answers choosers with what the test set. */
public final class FakeDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    public final List<Throwable> errors = new ArrayList<>();
    public Path folder;
    public List<Path> files = List.of();
    public Path saveTo;
    /** What the new-note form answers (null: cancelled). */
    public app.dealbrief.domain.NoteDraft draft;
    public boolean confirmAnswer = true;

    @Override
    public void error(String title, Throwable failure) {
        errors.add(failure);
        shown.add("error: " + title + ": " + failure.getMessage());
    }

    @Override
    public void info(String title, String message) {
        shown.add("info: " + title + ": " + message);
    }

    @Override
    public void report(String title, String header, String details) {
        shown.add("report: " + title + ": " + header + "\n" + details);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public List<Path> chooseFiles(String title) {
        return files;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        return Optional.ofNullable(saveTo);
    }

    @Override
    public Optional<app.dealbrief.domain.NoteDraft> newNoteForm(String account) {
        shown.add("form: new note for " + account);
        return Optional.ofNullable(draft);
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        shown.add("confirm: " + title + ": " + message);
        return confirmAnswer;
    }

    /** What the fake user types into a form, by field key (other fields keep their value); null cancels. */
    public java.util.Map<String, String> formAnswer;
    /** The fields of the last form shown. */
    public List<app.dealbrief.ui.common.FormField> lastForm;

    @Override
    public Optional<java.util.Map<String, String>> form(String title, String header, List<app.dealbrief.ui.common.FormField> fields) {
        shown.add("form: " + title);
        lastForm = fields;
        if (formAnswer == null) {
            return Optional.empty();
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        fields.forEach(f -> out.put(f.key(), formAnswer.getOrDefault(f.key(), f.value())));
        return Optional.of(out);
    }

    /** What the fake user types as a passphrase (null: cancelled). */
    public String passphrase;

    @Override
    public Optional<char[]> askPassphrase(String title, String message, boolean newPassphrase) {
        shown.add("passphrase: " + title);
        return Optional.ofNullable(passphrase).map(String::toCharArray);
    }

    /** What the fake user picks in an open-file dialog (null: cancelled). */
    public Path openFile;

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        shown.add("open: " + title);
        return Optional.ofNullable(openFile);
    }
}
