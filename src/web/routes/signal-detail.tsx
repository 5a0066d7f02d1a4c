import type { ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { ApiError, errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useAreas, useRegions } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useColleagues } from '../features/directory/api.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';
import { ReferralForm } from '../features/referrals/ReferralForm.js';
import { ReferralList } from '../features/referrals/ReferralList.js';
import { useSignal, useSpecialistSuggestions } from '../features/signals/api.js';
import { AssessmentForm, DEFAULT_FRAMEWORKS } from '../features/signals/AssessmentForm.js';
import { DuplicateForm } from '../features/signals/DuplicateForm.js';
import { HandoffPanel } from '../features/signals/HandoffPanel.js';
import { kindLabel, statusText } from '../features/signals/labels.js';
import { Reporters, SignalFacts, TriageSuggestion } from '../features/signals/SignalOverview.js';
import { SignalPlace } from '../features/signals/SignalPlace.js';
import { StatusForm } from '../features/signals/StatusForm.js';
import { MessageForm, NoteForm } from '../features/signals/TextActionForms.js';
import { Timeline } from '../features/signals/Timeline.js';
import type { SignalDetail, TriageResult } from '../features/signals/types.js';
import '../features/signals/signals.css';

/** One signal: its text, place and photos, the suggestion at intake, the assessment, referrals, status and history. */
export function SignalDetailPage() {
  const { id = '' } = useParams();
  const signal = useSignal(id);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const isMissing = signal.error instanceof ApiError && signal.error.status === 404;
  const title = signal.data ? `Signaal ${signal.data.reference}` : isMissing ? 'Signaal niet gevonden' : 'Signaal';
  usePageTitle(title);

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/signalen">Signalen</AppLink>
      </p>
      <Heading level={1}>{title}</Heading>
      {notice && <Alert type="ok">{notice}</Alert>}
      {signal.isPending && <Loading>Signaal laden…</Loading>}
      {isMissing && <Paragraph>Dit signaal bestaat niet, of u heeft er geen toegang toe.</Paragraph>}
      {signal.isError && !isMissing && <Alert type="error">{errorMessage(signal.error)}</Alert>}
      {signal.data && <SignalRecord signal={signal.data} />}
    </>
  );
}

function SignalRecord({ signal }: { signal: SignalDetail }) {
  const me = useMe().data;
  const canHandle = hasRole(me, 'connector', 'coordinator');
  const municipality = useOwnMunicipality().data;
  const areas = useAreas();
  const regions = useRegions();
  const colleagues = useColleagues({ enabled: canHandle });
  const triage = (signal.triage ?? null) as TriageResult | null;
  const channel = municipality?.regularChannels[0];
  const connectorTitle = municipality?.connectorTitle ?? 'wijkverbinder';
  const isOpen = signal.status !== 'closed';
  const isDailyReport = signal.kind === 'daily_report' || triage?.kind === 'daily_report';
  const suggested = useSpecialistSuggestions(signal, municipality?.code, canHandle && isOpen);

  return (
    <>
      <Paragraph lead>
        {statusText(signal)} · {kindLabel(signal.kind)}
        {signal.area ? ` · ${signal.area.name}` : ''}
      </Paragraph>
      {!canHandle && <Paragraph>U kunt dit signaal lezen. Beoordelen en opvolgen doen de {connectorTitle} en de coördinator.</Paragraph>}

      <Section id="signaal-tekst-titel" title="Het signaal">
        <blockquote className="signal-quote">
          <p className="utrecht-paragraph">{signal.text}</p>
        </blockquote>
        <SignalFacts signal={signal} />
      </Section>

      {(isDailyReport || signal.handoff) && (
        <Section id="doorzetten" title="Dagelijkse melding">
          <HandoffPanel signal={signal} channel={channel} canHandle={canHandle} />
        </Section>
      )}

      <Section id="suggestie" title="Suggestie bij binnenkomst">
        <TriageSuggestion triage={triage} />
      </Section>

      <Section id="plek" title="Plek en foto’s">
        <SignalPlace signal={signal} regions={regions.data?.regions} />
      </Section>

      <Section id="melder" title="Melder">
        <Reporters signal={signal} connectorTitle={connectorTitle} />
      </Section>

      {canHandle && (
        <Section id="beoordeling" title="Beoordeling">
          {areas.data && <AssessmentForm signal={signal} areas={areas.data} frameworks={municipality?.frameworks?.length ? municipality.frameworks : DEFAULT_FRAMEWORKS} />}
        </Section>
      )}

      <Section id="verzoeken" title="Verzoeken aan specialisten">
        <ReferralList referrals={signal.referrals} canFollowUp={canHandle} />
        {canHandle && isOpen && (
          <>
            <Heading level={3} id="verzoek-nieuw">
              Nieuw verzoek
            </Heading>
            {colleagues.isError && <Alert type="error">{errorMessage(colleagues.error)}</Alert>}
            {colleagues.data && <ReferralForm signalId={signal.id} colleagues={colleagues.data} suggested={suggested} />}
          </>
        )}
      </Section>

      {canHandle && (
        <Section id="status-titel" title={isOpen ? 'Status wijzigen of afsluiten' : 'Heropenen'}>
          <StatusForm signal={signal} channelName={channel?.name ?? 'het meldkanaal van de gemeente'} />
        </Section>
      )}

      {canHandle && (
        <Section id="berichten" title="Bericht en notitie">
          <MessageForm signal={signal} channelName={channel?.name ?? 'het meldkanaal van de gemeente'} />
          <NoteForm signal={signal} />
        </Section>
      )}

      {canHandle && isOpen && !signal.duplicateOf && (
        <Section id="dubbel" title="Dubbel signaal?">
          <Paragraph>Gaat dit over hetzelfde als een eerder signaal? Koppel het daaraan; de melders horen dan allemaal hetzelfde nieuws.</Paragraph>
          <DuplicateForm signal={signal} />
        </Section>
      )}

      <Section id="geschiedenis" title="Geschiedenis">
        <Timeline events={signal.events} />
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="signal-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
