import { useState } from 'react';
import { SelectField } from '../../components/FormField.js';
import { useMessageTemplates } from './api.js';

interface TemplatePickerProps {
  id: string;
  /** Values for the placeholders in the templates: {reference}, {channel}. */
  values: Record<string, string>;
  onPick: (text: string) => void;
}

/** A standard message to start from (editable by the administrator); picking one fills the message box. */
export function TemplatePicker({ id, values, onPick }: TemplatePickerProps) {
  const templates = useMessageTemplates();
  const [chosen, setChosen] = useState('');
  if (!templates.data || templates.data.length === 0) return null;
  return (
    <SelectField
      id={id}
      label="Beginnen met een standaardbericht (niet verplicht)"
      description="Het bericht komt in het tekstvak hieronder; u kunt het daar aanpassen."
      value={chosen}
      onValueChange={(key) => {
        setChosen(key);
        const template = templates.data.find((t) => t.key === key);
        if (template) onPick(template.body.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match));
      }}
    >
      <option value="">Kies een standaardbericht</option>
      {templates.data.map((template) => (
        <option key={template.key} value={template.key}>
          {template.title}
        </option>
      ))}
    </SelectField>
  );
}
