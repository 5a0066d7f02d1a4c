import type { AgendaSection } from '../../../shared/schemas/meeting.js';
import { PROJECT_STATUS_LABELS } from '../../../shared/schemas/programme.js';
import { PRIORITY_LABELS } from '../../../shared/schemas/signal.js';
import { THEMES, type Theme } from '../../../shared/schemas/signal-vocabulary.js';

/** A key figure of the area beside the municipality, already formatted for an agenda line. */
export interface FigureLine {
  id: string;
  title: string;
  text: string;
}

export interface AgendaSources {
  figures: FigureLine[];
  signals: { id: string; reference: string; text: string; themes: string[]; priority: string | null }[];
  projects: { id: string; title: string; status: string; percentDone: number }[];
  initiatives: { id: string; reference: string; title: string }[];
  openActions: { id: string; text: string; owner: string; dueOn: string | null }[];
}

type SourceKind = 'figure' | 'signal' | 'project' | 'initiative' | 'action';

// Where each kind of source lands, by section key, first match wins; else the last section.
// Waarderend vernieuwen: figures are background for discovering; signals, projects and initiatives feed
// the design of what is needed; open agreements come back when new ones are made.
const PLACEMENT: Record<SourceKind, string[]> = {
  figure: ['discover', 'presentation', 'information', 'opening'],
  signal: ['design', 'signals', 'themes', 'ideas'],
  project: ['design', 'information', 'progress', 'themes'],
  initiative: ['design', 'ideas', 'progress', 'signals'],
  action: ['deliver', 'agreements'],
};

const excerpt = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const themeLabel = (theme: string) => THEMES[theme as Theme]?.label ?? theme;

/**
 * The agenda of a new meeting: the sections of its conversation format, each filled with what the area
 * brings — key figures, open signals, the programme's projects, open initiatives and open agreements.
 */
export function prefillAgenda(sections: { key: string; title: string; prompt?: string }[], sources: AgendaSources | null): AgendaSection[] {
  const agenda: AgendaSection[] = sections.map((section) => ({ key: section.key, title: section.title, prompt: section.prompt ?? '', items: [] }));
  if (!sources || agenda.length === 0) return agenda;
  const sectionFor = (kind: SourceKind) => agenda.find((section) => PLACEMENT[kind].includes(section.key)) ?? (agenda[agenda.length - 1] as AgendaSection);
  const add = (kind: SourceKind, text: string, source: { id: string; label: string }) =>
    sectionFor(kind).items.push({ text, source: { type: kind, id: source.id, label: source.label } });

  for (const figure of sources.figures) add('figure', figure.text, { id: figure.id, label: figure.title });
  for (const signal of sources.signals) {
    const themes = signal.themes.map(themeLabel).join(', ');
    const priority = signal.priority ? ` — prioriteit ${PRIORITY_LABELS[signal.priority as keyof typeof PRIORITY_LABELS]?.toLowerCase() ?? signal.priority}` : '';
    add('signal', `Signaal ${signal.reference}${themes ? ` (${themes})` : ''}${priority}: ${excerpt(signal.text)}`, { id: signal.id, label: signal.reference });
  }
  for (const project of sources.projects) {
    add('project', `Project uit het wijkprogramma: ${project.title} — ${PROJECT_STATUS_LABELS[project.status as keyof typeof PROJECT_STATUS_LABELS] ?? project.status}, ${project.percentDone}% gereed`, { id: project.id, label: project.title });
  }
  for (const initiative of sources.initiatives) add('initiative', `Bewonersinitiatief ${initiative.reference}: ${initiative.title}`, { id: initiative.id, label: initiative.reference });
  for (const action of sources.openActions) {
    add('action', `Openstaande afspraak: ${action.text} (${action.owner}${action.dueOn ? `, vóór ${action.dueOn}` : ''})`, { id: action.id, label: 'afspraak' });
  }
  return agenda;
}
