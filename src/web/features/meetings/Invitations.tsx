import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { InviteSuggestionSchema, Meeting } from '../../../shared/schemas/meeting.js';
import { THEMES, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { errorMessage, request } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph, VisuallyHidden } from '../../components/Paragraph.js';

/**
 * Information supply for a wijkoverleg (or any meeting): which colleague to invite on which theme,
 * suggested from the themes of the area's open signals and the colleagues' expertise.
 */
export function Invitations({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const client = useQueryClient();
  const suggestions = useQuery({
    queryKey: ['meetings', meeting.id, 'suggestions'],
    queryFn: () => request<z.infer<typeof InviteSuggestionSchema>[]>('GET', `/api/v1/meetings/${encodeURIComponent(meeting.id)}/invitation-suggestions`),
    enabled: canEdit,
  });
  const settle = (updated: Meeting) => client.setQueryData(['meetings', meeting.id], updated);
  const invite = useMutation({
    mutationFn: (body: { userId: string; theme: string }) => request<Meeting>('POST', `/api/v1/meetings/${encodeURIComponent(meeting.id)}/invitations`, { body }),
    onSuccess: settle,
  });
  const remove = useMutation({
    mutationFn: (id: string) => request<Meeting>('DELETE', `/api/v1/meetings/${encodeURIComponent(meeting.id)}/invitations/${encodeURIComponent(id)}`),
    onSuccess: settle,
  });
  const invited = new Set(meeting.invitations.map((i) => `${i.user.id}/${i.theme}`));
  const label = (theme: string) => THEMES[theme as Theme]?.label ?? theme;
  return (
    <section aria-labelledby="uitnodigingen">
      <Heading level={2} id="uitnodigingen">Informatie: wie komt vertellen</Heading>
      {(invite.isError || remove.isError) && <Alert type="error">{errorMessage(invite.error ?? remove.error)}</Alert>}
      {meeting.invitations.length === 0 ? (
        <Paragraph>Nog geen collega’s uitgenodigd.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {meeting.invitations.map((i) => (
            <li key={i.id} className="utrecht-unordered-list__item">
              {i.user.name}{i.user.department ? ` (${i.user.department})` : ''} over {label(i.theme).toLowerCase()}
              {canEdit && (
                <>
                  {' '}
                  <Button busy={remove.isPending && remove.variables === i.id} onClick={() => remove.mutate(i.id)}>
                    Intrekken<VisuallyHidden>: {i.user.name}</VisuallyHidden>
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && suggestions.data && suggestions.data.length > 0 && (
        <>
          <Heading level={3}>Voorstellen bij de thema’s van de open signalen</Heading>
          <ul className="utrecht-unordered-list">
            {suggestions.data.map((s) => (
              <li key={s.theme} className="utrecht-unordered-list__item">
                {s.themeLabel}:{' '}
                {s.people.length === 0
                  ? 'geen collega met deze expertise gevonden'
                  : s.people.map((person) => (
                      <Button
                        key={person.id}
                        disabled={invited.has(`${person.id}/${s.theme}`)}
                        busy={invite.isPending && invite.variables?.userId === person.id && invite.variables.theme === s.theme}
                        onClick={() => invite.mutate({ userId: person.id, theme: s.theme })}
                      >
                        {invited.has(`${person.id}/${s.theme}`) ? 'Uitgenodigd' : 'Uitnodigen'}: {person.name}
                        <VisuallyHidden> over {s.themeLabel.toLowerCase()}</VisuallyHidden>
                      </Button>
                    ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
