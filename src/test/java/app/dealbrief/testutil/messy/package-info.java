/**
 * A messy fixture vault for import, account-resolution, near-duplicate, task and people tests:
 * {@link app.dealbrief.testutil.messy.MessyVault#write(java.nio.file.Path, long)} writes about 210 notes and hands
 * back the ground truth. Everything comes from one seeded {@link java.util.Random}: the same seed gives the same bytes
 * and the same file times. The truth is recorded while the files are written, never parsed back out of them. Pattern
 * counts are fixed by the generator's plan, so they do not change with the seed; the seed only decides which note
 * gets which pattern. {@code MessyVaultMain DIR [SEED]} writes a vault and prints the truth.
 *
 * <h2>Patterns</h2>
 * <ol>
 * <li><b>Account folders</b> under differently named parents: {@code Customers and Partners/Microsoft/},
 *     {@code Clients/CoreWeave/}, {@code Accounts/xAI/}, {@code CRM/Anthropic/}, with deeper nesting
 *     ({@code Customers and Partners/Microsoft/Meetings/2025/}, {@code CRM/Nebius/Calls/}) and folders named by an
 *     alias ({@code Accounts/Oracle Cloud Infrastructure/}, {@code Clients/Lambda Labs/}). Each holds a hub note,
 *     {@code <Account>.md} or {@code README.md}; NVIDIA and Meta have hubs in {@code Companies/} and no folder.
 *     Look-alikes that are not account folders: {@code CRM/Templates/}, {@code Clients/_archive/} and a top-level
 *     {@code Meta/} folder of vault housekeeping.</li>
 * <li><b>People</b>: person notes in {@code People/}, {@code Contacts/} or an account's {@code People/} folder with
 *     {@code company:}, {@code org:} (kepano list of links) or {@code employer:} and {@code title:}/{@code role:};
 *     sentences such as "Greg Halvorsen is the Director of Azure AI Infrastructure at Microsoft."; attendees written
 *     "Tobias Grant (OpenAI)". Every account person has at least one of these clues. Partners (an NVIDIA person in a
 *     CoreWeave meeting) are written with their company in brackets. The owner and colleagues sit in many
 *     meetings.</li>
 * <li><b>Template leftovers</b> as account values: {@code "{{ account }}"}, {@code "{{FOLDER_LEAF}}"},
 *     {@code "[[]]"}, {@code ""}, {@code _Unknown_}, {@code Company Name} - only where another clue names the account
 *     (the folder, or a generator title carrying the name), plus templates and an untitled note that carry nothing
 *     else. A leading no-break space ({@code "\u00a0Microsoft"}) is not a placeholder: it is Microsoft.</li>
 * <li><b>One company, many spellings</b>: {@code NVIDIA Corporation}, {@code Nvidia}, {@code Oracle Cloud
 *     Infrastructure}, {@code OCI}, {@code "[[Microsoft]]"}, bare {@code [[Nebius]]} (YAML reads a nested list),
 *     lower case {@code microsoft}, {@code Lambda, Inc.} and so on; every alias of the cast is used at least once
 *     when the account has enough copies.</li>
 * <li><b>No front matter</b>: inside an account folder (the folder is the only clue) and outside one, where the
 *     first line names the account as a wiki link ({@code # Call with [[Nebius]] - ...}) or plainly
 *     ({@code OCI - renewal (2025-07-01)}). Later lines often name other companies.</li>
 * <li><b>Near-duplicate clusters</b>: 3-8 (a few 2) saves of one meeting or e-mail on the same day, with
 *     {@code source_ref} equal or differing by a copy id or date suffix ({@code " (2)"}, {@code " 3f9a"},
 *     {@code -20250807}, {@code _archive/DATE/}), file names to match, in {@code Inbox/}, the account folder,
 *     {@code _archive/DATE/}, {@code duplicates/}, {@code pre-reimport-2025-10-01/} (only meetings before that day),
 *     an account's {@code _archive/} and {@code Clients/_archive/}. Older copies may use another front matter
 *     layout or spelling, swap words, reorder bullets, drop a bullet; the newer copies add a sentence. Distinct
 *     meetings on the same day for the same account are never one cluster - one of them is even saved as
 *     {@code "<same name> (2).md"} in the same folder (pattern {@code same-name-distinct}).</li>
 * <li><b>Obsidian Tasks</b>: {@code - [ ]} open, {@code - [/]} in progress, {@code - [?]} proposed, {@code - [x]}
 *     done, {@code - [-]} cancelled, with {@code @Owner}, priority signs and {@code 📅 YYYY-MM-DD}; some long overdue.
 *     In a cluster, the first task is open in older copies and done in newer ones, the second moves to in progress,
 *     the third exists only in newer copies; in one cluster the oldest copy has a tick the newer copies lost.
 *     Daily, personal, template and internal notes are full of tasks, some naming an account.</li>
 * <li><b>Format noise</b>: CRLF, UTF-8 BOM, {@code 2025-11-12} and {@code 2025-11-12T09:30}, tags as list, flow
 *     list or comma string, unknown keys ({@code org}, {@code people}, {@code topics}, {@code loc},
 *     {@code categories: [[Meetings]]}, {@code deal_stage}, {@code opportunity_id}), {@code ## Summary} sections,
 *     prose with no bullets, e-mails, scheduling-only notes ("Moving our call to Thursday ..."), empty stubs.</li>
 * <li><b>No-account notes</b>: {@code Daily/2025-11-12.md}, {@code Personal/...} (journal, health, comp plan
 *     naming accounts), {@code Templates/} with {@code {{date}}} (some unquoted, as kepano writes them), internal team
 *     notes ({@code Notes/Team pipeline review ...}), {@code People/New contact.md} left from a template.</li>
 * </ol>
 * {@link app.dealbrief.testutil.messy.MessyVault#patternCounts()} names the patterns per file and
 * {@link app.dealbrief.testutil.messy.MessyVault#withPattern(String)} lists their files.
 *
 * <h2>Ground truth rules</h2>
 * <ul>
 * <li><b>Account</b> (canonical name): the account folder if the note is in one; else the front matter
 *     ({@code account}, kepano {@code org}, a person's {@code company}/{@code org}/{@code employer}) folded to the
 *     canonical name; else the account the title or first line names. Placeholders name nothing. Hub notes and
 *     person notes belong to their company's account. Null for daily, personal, template, internal and template
 *     leftover notes, and for the owner's and colleagues' person notes.</li>
 * <li><b>Clusters</b>: all copies of one meeting share its id ({@code m###-account-date}); every other note is its
 *     own cluster ({@code n:<path>}). {@code expectedClusters} counts distinct ids among an account's notes.</li>
 * <li><b>Inside an account folder</b>: the path starts with the account's folder (any depth, its {@code _archive/}
 *     included); top-level archive folders and {@code Clients/_archive/} are outside.</li>
 * <li><b>Open tasks</b>: per cluster and task text, the most advanced state over all copies that have it
 *     (proposed &lt; open &lt; in progress &lt; done), so done in any copy means done; cancelled items are left out
 *     (cancelled is written the same in every copy); an item whose due date is before {@code today - 60 days} is
 *     "older" and left out (no due date: never older). Tasks of notes with no account never appear. The text is the
 *     description alone: checkbox, {@code @owner}, priority sign and {@code 📅 date} removed. Order: oldest meeting
 *     first, hub items last.</li>
 * <li><b>People</b>: per account, the cast members employed by it who are named (full name) in at least one of its
 *     notes, including its person notes and hub. Never the owner ({@code me()}, spelled as in
 *     {@code meAliases()}), colleagues, or another company's people in its meetings. Lambda's {@code Jordan Pike} is
 *     an account person even though {@code Jordan} alone means the owner.</li>
 * <li><b>Aliases</b>: every non-canonical spelling the vault writes for an account: front matter scalars as written
 *     (wiki brackets and the no-break space kept, so both {@code NVIDIA Corporation} and
 *     {@code [[NVIDIA Corporation]]} may be listed), folder names, person company fields, first-line names.</li>
 * </ul>
 */
package app.dealbrief.testutil.messy;
