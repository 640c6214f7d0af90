import { listenHost, validateEnvironment } from './environment';

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
    expect(validateEnvironment({})).toMatchObject({ LATE_ENTRY_DAYS: 7 });
    expect(validateEnvironment({ LATE_ENTRY_DAYS: '0' })).toMatchObject({ LATE_ENTRY_DAYS: 0 });
    expect(() => validateEnvironment({ LATE_ENTRY_DAYS: '-1' })).toThrow(/LATE_ENTRY_DAYS/);
    expect(() => validateEnvironment({ OVERDUE_CHECK_INTERVAL_MS: 'often' })).toThrow(/OVERDUE_CHECK_INTERVAL_MS/);
  });

  it('needs issuer and audience when an external JWKS is configured', () => {
    expect(() => validateEnvironment({ JWT_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/JWT_ISSUER/);
    expect(() =>
      validateEnvironment({ JWT_JWKS_URL: 'https://idp.example/jwks', JWT_ISSUER: 'idp', JWT_AUDIENCE: 'samverkan' }),
    ).not.toThrow();
  });

  describe('in production', () => {
    const issuer = { JWT_JWKS_URL: 'https://idp.example/jwks', JWT_ISSUER: 'idp', JWT_AUDIENCE: 'samverkan' };

    it('refuses to start without an external issuer, saying what to set and why', () => {
      const start = () => validateEnvironment({ NODE_ENV: 'production' });
      expect(start).toThrow(
        /JWT_JWKS_URL=undefined: production needs an external token issuer: set JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE/,
      );
      expect(start).toThrow(/dev tokens exist only in development/);
      expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_JWKS_URL: issuer.JWT_JWKS_URL })).toThrow(
        /JWT_ISSUER=undefined: production needs/,
      );
      expect(() => validateEnvironment({ NODE_ENV: 'production', ...issuer, JWT_AUDIENCE: '' })).toThrow(
        /JWT_AUDIENCE/,
      );
    });

    it('starts with an issuer, listening on every interface unless HOST names one', () => {
      const env = validateEnvironment({ NODE_ENV: 'production', ...issuer });
      expect(listenHost(env)).toBeUndefined();
      expect(listenHost(validateEnvironment({ NODE_ENV: 'production', ...issuer, HOST: '10.0.0.5' }))).toBe('10.0.0.5');
    });
  });

  it('listens on loopback only in development and test, unless HOST says otherwise', () => {
    expect(listenHost(validateEnvironment({}))).toBe('127.0.0.1');
    expect(listenHost(validateEnvironment({ NODE_ENV: 'test' }))).toBe('127.0.0.1');
    expect(listenHost(validateEnvironment({ HOST: '::1' }))).toBe('::1');
    expect(listenHost(validateEnvironment({ HOST: '0.0.0.0' }))).toBe('0.0.0.0');
    expect(() => validateEnvironment({ HOST: 'evil host/x' })).toThrow(
      /HOST="evil host\/x": must be an IP address or a host name/,
    );
  });

  it('bounds token lifetimes: 12 h for any token, 1 h for dev tokens, and a dev token never longer than the bound', () => {
    expect(validateEnvironment({})).toMatchObject({
      TOKEN_MAX_LIFETIME_SECONDS: 43200,
      DEV_TOKEN_LIFETIME_SECONDS: 3600,
    });
    expect(validateEnvironment({ TOKEN_MAX_LIFETIME_SECONDS: '7200' }).TOKEN_MAX_LIFETIME_SECONDS).toBe(7200);
    expect(() =>
      validateEnvironment({ TOKEN_MAX_LIFETIME_SECONDS: '1800', DEV_TOKEN_LIFETIME_SECONDS: '3600' }),
    ).toThrow(/DEV_TOKEN_LIFETIME_SECONDS=3600: must not exceed TOKEN_MAX_LIFETIME_SECONDS \(1800\)/);
    expect(() => validateEnvironment({ TOKEN_MAX_LIFETIME_SECONDS: String(30 * 24 * 3600) })).toThrow(
      /TOKEN_MAX_LIFETIME_SECONDS/,
    );
    expect(() => validateEnvironment({ TOKEN_MAX_LIFETIME_SECONDS: 'forever' })).toThrow(/TOKEN_MAX_LIFETIME_SECONDS/);
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

  it('selects PostgreSQL by DATABASE_URL, and names a bad one or a bad schema without echoing the URL', () => {
    expect(validateEnvironment({}).DATABASE_URL).toBeUndefined();
    expect(validateEnvironment({}).DATABASE_SCHEMA).toBe('samverkan');
    const url = 'postgres://samverkan:s3cret@db:5432/samverkan';
    expect(validateEnvironment({ DATABASE_URL: url, DATABASE_SCHEMA: 'ws_2' })).toMatchObject({
      DATABASE_URL: url,
      DATABASE_SCHEMA: 'ws_2',
    });
    const bad = () => validateEnvironment({ DATABASE_URL: 'mysql://root:s3cret@db/samverkan' });
    expect(bad).toThrow(/DATABASE_URL=\(hidden\): must be a postgres:\/\//);
    expect(bad).not.toThrow(/s3cret/);
    expect(() => validateEnvironment({ DATABASE_SCHEMA: 'Samverkan; DROP' })).toThrow(
      /DATABASE_SCHEMA=.*lower-case SQL name/,
    );
  });
});
