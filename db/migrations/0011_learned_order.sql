-- A municipality's learned decisions (the latest confirmed kinds, read by triage) in a fixed order: two
-- decisions with the same updated_at (one bulk update) came back in any order, so every read looked like a
-- new set and triage compiled the same decisions again. The id breaks the tie.
drop index signals_learned;
create index signals_learned on signals (municipality_id, updated_at desc, id desc) where kind_confirmed_by is not null;
