import type { Area } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { Heading } from '../../components/Heading.js';
import { AppLink, ButtonLink } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { errorMessage } from '../../api/client.js';
import { BOARD_STATUS_LABELS, ORGANISATION_TYPE_LABELS } from '../../../shared/schemas/organisation.js';
import { hasRole, useMe } from '../auth/use-session.js';
import { BoardNotice } from '../organisations/BoardNotice.js';
import { useOrganisations } from '../organisations/api.js';
import { usePortfolio } from './api.js';
import { formatDate } from './fields.js';
import './activities.css';

/**
 * On the area page: a stopped wijkraad or dorpsraad and who took over (for everyone to see), the area's
 * partners, the open work, and the actions — log an activity, the timeline, hand the area over.
 */
export function AreaPartnerWork({ area }: { area: Area }) {
  const me = useMe().data;
  const organisations = useOrganisations({ areaId: area.id });
  const readsWork = hasRole(me, 'connector', 'coordinator', 'administrator', 'alderman');
  const portfolio = usePortfolio(area.id, readsWork);
  const stopped = (organisations.data ?? []).filter((organisation) => organisation.board.status === 'stopped');

  return (
    <section aria-labelledby="partners-en-werk">
      <Heading level={2} id="partners-en-werk">
        Partners en werk
      </Heading>
      {stopped.map((organisation) => (
        <BoardNotice key={organisation.id} organisation={organisation} />
      ))}
      {readsWork && (
        <p className="utrecht-paragraph area-actions">
          {hasRole(me, 'connector', 'coordinator') && <ButtonLink to={`/werk/activiteiten?gebied=${area.id}`}>Activiteit vastleggen</ButtonLink>}{' '}
          <ButtonLink to={`/werk/tijdlijn?gebied=${area.id}`} appearance="secondary">
            Tijdlijn van {area.name}
          </ButtonLink>{' '}
          {hasRole(me, 'coordinator', 'administrator') && (
            <ButtonLink to={`/werk/gebieden/${area.id}/overdracht`} appearance="secondary">
              Gebied overdragen
            </ButtonLink>
          )}
        </p>
      )}
      {portfolio.data && (
        <>
          <Heading level={3}>Open werk</Heading>
          <ul className="utrecht-unordered-list">
            <li className="utrecht-unordered-list__item">{portfolio.data.openSignals.length} open signalen</li>
            <li className="utrecht-unordered-list__item">
              {portfolio.data.openReferrals.length} lopende verzoeken aan collega’s ({portfolio.data.openReferrals.filter((r) => r.isOverdue).length} over de termijn)
            </li>
            <li className="utrecht-unordered-list__item">
              {portfolio.data.activities.count} activiteiten vastgelegd
              {portfolio.data.activities.lastOn ? `, laatste op ${formatDate(portfolio.data.activities.lastOn)}` : ''}
            </li>
            {portfolio.data.handovers[0] && (
              <li className="utrecht-unordered-list__item">
                Overgedragen van {portfolio.data.handovers[0].from?.name ?? 'onbekend'} aan {portfolio.data.handovers[0].to?.name ?? 'onbekend'} op{' '}
                {formatDate(portfolio.data.handovers[0].at.slice(0, 10))}
              </li>
            )}
          </ul>
        </>
      )}
      <Heading level={3}>Partners in {area.name}</Heading>
      {organisations.isError && <Alert type="error">{errorMessage(organisations.error)}</Alert>}
      {organisations.data && organisations.data.length === 0 && <Paragraph>Nog geen partners vastgelegd.</Paragraph>}
      {organisations.data && organisations.data.length > 0 && (
        <ul className="utrecht-unordered-list">
          {organisations.data.map((organisation) => (
            <li key={organisation.id} className="utrecht-unordered-list__item">
              <AppLink to={`/werk/organisaties/${organisation.id}`}>{organisation.name}</AppLink> — {ORGANISATION_TYPE_LABELS[organisation.type].toLowerCase()}
              {organisation.board.status ? `, ${BOARD_STATUS_LABELS[organisation.board.status].toLowerCase()}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
