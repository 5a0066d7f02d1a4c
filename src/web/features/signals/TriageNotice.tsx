import { ExternalLink } from '../../components/Link.js';
import type { TriageResult } from './types.js';

interface TriageNoticeProps {
  triage: TriageResult | undefined;
  /** Whether the text is long enough to say something about it (the query keeps its last answer). */
  isRelevant: boolean;
  connectorTitle: string;
  /** Staff entering a signal read what to do with it, not what a resident should do. */
  isStaff?: boolean;
}

/**
 * What the text looks like, before the resident submits it: a daily report goes to the municipality's
 * regular channel (with its link), an individual question to the department. The resident may go on.
 * The region is always there, so screen readers hear each new notice (politely).
 */
export function TriageNotice({ triage, isRelevant, connectorTitle, isStaff = false }: TriageNoticeProps) {
  const shown = isRelevant ? triage : undefined;
  if (isStaff) return <StaffTriageNotice triage={shown} />;
  return (
    <div className="triage-notice" role="status" aria-live="polite">
      {shown?.kind === 'daily_report' && (
        <div className="utrecht-alert utrecht-alert--warning triage-notice__box">
          <div className="utrecht-alert__content">
            <h2 className="utrecht-heading-3">Dit lijkt een dagelijkse melding</h2>
            <p className="utrecht-paragraph">
              Zoals een kapotte lantaarnpaal, zwerfafval of een losse stoeptegel. Zulke meldingen handelt de gemeente af via het gewone
              meldkanaal; dan komen ze meteen bij de juiste afdeling en gaat het sneller.
            </p>
            {shown.regularChannel ? (
              <p className="utrecht-paragraph">
                Meld het via{' '}
                <ExternalLink href={shown.regularChannel.url} rel="noopener">
                  {shown.regularChannel.name}
                </ExternalLink>
                {shown.regularChannel.description && <>: {shown.regularChannel.description}</>}
              </p>
            ) : (
              <p className="utrecht-paragraph">Meld het via de website of het telefoonnummer van de gemeente.</p>
            )}
            <p className="utrecht-paragraph triage-notice__reason">Waarom wij dit denken: {shown.reason}</p>
            <p className="utrecht-paragraph">Gaat het toch om iets dat de buurt als geheel raakt? Dan kunt u hieronder gewoon verder gaan.</p>
          </div>
        </div>
      )}
      {shown?.kind === 'individual_question' && (
        <div className="utrecht-alert utrecht-alert--info triage-notice__box">
          <div className="utrecht-alert__content">
            <h2 className="utrecht-heading-3">Dit lijkt een vraag over uw eigen situatie</h2>
            <p className="utrecht-paragraph">
              Zo’n vraag sturen wij door naar de afdeling van de gemeente die erover gaat. Laat hieronder uw e-mailadres of telefoonnummer
              achter, zodat zij contact met u kunnen opnemen.
            </p>
            <p className="utrecht-paragraph triage-notice__reason">Waarom wij dit denken: {shown.reason}</p>
          </div>
        </div>
      )}
      {shown?.kind === 'area_issue' && (
        <p className="utrecht-paragraph triage-notice__ok">
          Dit lijkt een signaal over uw buurt: de {connectorTitle} van uw gebied pakt het op.
        </p>
      )}
    </div>
  );
}

/** For staff: the suggestion and what it means for the next step. */
function StaffTriageNotice({ triage }: { triage: TriageResult | undefined }) {
  const advice = {
    daily_report: `Dit lijkt een dagelijkse melding. Na het vastleggen zet u hem met één klik door naar ${triage?.regularChannel?.name ?? 'het meldkanaal'}.`,
    individual_question: 'Dit lijkt een individuele vraag: die hoort bij de afdeling die erover gaat; verwijs de melder door.',
    area_issue: 'Dit lijkt een wijkvraagstuk.',
  } as const;
  return (
    <div className="triage-notice" role="status" aria-live="polite">
      {triage && (
        <p className="utrecht-paragraph triage-notice__ok">
          Suggestie: {advice[triage.kind]} Waarom: {triage.reason}
        </p>
      )}
    </div>
  );
}
