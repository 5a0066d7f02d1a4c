import { useState } from 'react';
import type { TextLookupMatch } from '../../api/types.js';
import { Combobox } from '../../components/Combobox.js';
import { useNameSuggestions } from './use-lookup.js';

const TYPE_LABEL = { area: 'gebied', district: 'CBS-wijk', neighbourhood: 'buurt' } as const;

/** Type a neighbourhood, district, village or area name and pick one of the suggestions. */
export function AreaSearch({ municipalityCode, onSelect }: { municipalityCode: string | undefined; onSelect: (match: TextLookupMatch) => void }) {
  const [text, setText] = useState('');
  const suggestions = useNameSuggestions(text, municipalityCode);
  const isSearchable = text.trim().length >= 2;
  const matches = isSearchable ? (suggestions.data ?? []) : [];
  const options = matches.map((match) => ({
    id: `${match.type}-${match.code ?? match.area.id}`,
    label: match.name,
    description: match.type === 'area' ? `${TYPE_LABEL.area}, ${match.card.municipality.name}` : `${TYPE_LABEL[match.type]} in ${match.area.name}`,
    match,
  }));

  let statusText = '';
  if (!isSearchable) statusText = text.trim() ? 'Typ minstens twee letters.' : '';
  else if (suggestions.isError) statusText = 'Zoeken lukt nu niet. Probeer het opnieuw of kies op de kaart.';
  else if (suggestions.isFetching && !suggestions.data) statusText = 'Zoeken…';
  else if (options.length === 0) statusText = `Geen buurt, wijk of kern gevonden voor "${text.trim()}".`;
  else statusText = `${options.length} ${options.length === 1 ? 'suggestie' : 'suggesties'}. Gebruik pijl omlaag en Enter om te kiezen.`;

  return (
    <>
      <Combobox
        id="zoek-gebied"
        label="Naam van uw buurt, wijk of kern"
        description="Typ minstens twee letters en kies een van de suggesties."
        value={text}
        onValueChange={setText}
        options={options}
        onSelect={(option) => {
          setText(option.match.name);
          onSelect(option.match);
        }}
        statusText={statusText}
      />
      {isSearchable && !suggestions.isFetching && options.length === 0 && !suggestions.isError && suggestions.isFetched && (
        <p className="utrecht-paragraph search-hint">
          Niets gevonden voor "{text.trim()}". Controleer de spelling, of kies uw buurt op de kaart hieronder.
        </p>
      )}
    </>
  );
}
