import type { Indicator } from '../../../shared/schemas/statistics.js';
import { SelectField } from '../../components/FormField.js';

/** A choice of indicator, grouped by source (publisher, table, year, variant). */
export function IndicatorSelect(props: {
  id: string;
  label: string;
  indicators: Indicator[];
  value: string;
  onChange: (id: string) => void;
  description?: string;
  allowEmpty?: boolean;
}) {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of props.indicators) {
    const list = groups.get(indicator.source) ?? [];
    list.push(indicator);
    groups.set(indicator.source, list);
  }
  return (
    <SelectField id={props.id} label={props.label} description={props.description} value={props.value} onValueChange={props.onChange}>
      {props.allowEmpty && <option value="">— kies een indicator —</option>}
      {[...groups.entries()].map(([source, list]) => (
        <optgroup key={source} label={source}>
          {list.map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {indicator.title}
              {indicator.unit && indicator.unit !== 'aantal' && !indicator.title.includes(indicator.unit) ? ` (${indicator.unit})` : ''}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
