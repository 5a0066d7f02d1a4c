import { type FormEvent, useState } from 'react';
import { MunicipalityUpdateSchema } from '../../../shared/schemas/municipality.js';
import { errorMessage, fieldIssues } from '../../api/client.js';
import type { Municipality, MunicipalityUpdateBody, Theme } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Fieldset, TextField } from '../../components/FormField.js';
import { type ChannelDraft, ChannelsEditor, channelFieldId } from './ChannelsEditor.js';
import { ColorField } from './ColorField.js';
import { useUpdateMunicipality } from './use-municipality.js';

const COLOR_FIELDS = ['primaryColor', 'primaryTextColor', 'linkColor', 'headerBackgroundColor', 'headerTextColor'] as const;
type ThemeText = Record<(typeof COLOR_FIELDS)[number] | 'logoUrl' | 'fontFamily', string>;

const fieldId = (path: (string | number)[]): string => {
  const [first, second, third] = path;
  if (first === 'regularChannels' && typeof second === 'number' && (third === 'name' || third === 'url' || third === 'description')) {
    return channelFieldId(second, third);
  }
  if (first === 'theme' && typeof second === 'string') return `thema-${second}`;
  return { name: 'gemeente-naam', connectorTitle: 'titel', websiteUrl: 'website' }[String(first)] ?? 'gemeente-naam';
};

