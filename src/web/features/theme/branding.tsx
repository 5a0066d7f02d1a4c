import { type ReactNode, createContext, useContext, useEffect, useState } from 'react';
import type { Municipality } from '../../api/types.js';
import { applyTheme } from './theme.js';

interface Branding {
  municipality: Municipality | null;
  setMunicipality: (municipality: Municipality | null) => void;
}

const BrandingContext = createContext<Branding>({ municipality: null, setMunicipality: () => {} });

/** Which municipality the page is about: its name and logo in the header, its theme on the root element. */
export function BrandingProvider({ children }: { children: ReactNode }) {
  const [municipality, setMunicipality] = useState<Municipality | null>(null);
  useEffect(() => applyTheme(municipality?.theme), [municipality]);
  return <BrandingContext.Provider value={{ municipality, setMunicipality }}>{children}</BrandingContext.Provider>;
}

export const useBranding = () => useContext(BrandingContext).municipality;

/** Makes the page wear this municipality's colours (while it is known). */
export function useMunicipalityBranding(municipality: Municipality | null | undefined): void {
  const { setMunicipality } = useContext(BrandingContext);
  useEffect(() => {
    if (municipality) setMunicipality(municipality);
  }, [municipality, setMunicipality]);
}
