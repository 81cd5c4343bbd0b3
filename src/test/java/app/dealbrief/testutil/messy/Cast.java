package app.dealbrief.testutil.messy;

import java.util.ArrayList;
import java.util.List;

/** The accounts, their people, the vault owner and the owner's colleagues. Every name here is invented except the companies. */
final class Cast {
    static final String ME = "Jordan Reyes";
    static final List<String> ME_ALIASES = List.of("Myself", "Jordan", "Jordon Reyes");
    static final String OWN_COMPANY = "VAST Data";

    /**
     * @param folder   path of the account's folder, or null when the account has none
     * @param hub      file name of the hub note in the folder (or in {@code Companies/}), null for none
     * @param aliases  other spellings the vault uses for it (front matter, folder names, prose)
     * @param domain   e-mail domain of its people
     * @param sites    places or programs the account builds
     * @param gpus     accelerators it runs
     * @param meetings number of meeting/email clusters to write
     */
    record Account(String name, String folder, String hub, List<String> aliases, String domain,
                   List<String> sites, List<String> gpus, int meetings) {
        String slug() {
            return name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        }
    }

    /** How a reader learns a person's company. */
    enum Clue { PERSON_NOTE, SENTENCE, PARENS }

    record Person(String name, String company, String role, Clue clue) {
        String first() {
            return name.substring(0, name.indexOf(' '));
        }

        String email(String domain) {
            return name.toLowerCase().replace(' ', '.') + "@" + domain;
        }
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("Microsoft", "Customers and Partners/Microsoft", "Microsoft.md",
                    List.of("microsoft", "[[Microsoft]]", "\u00a0Microsoft", "Microsoft Corporation"), "microsoft.com",
                    List.of("Fairwater Atlanta", "Fairwater Wisconsin", "the East US 2 overflow halls", "the Azure Foundry data plane"),
                    List.of("GB300", "GB200 NVL72", "MAIA 200"), 9),
            new Account("OpenAI", "Customers and Partners/OpenAI", "README.md",
                    List.of("Open AI", "openai"), "openai.com",
                    List.of("Stargate Abilene", "Stargate Shackelford County", "Stargate Norway", "the post-training estate"),
                    List.of("GB200", "GB300", "their in-house ASIC"), 6),
            new Account("Oracle", "Accounts/Oracle Cloud Infrastructure", "Oracle Cloud Infrastructure.md",
                    List.of("Oracle Cloud Infrastructure", "OCI", "[[Oracle]]"), "oracle.com",
                    List.of("OCI Abilene", "the Frankfurt zettascale region", "OCI Phoenix", "the Port Washington campus"),
                    List.of("GB200", "MI450", "GB300"), 5),
            new Account("CoreWeave", "Clients/CoreWeave", "CoreWeave.md",
                    List.of("Coreweave", "CoreWeave Inc"), "coreweave.com",
                    List.of("the Lancaster PA campus", "Denton TX", "Kenilworth NJ", "the Ellendale build"),
                    List.of("GB300 NVL72", "H200", "GB200"), 6),
            new Account("NVIDIA", null, "NVIDIA.md",
                    List.of("NVIDIA Corporation", "Nvidia", "[[NVIDIA]]"), "nvidia.com",
                    List.of("DGX Cloud Lepton", "the Santa Clara reference lab", "the SuperPOD certification lab"),
                    List.of("GB300", "Vera Rubin NVL144", "B300"), 4),
            new Account("Anthropic", "CRM/Anthropic", "README.md",
                    List.of("Anthropic PBC", "anthropic"), "anthropic.com",
                    List.of("the Trainium2 cluster in Indiana", "the TPU pods", "the new Texas build"),
                    List.of("Trainium2", "TPU v7", "GB200"), 4),
            new Account("Meta", null, "Meta.md",
                    List.of("Meta Platforms", "Meta Platforms, Inc."), "meta.com",
                    List.of("Hyperion in Louisiana", "Prometheus in Ohio", "the MTIA inference fleet"),
                    List.of("GB300", "MTIA v2", "MI355X"), 4),
            new Account("xAI", "Accounts/xAI", "xAI.md",
                    List.of("X.AI", "xai"), "x.ai",
                    List.of("Colossus 2 in Memphis", "the Southaven expansion"),
                    List.of("GB200", "GB300"), 3),
            new Account("Nebius", "CRM/Nebius", "Nebius.md",
                    List.of("Nebius Group", "nebius"), "nebius.com",
                    List.of("Mäntsälä", "Vineland NJ", "the Kansas City hall"),
                    List.of("GB200", "H200", "B200"), 4),
            new Account("Lambda", "Clients/Lambda Labs", "README.md",
                    List.of("Lambda Labs", "Lambda, Inc."), "lambda.ai",
                    List.of("the Kansas City AI factory", "1-Click Clusters in Dallas"),
                    List.of("B200", "GB300"), 3),
            new Account("Halvard Systems", "Customers and Partners/Halvard Systems", "Halvard Systems.md",
                    List.of("Halvard", "Halvard Systems Inc."), "halvard.io",
                    List.of("their Trondheim lab", "a colo cage in Ashburn"),
                    List.of("H200", "B200"), 4),
            new Account("Quillon Labs", "Accounts/Quillon Labs", "README.md",
                    List.of("Quillon", "[[Quillon Labs]]"), "quillonlabs.com",
                    List.of("the Cambridge wet-lab cluster", "a reserved pod at Lambda"),
                    List.of("H100", "B200"), 4),
            new Account("Tessaline Bio", null, null,
                    List.of("Tessaline"), "tessaline.bio",
                    List.of("the San Diego campus"), List.of("H200"), 2),
            new Account("Corvane Robotics", null, null,
                    List.of("Corvane"), "corvane.ai",
                    List.of("the Pittsburgh test-track DC"), List.of("L40S", "B200"), 2),
            new Account("Marrowind AI", null, null,
                    List.of("Marrowind"), "marrowind.eu",
                    List.of("a sovereign cloud region in Lisbon"), List.of("GB200"), 2));

