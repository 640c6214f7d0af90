import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateEnvironment } from '@samverkan/core';

/**
 * No Docker engine runs in CI, so the Docker files are checked for what would break a deployment
 * unnoticed: unpinned images, a root container, no health check, replicas sharing read models, a
 * connection string the server would refuse, production started without a token issuer.
 */
interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: unknown;
}

const dockerDir = join(__dirname, '..', '..', 'docker');
const compose = (file: string) =>
  parse(readFileSync(join(dockerDir, file), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };

/** What the Dockerfile's ENV sets: the environment every service built from it starts with. */
function imageEnvironment(): Record<string, string> {
  const line = /^ENV (.+)$/m.exec(readFileSync(join(dockerDir, 'Dockerfile'), 'utf8'))?.[1] ?? '';
  return Object.fromEntries(line.split(/\s+/).map((pair) => pair.split('=') as [string, string]));
}

/** An operator's settings for compose's required variables (`${NAME:?why}`). */
const ISSUER = {
  JWT_JWKS_URL: 'https://idp.example/jwks',
  JWT_ISSUER: 'https://idp.example',
  JWT_AUDIENCE: 'samverkan',
};
const OPERATOR = { ...ISSUER, SAMVERKAN_DB_PASSWORD: 's3cret' };

/**
 * The API's environment as compose would start it: the image's, the service's, with the required
 * variables filled from `given`; a required variable not given makes compose refuse (thrown here).
 */
function apiEnvironment(service: ComposeService, given: Record<string, string>): Record<string, unknown> {
  // Whole values and parts of one (a password inside a connection string) alike, in order.
  const filled = Object.entries(service.environment ?? {}).map(([name, value]) => [
    name,
    String(value).replace(/\$\{(\w+):\?([^}]+)\}/g, (_, variable: string, why: string) => {
      if (!(variable in given)) throw new Error(`compose refuses to start: ${why}`);
      return given[variable as keyof typeof given];
    }),
  ]);
  return { ...imageEnvironment(), ...Object.fromEntries(filled) };
}

function expectPinned(image: string): void {
  // A tag with a full version number, never a moving one like `latest` or a bare major.
  expect(image).toMatch(/^[\w./-]+:\d+\.\d+\.\d+(-[\w.-]+)?$/);
}

describe('docker files', () => {
  it('builds the API in two stages, runs it as a non-root user with a health check, on pinned images', () => {
    const dockerfile = readFileSync(join(dockerDir, 'Dockerfile'), 'utf8');
    const images = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((match) => match[1]);
    expect(images).toHaveLength(2);
    images.forEach(expectPinned);
    expect(dockerfile).toMatch(/^FROM \S+ AS build$/m);
    expect(dockerfile).toMatch(/^COPY --from=build /m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\/health/m);
    expect(imageEnvironment().NODE_ENV).toBe('production');
  });

  it('starts the API in production only with an external token issuer, which compose requires of the operator', () => {
    for (const file of ['compose.yml', 'compose.cluster.yml']) {
      const { services } = compose(file);
      for (const api of Object.values(services).filter((service) => service.build !== undefined)) {
        expect(() => apiEnvironment(api, {})).toThrow(
          /compose refuses to start: set JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE/,
        );
        const env = validateEnvironment(apiEnvironment(api, OPERATOR));
        expect(env).toMatchObject({ NODE_ENV: 'production', ...ISSUER });
        // Without the issuer the server itself would refuse too, naming what is missing.
        const { JWT_JWKS_URL: _url, ...withoutIssuer } = apiEnvironment(api, OPERATOR);
        expect(() => validateEnvironment(withoutIssuer)).toThrow(
          /JWT_JWKS_URL=undefined: production needs an external token issuer/,
        );
      }
    }
  });

  it('single node: the API follows EventStoreDB once it is healthy', () => {
    const { services } = compose('compose.yml');
    expectPinned(services.eventstore.image as string);
    expect(services.eventstore.healthcheck).toBeDefined();
    const env = validateEnvironment(apiEnvironment(services.api, OPERATOR));
    expect(env.EVENTSTORE_CONNECTION_STRING).toMatch(/^esdb:\/\/eventstore:2113/);
    expect(services.api.build).toBeDefined();
  });

  it('cluster: three EventStoreDB nodes, two API replicas with their own read models, one port', () => {
    const { services } = compose('compose.cluster.yml');
    const nodes = Object.entries(services).filter(([, service]) => service.image?.startsWith('eventstore/'));
    expect(nodes).toHaveLength(3);
    for (const [, node] of nodes) {
      expectPinned(node.image as string);
      expect(node.environment?.EVENTSTORE_CLUSTER_SIZE).toBe(3);
    }
    const replicas = Object.entries(services).filter(([, service]) => service.build !== undefined);
    expect(replicas.map(([name]) => name)).toEqual(['api1', 'api2']);
    const dataVolumes = replicas.map(([, replica]) => replica.volumes?.find((volume) => volume.endsWith(':/data')));
    expect(new Set(dataVolumes).size).toBe(2);
    for (const [, replica] of replicas) {
      const env = validateEnvironment(apiEnvironment(replica, OPERATOR));
      for (const [name] of nodes) expect(env.EVENTSTORE_CONNECTION_STRING).toContain(`${name}:2113`);
      expect(replica.ports).toBeUndefined();
    }
    const published = Object.values(services).filter((service) => service.ports !== undefined);
    expect(published).toHaveLength(1);
    expectPinned(published[0].image as string);
    const nginx = readFileSync(join(dockerDir, 'nginx.conf'), 'utf8');
    for (const [name] of replicas) expect(nginx).toContain(`server ${name}:3000`);
  });

  it('cluster: one PostgreSQL for both replicas, reached as the API role of its own; ready replicas behind the gateway', () => {
    const { services } = compose('compose.cluster.yml');
    expect(services.postgres.image).toMatch(/^postgres:\d+\.\d+-[\w.]+$/);
    expect(services.postgres.healthcheck).toBeDefined();
    expect(services.postgres.volumes).toContain('./postgres-init.sh:/docker-entrypoint-initdb.d/samverkan.sh:ro');
    const init = readFileSync(join(dockerDir, 'postgres-init.sh'), 'utf8');
    expect(init).toMatch(/CREATE SCHEMA samverkan AUTHORIZATION samverkan_api/);
    const replicas = Object.values(services).filter((service) => service.build !== undefined);
    const urls = replicas.map((replica) => validateEnvironment(apiEnvironment(replica, OPERATOR)));
    for (const env of urls) {
      expect(env.DATABASE_URL).toBe('postgres://samverkan_api:s3cret@postgres:5432/samverkan');
      expect(env.DATABASE_SCHEMA).toBe('samverkan');
    }
    const { SAMVERKAN_DB_PASSWORD: _password, ...withoutPassword } = OPERATOR;
    expect(() => apiEnvironment(replicas[0], withoutPassword)).toThrow(/set SAMVERKAN_DB_PASSWORD/);
    expect(readFileSync(join(dockerDir, 'Dockerfile'), 'utf8')).toMatch(/^HEALTHCHECK .*\/health\/ready/m);
    expect(readFileSync(join(dockerDir, 'nginx.conf'), 'utf8')).toMatch(/location = \/metrics \{\s*return 404;/);
  });
});
