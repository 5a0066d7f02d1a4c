import type { RegularChannel } from '../../api/types.js';
import { Button } from '../../components/Button.js';
import { Fieldset, TextField } from '../../components/FormField.js';
import { VisuallyHidden } from '../../components/Paragraph.js';

export type ChannelDraft = Pick<RegularChannel, 'name' | 'url' | 'description'> & { key: number };

interface ChannelsEditorProps {
  channels: ChannelDraft[];
  onChange: (channels: ChannelDraft[]) => void;
  errorFor: (fieldId: string) => string | undefined;
}

export const channelFieldId = (index: number, field: 'name' | 'url' | 'description') => `kanaal-${index}-${field}`;

/** The regular channels for daily reports (BuitenBeter, the website, …): add, change, remove. */
export function ChannelsEditor({ channels, onChange, errorFor }: ChannelsEditorProps) {
  const change = (key: number, patch: Partial<ChannelDraft>) => onChange(channels.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const add = () => onChange([...channels, { key: Math.max(0, ...channels.map((c) => c.key)) + 1, name: '', url: 'https://', description: '' }]);
  return (
    <Fieldset legend="Kanalen voor dagelijkse meldingen">
      <p className="utrecht-paragraph">
        Inwoners zien deze kanalen op elke contactkaart: een losse stoeptegel of zwerfafval meldt u daar, niet bij de wijkverbinder.
      </p>
      {channels.length === 0 && <p className="utrecht-paragraph">Nog geen kanalen.</p>}
      {channels.map((channel, index) => (
        <Fieldset key={channel.key} legend={`Kanaal ${index + 1}${channel.name ? `: ${channel.name}` : ''}`}>
          <TextField
            id={channelFieldId(index, 'name')}
            label="Naam"
            value={channel.name}
            onValueChange={(name) => change(channel.key, { name })}
            error={errorFor(channelFieldId(index, 'name'))}
          />
          <TextField
            id={channelFieldId(index, 'url')}
            label="Webadres"
            type="url"
            value={channel.url}
            onValueChange={(url) => change(channel.key, { url })}
            error={errorFor(channelFieldId(index, 'url'))}
          />
          <TextField
            id={channelFieldId(index, 'description')}
            label="Uitleg (niet verplicht)"
            value={channel.description}
            onValueChange={(description) => change(channel.key, { description })}
            error={errorFor(channelFieldId(index, 'description'))}
          />
          <Button appearance="subtle" danger onClick={() => onChange(channels.filter((c) => c.key !== channel.key))}>
            Kanaal verwijderen<VisuallyHidden> {channel.name || `kanaal ${index + 1}`}</VisuallyHidden>
          </Button>
        </Fieldset>
      ))}
      <Button appearance="secondary" onClick={add} disabled={channels.length >= 10}>
        Kanaal toevoegen
      </Button>
    </Fieldset>
  );
}
