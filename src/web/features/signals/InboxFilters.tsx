import { type FormEvent, useState } from 'react';
import { SIGNAL_STATUSES } from '../../../shared/schemas/signal.js';
import { SIGNAL_KINDS, THEME_KEYS } from '../../../shared/schemas/signal-vocabulary.js';
import type { Area } from '../../api/types.js';
import { Button, ButtonGroup } from '../../components/Button.js';
import { Checkbox, Fieldset, SelectField, TextField } from '../../components/FormField.js';
import type { SignalFilters } from './api.js';
import { SIGNAL_KIND_LABELS, SIGNAL_STATUS_LABELS, themeLabel } from './labels.js';

/**
 * The inbox's filters live in the address bar (so a filtered inbox can be bookmarked and shared):
 * missing status means "open", missing `mine` means "my areas" for a connector.
 */
export function filtersFromSearch(params: URLSearchParams, isConnector: boolean): SignalFilters {
  const status = params.get('status');
  const mine = params.get('mine');
  const sort = params.get('sort');
  return {
    mine: mine === 'true' || (mine === null && isConnector) ? 'true' : undefined,
    areaId: params.get('areaId') || undefined,
    status: status === null ? 'open' : status === 'alle' ? undefined : status,
    kind: params.get('kind') || undefined,
    theme: params.get('theme') || undefined,
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    q: params.get('q') || undefined,
    sort: sort === 'oldest' || sort === 'priority' ? sort : 'newest',
  };
}

export function searchFromFilters(filters: SignalFilters, isConnector: boolean): Record<string, string> {
  const search: Record<string, string> = {};
  if (isConnector && !filters.mine) search.mine = 'false';
  if (!isConnector && filters.mine) search.mine = 'true';
  if (filters.status !== 'open') search.status = filters.status ?? 'alle';
  for (const key of ['areaId', 'kind', 'theme', 'overdue', 'q'] as const) {
    const value = filters[key];
    if (value) search[key] = value;
  }
  if (filters.sort && filters.sort !== 'newest') search.sort = filters.sort;
  return search;
}

interface InboxFiltersProps {
  filters: SignalFilters;
  areas: Area[];
  canFilterMine: boolean;
  onApply: (filters: SignalFilters) => void;
  onReset: () => void;
}

export function InboxFilters({ filters, areas, canFilterMine, onApply, onReset }: InboxFiltersProps) {
  const [draft, setDraft] = useState<SignalFilters>(filters);
  const [qError, setQError] = useState<string>();
  const set = (patch: Partial<SignalFilters>) => setDraft((current) => ({ ...current, ...patch }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = draft.q?.trim();
    if (q && q.length < 2) {
      setQError('Zoeken: typ minstens twee tekens.');
      document.getElementById('filter-zoeken')?.focus();
      return;
    }
    setQError(undefined);
    onApply({ ...draft, q: q || undefined });
  };

  return (
    <form className="utrecht-form form inbox-filters" role="search" aria-label="Signalen filteren" noValidate onSubmit={handleSubmit}>
      <Fieldset legend="Filters">
        <div className="inbox-filters__grid">
          <TextField
            id="filter-zoeken"
            label="Zoeken in tekst of kenmerk"
            type="search"
            value={draft.q ?? ''}
            onValueChange={(q) => set({ q })}
            error={qError}
          />
          <SelectField id="filter-gebied" label="Gebied" value={draft.areaId ?? ''} onValueChange={(areaId) => set({ areaId: areaId || undefined })}>
            <option value="">Alle gebieden</option>
            {[...areas]
              .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
              .map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
          </SelectField>
          <SelectField id="filter-status" label="Status" value={draft.status ?? ''} onValueChange={(status) => set({ status: status || undefined })}>
            <option value="open">Alle open signalen</option>
            <option value="">Alle signalen, ook afgesloten</option>
            {SIGNAL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {SIGNAL_STATUS_LABELS[status]}
              </option>
            ))}
          </SelectField>
          <SelectField id="filter-soort" label="Soort" value={draft.kind ?? ''} onValueChange={(kind) => set({ kind: kind || undefined })}>
            <option value="">Alle soorten</option>
            {SIGNAL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SIGNAL_KIND_LABELS[kind]}
              </option>
            ))}
          </SelectField>
          <SelectField id="filter-thema" label="Thema" value={draft.theme ?? ''} onValueChange={(theme) => set({ theme: theme || undefined })}>
            <option value="">Alle thema’s</option>
            {THEME_KEYS.map((theme) => (
              <option key={theme} value={theme}>
                {themeLabel(theme)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-sortering"
            label="Sorteren"
            value={draft.sort ?? 'newest'}
            onValueChange={(sort) => set({ sort: sort as SignalFilters['sort'] })}
          >
            <option value="newest">Nieuwste eerst</option>
            <option value="oldest">Oudste eerst</option>
            <option value="priority">Hoogste prioriteit eerst</option>
          </SelectField>
        </div>
        {canFilterMine && (
          <Checkbox id="filter-mijn" label="Alleen signalen uit mijn gebieden" checked={draft.mine === 'true'} onCheckedChange={(mine) => set({ mine: mine ? 'true' : undefined })} />
        )}
        <Checkbox
          id="filter-verlopen"
          label="Alleen signalen met een verzoek over de termijn"
          checked={draft.overdue === 'true'}
          onCheckedChange={(overdue) => set({ overdue: overdue ? 'true' : undefined })}
        />
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          Filteren
        </Button>
        <Button appearance="subtle" onClick={onReset}>
          Filters wissen
        </Button>
      </ButtonGroup>
    </form>
  );
}
