package app.dealbrief.cli;

import app.dealbrief.domain.SearchHit;
import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", description = "Full-text search over every note.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "Words, \"phrases\", prefix*, account:, tag:, type:, person:, after:, before:, -word")
    List<String> query;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Option(names = "--limit", defaultValue = "20", description = "Most results (default ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace w = store.open()) {
            List<SearchHit> hits = w.search(String.join(" ", query), Math.max(1, limit));
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(hits.stream().map(Json::hit).toList()));
            } else if (hits.isEmpty()) {
                out.println("No notes match.");
            } else {
                for (SearchHit h : hits) {
                    out.printf("%6.2f  %s  %s  %s%n        %s%n", h.score(), h.account(),
                            h.date() == null ? "undated" : h.date(), h.title(), h.snippet());
                }
            }
            return Cli.OK;
        }
    }
}
