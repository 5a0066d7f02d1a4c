import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import { formatDate } from '../programme/api.js';

/** A secret link to one's own calendar (spreekuren and meetings) for a calendar app; shown once. */
export function PersonalFeed() {
  const client = useQueryClient();
  const status = useQuery({ queryKey: ['meetings', 'feed'], queryFn: () => request<{ createdAt: string | null }>('GET', '/api/v1/calendars/me/feed') });
  const create = useMutation({
    mutationFn: () => request<{ url: string; createdAt: string }>('POST', '/api/v1/calendars/me/feed', { body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings', 'feed'] }),
  });
  const revoke = useMutation({
    mutationFn: () => request('DELETE', '/api/v1/calendars/me/feed'),
    onSuccess: () => {
      create.reset();
      return client.invalidateQueries({ queryKey: ['meetings', 'feed'] });
    },
  });
  return (
    <section aria-labelledby="mijn-agenda">
      <Heading level={2} id="mijn-agenda">Mijn agenda in een agenda-app</Heading>
      <Paragraph>
        Een geheime link naar de spreekuren en bijeenkomsten van uw gebieden (iCalendar). Wie de link heeft, ziet uw agenda: deel hem niet.
        {status.data?.createdAt && ` U maakte een link op ${formatDate(status.data.createdAt)}.`}
      </Paragraph>
      {create.data && (
        <Alert type="ok">
          Uw nieuwe link (alleen nu te zien): <code className="feed-url">{create.data.url}</code>
        </Alert>
      )}
      <Button busy={create.isPending} onClick={() => create.mutate()}>
        {status.data?.createdAt ? 'Nieuwe link maken (de oude stopt)' : 'Link maken'}
      </Button>{' '}
      {status.data?.createdAt && (
        <Button busy={revoke.isPending} onClick={() => revoke.mutate()}>
          Link intrekken
        </Button>
      )}
    </section>
  );
}
