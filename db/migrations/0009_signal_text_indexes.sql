-- Two indexes every intake paid for and no query could use.
--
-- The app serves requests as a role under row-level security. PostgreSQL then only uses an index for a
-- condition whose operator is leakproof, and neither full-text match (`@@`, ts_match_vq) nor trigram
-- similarity (`%`, similarity_op) is: the inbox's text search and the recurring-problem pairs never read
-- these GIN indexes. Yet each new signal had its text stemmed and split into trigrams for them: about
-- 110 µs of PostgreSQL CPU per signal (of ~460 µs for a signal's insert and commit, measured on 2026-11-26
-- against 100,000 generated signals). The searches themselves are
-- unchanged: they filter the municipality's rows that row-level security and the other indexes select.
drop index if exists signals_text_search;
drop index if exists signals_text_trigram;