    static final List<Person> PEOPLE = List.of(
            new Person("Greg Halvorsen", "Microsoft", "Director of Azure AI Infrastructure", Clue.PERSON_NOTE),
            new Person("Anita Kowalczyk", "Microsoft", "Principal PM, Azure Storage", Clue.PERSON_NOTE),
            new Person("Rafael Ortega", "Microsoft", "Procurement Lead", Clue.SENTENCE),
            new Person("Mei Lin Zhou", "OpenAI", "Infrastructure Program Manager", Clue.PERSON_NOTE),
            new Person("Tobias Grant", "OpenAI", "Head of Data Platform", Clue.PARENS),
            new Person("Sunil Varma", "Oracle", "VP, OCI GPU Compute", Clue.PERSON_NOTE),
            new Person("Claire Dumont", "Oracle", "Storage Architect", Clue.SENTENCE),
            new Person("Derek Molina", "CoreWeave", "Senior Director, Storage Engineering", Clue.PERSON_NOTE),
            new Person("Hannah Weiss", "CoreWeave", "Strategic Partnerships", Clue.PARENS),
            new Person("Elena Sato", "NVIDIA", "DGX Cloud Partner Manager", Clue.PERSON_NOTE),
            new Person("Kwame Asante", "NVIDIA", "Solutions Architect", Clue.SENTENCE),
            new Person("Ruth Lindqvist", "Anthropic", "Infrastructure Lead", Clue.PERSON_NOTE),
            new Person("Omar Haddad", "Anthropic", "Research Platform Engineer", Clue.PARENS),
            new Person("Julia Brandt", "Meta", "Storage Sourcing Manager", Clue.PERSON_NOTE),
            new Person("Victor Huang", "Meta", "Production Engineer", Clue.SENTENCE),
            new Person("Sam Okafor", "xAI", "Data Center Operations", Clue.PERSON_NOTE),
            new Person("Leah Novak", "xAI", "Infrastructure Engineer", Clue.PARENS),
            new Person("Pavel Stoica", "Nebius", "Head of Storage Product", Clue.PERSON_NOTE),
            new Person("Ingrid Aalto", "Nebius", "Partner Manager", Clue.SENTENCE),
            new Person("Chris Delgado", "Lambda", "Director of Cloud Operations", Clue.PERSON_NOTE),
            new Person("Jordan Pike", "Lambda", "Storage Engineer", Clue.PARENS),
            new Person("Maren Solberg", "Halvard Systems", "CTO", Clue.PERSON_NOTE),
            new Person("Isak Brenner", "Halvard Systems", "ML Platform Lead", Clue.SENTENCE),
            new Person("Dana Whitfield", "Quillon Labs", "VP Engineering", Clue.PERSON_NOTE),
            new Person("Theo Marchetti", "Quillon Labs", "Research Infrastructure", Clue.PARENS),
            new Person("Priscilla Amadi", "Tessaline Bio", "Head of Computational Biology", Clue.SENTENCE),
            new Person("Luis Navarro", "Corvane Robotics", "Head of Infrastructure", Clue.PERSON_NOTE),
            new Person("Aiko Tanabe", "Marrowind AI", "COO", Clue.SENTENCE));

    /** The owner's side; they sit in many meetings and never belong to an account. */
    static final List<Person> COLLEAGUES = List.of(
            new Person("Priya Natarajan", OWN_COMPANY, "Solutions Engineer", Clue.PERSON_NOTE),
            new Person("Marcus Bell", OWN_COMPANY, "Regional Sales Director", Clue.PERSON_NOTE),
            new Person("Leon Fischer", OWN_COMPANY, "Partner SE", Clue.SENTENCE),
            new Person("Ava Sinclair", OWN_COMPANY, "Deal Desk", Clue.SENTENCE));

    static final List<String> COMPETITORS = List.of("Weka", "DDN", "Pure Storage", "NetApp", "a Lustre build",
            "Hammerspace", "their home-grown Ceph");

    private Cast() {
    }

    static Account account(String name) {
        for (Account a : ACCOUNTS) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException(name);
    }

    static List<Person> peopleOf(String account) {
        List<Person> out = new ArrayList<>();
        for (Person p : PEOPLE) {
            if (p.company().equals(account)) {
                out.add(p);
            }
        }
        return out;
    }
}
