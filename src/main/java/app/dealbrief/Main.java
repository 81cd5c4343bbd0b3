package app.dealbrief;

/** Launcher: no arguments opens the GUI, a subcommand runs the CLI. Does not extend Application. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("DealBrief");
    }
}
