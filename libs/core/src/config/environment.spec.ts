import { validateEnvironment } from './environment';

describe('Environment', () => {
  it('applies the defaults when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', LOG_LEVEL: 'info' });
  });

  it('reads PORT and DATA_DIR overrides', () => {
    const env = validateEnvironment({ PORT: '4100', DATA_DIR: '/tmp/x' });
    expect(env.PORT).toBe(4100);
    expect(env.DATA_DIR).toBe('/tmp/x');
  });

  it('names the variable of a bad value', () => {
    expect(() => validateEnvironment({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => validateEnvironment({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('reads the obligation settings, 90 days and a minute by default, and refuses nonsense', () => {
    expect(validateEnvironment({})).toMatchObject({ TIP_OUTCOME_DUE_DAYS: 90, OVERDUE_CHECK_INTERVAL_MS: 60000 });
    expect(validateEnvironment({ TIP_OUTCOME_DUE_DAYS: '30', OVERDUE_CHECK_INTERVAL_MS: '500' })).toMatchObject({
      TIP_OUTCOME_DUE_DAYS: 30,
      OVERDUE_CHECK_INTERVAL_MS: 500,
    });
    expect(() => validateEnvironment({ TIP_OUTCOME_DUE_DAYS: '0' })).toThrow(/TIP_OUTCOME_DUE_DAYS/);
    expect(() => validateEnvironment({ OVERDUE_CHECK_INTERVAL_MS: 'often' })).toThrow(/OVERDUE_CHECK_INTERVAL_MS/);
  });

  it('needs issuer and audience when an external JWKS is configured', () => {
    expect(() => validateEnvironment({ JWT_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/JWT_ISSUER/);
    expect(() =>
      validateEnvironment({ JWT_JWKS_URL: 'https://idp.example/jwks', JWT_ISSUER: 'idp', JWT_AUDIENCE: 'samverkan' }),
    ).not.toThrow();
  });

  it('reads the region list from REGIONS, comma-separated, and defaults to the 21 counties', () => {
    expect(validateEnvironment({}).REGIONS).toHaveLength(21);
    expect(validateEnvironment({ REGIONS: ' Norr, Mitt ,Syd' }).REGIONS).toEqual(['Norr', 'Mitt', 'Syd']);
    expect(() => validateEnvironment({ REGIONS: 'Norr,Norr' })).toThrow(/REGIONS/);
    expect(() => validateEnvironment({ REGIONS: ' , ' })).toThrow(/REGIONS/);
  });

  it('selects EventStoreDB by connection string, and names a bad one without echoing it', () => {
    expect(validateEnvironment({}).EVENTSTORE_CONNECTION_STRING).toBeUndefined();
    const cluster = 'esdb+discover://node1:2113,node2:2113?tls=false';
    expect(validateEnvironment({ EVENTSTORE_CONNECTION_STRING: cluster }).EVENTSTORE_CONNECTION_STRING).toBe(cluster);
    const bad = () => validateEnvironment({ EVENTSTORE_CONNECTION_STRING: 'http://admin:s3cret@db:2113' });
    expect(bad).toThrow(/EVENTSTORE_CONNECTION_STRING=\(hidden\): must be an esdb/);
    expect(bad).not.toThrow(/s3cret/);
  });
});
