import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

describe('municipality settings', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    admin = await signIn(t.app, 'beheerder@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  it('shows the connector title, theme and regular channels of the own municipality', async () => {
    const connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    const response = await t.app.inject({ url: '/api/v1/municipality', headers: connector.headers });
    expect(response.json()).toMatchObject({ code: 'GM0748', name: 'Bergen op Zoom', connectorTitle: 'wijkverbinder', theme: { primaryColor: '#00548f' } });
    expect(response.json().regularChannels[0]).toMatchObject({ name: 'BuitenBeter-app', url: 'https://www.buitenbeter.nl/' });
  });

  it('lets the administrator change title, theme and channels; the public card follows', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/municipality',
      headers: admin.headers,
      payload: {
        connectorTitle: 'wijkregisseur',
        theme: { primaryColor: '#123456', primaryTextColor: '#ffffff' },
        regularChannels: [{ name: 'Signalen', url: 'https://meldingen.bergenopzoom.demo/' }],
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ connectorTitle: 'wijkregisseur', regularChannels: [{ name: 'Signalen', description: '' }] });
    await expect
      .poll(async () => (await t.app.inject({ url: '/api/v1/lookup?q=Tuinwijk' })).json().matches[0].card.title, { timeout: 5000 })
      .toBe('wijkregisseur');
  });

  it('configures frameworks, retention and an Open311 endpoint without ever showing its API key', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/municipality',
      headers: admin.headers,
      payload: {
        frameworks: ['structuurvisie', 'veiligheidsbeleid', 'groenbeleidsplan'],
        retentionMonths: 12,
        open311: { endpoint: 'https://meldingen.example.nl/open311/v2', serviceCode: 'openbare-ruimte', apiKey: 'geheim-123' },
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      frameworks: ['structuurvisie', 'veiligheidsbeleid', 'groenbeleidsplan'],
      retentionMonths: 12,
      open311: { endpoint: 'https://meldingen.example.nl/open311/v2', serviceCode: 'openbare-ruimte', hasApiKey: true },
    });
    expect(response.body).not.toContain('geheim-123');
    const publicList = await t.app.inject({ url: '/api/v1/public/municipalities' });
    expect(publicList.body).not.toContain('open311');
    const off = await t.app.inject({ method: 'PATCH', url: '/api/v1/municipality', headers: admin.headers, payload: { open311: null } });
    expect(off.json().open311).toBeNull();
  });

  it('refuses bad settings with readable messages and keeps the old ones', async () => {
    for (const payload of [
      { theme: { primaryColor: 'blue' } },
      { theme: { script: 'alert(1)' } },
      { regularChannels: [{ name: 'X', url: 'javascript:alert(1)' }] },
      { name: '' },
      { municipality: 'GM0400' },
    ]) {
      const response = await t.app.inject({ method: 'PATCH', url: '/api/v1/municipality', headers: admin.headers, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    const after = (await t.app.inject({ url: '/api/v1/municipality', headers: admin.headers })).json();
    expect(after.theme.primaryColor).toBe('#123456');
    expect(after.name).toBe('Bergen op Zoom');
  });
});
