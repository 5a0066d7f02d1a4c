export interface StreetLocation {
  /** "Ravelstraat, Bergen op Zoom" */
  name: string;
  lat: number;
  lon: number;
}

export type StreetSearch =
  | { available: false; message: string }
  | { available: true; streets: StreetLocation[]; message: string | null };

/**
 * Street name → a point on that street, so the lookup index can tell its buurt. No street data ships
 * with Schakel (the BAG is too large to keep offline), so this is a seam: the PDOK Locatieserver
 * (`type:weg`, within one municipality) when PDOK_LOCATIESERVER_URL is set, otherwise honestly off.
 * PDOK gives the street's centre: a long street can run through more than one buurt.
 */
export async function locateStreet(options: {
  baseUrl: string | undefined;
  street: string;
  municipalityCode: string;
  timeoutMs?: number;
}): Promise<StreetSearch> {
  if (!options.baseUrl) {
    return {
      available: false,
      message: 'Zoeken op straatnaam staat uit: deze installatie heeft geen straatgegevens (PDOK Locatieserver is niet ingesteld). Zoek op gebied, buurt of wijk.',
    };
  }
  const url = new URL(`${options.baseUrl.replace(/\/$/, '')}/free`);
  url.searchParams.set('q', options.street);
  url.searchParams.append('fq', 'type:weg');
  url.searchParams.append('fq', `gemeentecode:${options.municipalityCode.slice(2)}`);
  url.searchParams.set('rows', '5');
  url.searchParams.set('fl', 'weergavenaam,centroide_ll');
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 3000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = (await response.json()) as { response?: { docs?: { weergavenaam?: string; centroide_ll?: string }[] } };
    const streets = (body.response?.docs ?? []).flatMap((doc) => {
      const match = /^POINT\(([-0-9.]+) ([-0-9.]+)\)$/.exec(doc.centroide_ll ?? '');
      return match && doc.weergavenaam ? [{ name: doc.weergavenaam, lon: Number(match[1]), lat: Number(match[2]) }] : [];
    });
    return { available: true, streets, message: null };
  } catch {
    return { available: true, streets: [], message: 'De straatzoeker (PDOK) is nu niet bereikbaar; zoek op gebied, buurt of wijk.' };
  }
}
