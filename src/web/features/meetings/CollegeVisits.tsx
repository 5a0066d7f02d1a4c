import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { MEETING_STATUS_LABELS, type CollegeVisitCoverageSchema } from '../../../shared/schemas/meeting.js';
import { request } from '../../api/client.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import { formatDate } from '../programme/api.js';

/** Per term of office: which areas the college visited for its half-day, and which it has yet to visit. */
export function CollegeVisits() {
  const coverage = useQuery({
    queryKey: ['meetings', 'college-visits'],
    queryFn: () => request<z.infer<typeof CollegeVisitCoverageSchema>>('GET', '/api/v1/college-visits/coverage'),
    retry: false,
  });
  const data = coverage.data;
  if (!data) return null;
  return (
    <section aria-labelledby="collegebezoeken">
      <Heading level={2} id="collegebezoeken">Collegebezoeken {data.term.name}</Heading>
      <Paragraph>
        Het college bezoekt elke wijk en kern eens per collegeperiode een dagdeel: {data.visited} van de {data.total} bezocht.
      </Paragraph>
      <ul className="utrecht-unordered-list">
        {data.areas.map((row) => (
          <li key={row.area.id} className="utrecht-unordered-list__item">
            {row.area.name}: {row.visit ? `${MEETING_STATUS_LABELS[row.visit.status].toLowerCase()} op ${formatDate(row.visit.startsAt)}` : 'nog niet bezocht of gepland'}
          </li>
        ))}
      </ul>
    </section>
  );
}
