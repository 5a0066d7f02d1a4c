import type { ReactNode } from 'react';
import { AppLink, ExternalLink, telHref } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { CHANNEL_LABELS, formatDate, kindLabel, priorityLabel, statusText, themeLabel } from './labels.js';
import type { SignalDetail, TriageResult } from './types.js';

/** The facts of a signal: where it came from, where it is, and how it was assessed. */
export function SignalFacts({ signal }: { signal: SignalDetail }) {
  return (
    <dl className="facts">
      <Fact term="Status">{statusText(signal)}</Fact>
      <Fact term="Soort">{kindLabel(signal.kind)}</Fact>
      <Fact term="Ontvangen">
        {formatDate(signal.receivedOn)} via {CHANNEL_LABELS[signal.channel].toLowerCase()}
        {signal.onBehalfOf && `, namens ${signal.onBehalfOf}`}
        {signal.enteredBy && ` (vastgelegd door ${signal.enteredBy})`}
      </Fact>
      <Fact term="Gebied">
        {signal.area ? <AppLink to={`/werk/gebieden/${signal.area.id}`}>{signal.area.name}</AppLink> : 'Nog geen gebied'}
        {signal.neighbourhood && `, buurt ${signal.neighbourhood.name}`}
      </Fact>
      <Fact term="Prioriteit">
        {priorityLabel(signal.priority)}
        {signal.priorityReason && ` — ${signal.priorityReason}`}
      </Fact>
      <Fact term="Thema’s">{signal.themes.length > 0 ? signal.themes.map(themeLabel).join(', ') : 'Nog geen'}</Fact>
      {signal.frameworks.length > 0 && <Fact term="Kaders">{signal.frameworks.join(', ')}</Fact>}
      {signal.contentAssessment && <Fact term="Inhoudelijke beoordeling">{signal.contentAssessment}</Fact>}
      {signal.relevance && <Fact term="Maatschappelijke relevantie">{signal.relevance}</Fact>}
      {signal.approach && <Fact term="Aanpak">{signal.approach}</Fact>}
      {signal.expectedResult && <Fact term="Verwacht resultaat">{signal.expectedResult}</Fact>}
      {signal.result && <Fact term="Resultaat">{signal.result}</Fact>}
      {signal.duplicateOf && (
        <Fact term="Dubbel van">
          <AppLink to={`/werk/signalen/${signal.duplicateOf.id}`}>{signal.duplicateOf.reference}</AppLink>
        </Fact>
      )}
      {signal.duplicates.length > 0 && (
        <Fact term="Dubbele signalen">
          {signal.duplicates.map((duplicate, index) => (
            <span key={duplicate.id}>
              {index > 0 && ', '}
              <AppLink to={`/werk/signalen/${duplicate.id}`}>{duplicate.reference}</AppLink>
            </span>
          ))}
        </Fact>
      )}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className="preserve-lines">{children}</dd>
    </div>
  );
}

/** The suggestion made at intake, with its reason: the connector may follow it or not. */
export function TriageSuggestion({ triage }: { triage: TriageResult | null }) {
  if (!triage) return <Paragraph>Er is geen suggestie bij binnenkomst.</Paragraph>;
  const specialists = triage.specialists.filter((s) => s.name);
  return (
    <dl className="facts">
      <Fact term="Soort">
        {kindLabel(triage.kind)} (zekerheid {Math.round(triage.confidence * 100)}%)
      </Fact>
      <Fact term="Waarom">{triage.reason}</Fact>
      <Fact term="Thema’s">{triage.themes.length > 0 ? triage.themes.map(themeLabel).join(', ') : 'Geen'}</Fact>
      {triage.specialists.length > 0 && (
        <Fact term="Specialisten">
          {specialists.length > 0
            ? specialists.map((s) => `${s.name}${s.department ? ` (${s.department})` : ''} voor ${s.domain}`).join('; ')
            : triage.specialists.map((s) => s.domain).join(', ')}
        </Fact>
      )}
    </dl>
  );
}

/** The resident's contact details: only when the API gives them (it logs every read). */
export function Reporters({ signal, connectorTitle }: { signal: SignalDetail; connectorTitle: string }) {
  if (signal.reporters && signal.reporters.length > 0) {
    return (
      <>
        <ul className="utrecht-unordered-list">
          {signal.reporters.map((reporter, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reporters have no id of their own and never reorder
            <li key={`${reporter.email ?? ''}-${reporter.phone ?? ''}-${index}`} className="utrecht-unordered-list__item">
              {reporter.name ?? 'Naam onbekend'}
              {reporter.email && (
                <>
                  {' · '}
                  <ExternalLink href={`mailto:${reporter.email}`}>{reporter.email}</ExternalLink>
                </>
              )}
              {reporter.phone && (
                <>
                  {' · '}
                  <ExternalLink href={telHref(reporter.phone)} telephone>
                    {reporter.phone}
                  </ExternalLink>
                </>
              )}
            </li>
          ))}
        </ul>
        <Paragraph small>U ziet deze gegevens omdat u het signaal opvolgt; uw inzage is vastgelegd in het auditlog.</Paragraph>
      </>
    );
  }
  if (signal.hasReporter) {
    return <Paragraph>De melder liet contactgegevens achter. Alleen de {connectorTitle} van het gebied en de coördinator kunnen die inzien.</Paragraph>;
  }
  return <Paragraph>De melder liet geen contactgegevens achter. Berichten verschijnen wel op de volgpagina.</Paragraph>;
}
