-- The inbox filtered on a theme at a million signals (bench/signals.ts: an area's open signals of one theme).
--
-- Array containment (themes @> array['groen']) is not leakproof, so under row-level security it is never an
-- index condition: without these, the page and its count check the theme of every open signal of the area
-- (thousands at a million signals) in signals_open_area. A partial index per theme is usable all the same:
-- its predicate is proven from the query's clause, which is then not evaluated at all. Open signals only,
-- so they stay small (a signal is in the index of each of its themes while it is open). The id is included
-- so the count and the page's ids come from the index alone. One per key of THEMES
-- (src/shared/schemas/signal-vocabulary.ts); signals-read.test.ts fails when a theme has none.
create index signals_open_theme_openbare_ruimte on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{openbare-ruimte}';
create index signals_open_theme_groen on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{groen}';
create index signals_open_theme_afval on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{afval}';
create index signals_open_theme_verkeer on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{verkeer}';
create index signals_open_theme_veiligheid on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{veiligheid}';
create index signals_open_theme_handhaving on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{handhaving}';
create index signals_open_theme_sociaal on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{sociaal}';
create index signals_open_theme_jeugd on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{jeugd}';
create index signals_open_theme_wonen on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{wonen}';
create index signals_open_theme_duurzaamheid on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{duurzaamheid}';
create index signals_open_theme_spelen_sport on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{spelen-sport}';
create index signals_open_theme_voorzieningen on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{voorzieningen}';
create index signals_open_theme_participatie on signals (municipality_id, area_id, created_at desc) include (id) where status <> 'closed' and themes @> '{participatie}';