/** Municipality settings: name, title of the connector, theme colours (with a contrast check), channels, website. */
export function MunicipalitySettingsForm({ municipality }: { municipality: Municipality }) {
  const [name, setName] = useState(municipality.name);
  const [connectorTitle, setConnectorTitle] = useState(municipality.connectorTitle);
  const [websiteUrl, setWebsiteUrl] = useState(municipality.websiteUrl ?? '');
  const [theme, setTheme] = useState<ThemeText>(() => ({
    primaryColor: municipality.theme.primaryColor ?? '',
    primaryTextColor: municipality.theme.primaryTextColor ?? '',
    linkColor: municipality.theme.linkColor ?? '',
    headerBackgroundColor: municipality.theme.headerBackgroundColor ?? '',
    headerTextColor: municipality.theme.headerTextColor ?? '',
    logoUrl: municipality.theme.logoUrl ?? '',
    fontFamily: municipality.theme.fontFamily ?? '',
  }));
  const [channels, setChannels] = useState<ChannelDraft[]>(() => municipality.regularChannels.map((c, index) => ({ ...c, key: index })));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const save = useUpdateMunicipality();

  const errorFor = (id: string) => errors.find((error) => error.fieldId === id)?.message;
  const setThemeField = (field: keyof ThemeText) => (value: string) => setTheme((current) => ({ ...current, [field]: value }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const themeInput: Theme = {};
    for (const [key, value] of Object.entries(theme)) if (value.trim()) themeInput[key as keyof Theme] = value.trim();
    const update: MunicipalityUpdateBody = {
      name,
      connectorTitle,
      websiteUrl: websiteUrl.trim() || null,
      theme: themeInput,
      regularChannels: channels.map(({ name: channelName, url, description }) => ({ name: channelName, url: url.trim(), description })),
    };
    const parsed = MunicipalityUpdateSchema.safeParse(update);
    setAttempt((count) => count + 1);
    if (!parsed.success) {
      setErrors(
        parsed.error.issues.map((issue) => {
          const isEmpty = issue.code === 'too_small' && Number(issue.minimum) === 1 && issue.origin === 'string';
          return { fieldId: fieldId(issue.path as (string | number)[]), message: labelled(issue.path, isEmpty ? 'vul dit veld in.' : issue.message) };
        }),
      );
      return;
    }
    setErrors([]);
    save.mutate(update, {
      onError: (error) => {
        setErrors(
          Object.entries(fieldIssues(error)).map(([path, message]) => {
            const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
            return { fieldId: fieldId(parts), message: labelled(parts, message) };
          }),
        );
        setAttempt((count) => count + 1);
      },
    });
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary errors={errors} serverMessage={save.isError ? errorMessage(save.error) : undefined} focusKey={attempt} />
      {save.isSuccess && <Alert type="ok">De instellingen zijn opgeslagen.</Alert>}
      <TextField id="gemeente-naam" label="Naam van de gemeente" value={name} onValueChange={setName} error={errorFor('gemeente-naam')} />
      <TextField
        id="titel"
        label="Titel van de contactpersoon"
        description="Zo heet het aanspreekpunt in uw gemeente, bijvoorbeeld wijkverbinder, wijkregisseur of wijkmanager."
        value={connectorTitle}
        onValueChange={setConnectorTitle}
        error={errorFor('titel')}
      />
      <TextField id="website" label="Website van de gemeente" type="url" value={websiteUrl} onValueChange={setWebsiteUrl} error={errorFor('website')} />

      <Fieldset legend="Huisstijl">
        <ColorField
          id="thema-primaryColor"
          label="Hoofdkleur (knoppen)"
          value={theme.primaryColor}
          onValueChange={setThemeField('primaryColor')}
          error={errorFor('thema-primaryColor')}
          contrastWith={{ color: theme.primaryTextColor || '#ffffff', label: 'de tekstkleur op de hoofdkleur' }}
        />
        <ColorField
          id="thema-primaryTextColor"
          label="Tekstkleur op de hoofdkleur"
          value={theme.primaryTextColor}
          onValueChange={setThemeField('primaryTextColor')}
          error={errorFor('thema-primaryTextColor')}
        />
        <ColorField
          id="thema-linkColor"
          label="Kleur van links"
          value={theme.linkColor}
          onValueChange={setThemeField('linkColor')}
          error={errorFor('thema-linkColor')}
          contrastWith={{ color: '#ffffff', label: 'de witte achtergrond' }}
        />
        <ColorField
          id="thema-headerBackgroundColor"
          label="Achtergrond van de kopbalk"
          value={theme.headerBackgroundColor}
          onValueChange={setThemeField('headerBackgroundColor')}
          error={errorFor('thema-headerBackgroundColor')}
          contrastWith={{ color: theme.headerTextColor || '#ffffff', label: 'de tekstkleur van de kopbalk' }}
        />
        <ColorField
          id="thema-headerTextColor"
          label="Tekstkleur van de kopbalk"
          value={theme.headerTextColor}
          onValueChange={setThemeField('headerTextColor')}
          error={errorFor('thema-headerTextColor')}
        />
        <TextField
          id="thema-logoUrl"
          label="Logo (niet verplicht)"
          description="Een webadres (https://…) of een pad op deze server (/logo.svg)."
          value={theme.logoUrl}
          onValueChange={setThemeField('logoUrl')}
          error={errorFor('thema-logoUrl')}
        />
        <TextField
          id="thema-fontFamily"
          label="Lettertype (niet verplicht)"
          description="Alleen de naam, bijvoorbeeld Arial. Het lettertype moet op de computer van de bezoeker staan."
          value={theme.fontFamily}
          onValueChange={setThemeField('fontFamily')}
          error={errorFor('thema-fontFamily')}
        />
      </Fieldset>

      <ChannelsEditor channels={channels} onChange={setChannels} errorFor={errorFor} />

      <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
        {save.isPending ? 'Bezig met opslaan…' : 'Instellingen opslaan'}
      </Button>
    </form>
  );
}

const LABELS: Record<string, string> = {
  name: 'Naam',
  connectorTitle: 'Titel',
  websiteUrl: 'Website',
  primaryColor: 'Hoofdkleur',
  primaryTextColor: 'Tekstkleur op de hoofdkleur',
  linkColor: 'Kleur van links',
  headerBackgroundColor: 'Achtergrond van de kopbalk',
  headerTextColor: 'Tekstkleur van de kopbalk',
  logoUrl: 'Logo',
  fontFamily: 'Lettertype',
  url: 'Webadres',
  description: 'Uitleg',
};

function labelled(path: PropertyKey[], message: string): string {
  const last = path[path.length - 1];
  const channel = path[0] === 'regularChannels' && typeof path[1] === 'number' ? `Kanaal ${path[1] + 1}, ` : '';
  const label = typeof last === 'string' ? (LABELS[last] ?? last) : '';
  return label ? `${channel}${label}: ${message}` : message;
}
