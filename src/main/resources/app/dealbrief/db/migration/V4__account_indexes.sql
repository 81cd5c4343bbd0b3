-- The account list and every first briefing ask for the live notes' account names (and the wiki-link
-- targets). Without these indexes each such query read the whole note table: 0.5 s at 10,000 notes and
-- about 2 s at 100,000 on a cold start. Creating them on a 100,000-note store takes a few seconds, once.
CREATE INDEX note_live_account ON note (deleted_at, account_key, account, note_date);
CREATE INDEX note_link_name ON note_link (target);
