-- The inbox and the area map at a million signals (bench/signals.ts).
--
-- An area's open signals, newest first, with what the map and the inbox filters read: the map is an
-- index-only scan, and a filter the index cannot answer (a theme: array containment is not leakproof,
-- so under row-level security it is never an index condition) is checked in the index, not the table.
drop index signals_open_area;
create index signals_open_area on signals (municipality_id, area_id, created_at desc)
  include (id, reference, lat, lon, kind, status, themes) where status <> 'closed';
