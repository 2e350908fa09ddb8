/**
 * deploy/k8s: the kustomize base and its overlays, built here by a small kustomize (resources,
 * namespace, labels, replicas, images, secretGenerator, JSON 6902 patches), then every object is
 * validated against the Kubernetes API schemas offline (kubernetes-models) and checked against the
 * deployment rules.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SERVICE_PORTS } from '@george/runtime';
import { REPO_ROOT, TEST_TOKEN } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { checkConfiguration } from '../src/preflight.js';
import { parseEnvFile, publicAddressProblem } from '../src/targets.js';

type Json = Record<string, unknown>;
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Json;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

interface Kustomization {
  resources?: string[];
  namespace?: string;
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean }[];
  replicas?: { name: string; count: number }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  secretGenerator?: { name: string; literals?: string[]; envs?: string[] }[];
  patches?: { target: { kind: string; name: string }; patch: string }[];
}

const K8S = join(REPO_ROOT, 'deploy/k8s');
const SERVICES = Object.keys(SERVICE_PORTS) as (keyof typeof SERVICE_PORTS)[];
const SCALED = ['backend', 'chroma', 'external-data', 'frontend'];
const SINGLE = ['auth', 'billing', 'filesystem', 'git'];
const CLUSTER_SCOPED = new Set(['Namespace']);

const clone = <T>(value: T): T => structuredClone(value);

function pointer(path: string): string[] {
  return path
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** JSON 6902 add / replace / remove, the operations the overlays use. */
function applyPatch(target: K8sObject, ops: { op: string; path: string; value?: unknown }[]): void {
  for (const { op, path, value } of ops) {
    const parts = pointer(path);
    const last = parts.pop() as string;
    let node: unknown = target;
    for (const part of parts) {
      node = (node as Json)[part];
      if (node === undefined) throw new Error(`patch path ${path} does not exist in ${target.metadata.name}`);
    }
    const parent = node as Json & unknown[];
    if (op === 'replace' || op === 'remove') {
      if (!(last in parent)) throw new Error(`patch path ${path} does not exist in ${target.metadata.name}`);
    }
    if (op === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (op === 'add' && Array.isArray(parent)) {
      parent.splice(last === '-' ? parent.length : Number(last), 0, value);
    } else if (op === 'add' || op === 'replace') {
      parent[last] = value;
    } else {
      throw new Error(`unsupported patch op ${op}`);
    }
  }
}

function workloads(objects: K8sObject[]): K8sObject[] {
  return objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet');
}

/** `kubectl kustomize DIR` for the features the manifests use. */
function build(dir: string): K8sObject[] {
  const k = parseYaml(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  let objects: K8sObject[] = [];
  for (const resource of k.resources ?? []) {
    const path = join(dir, resource);
    if (!existsSync(path)) throw new Error(`${dir}: resource ${resource} does not exist`);
    if (statSync(path).isDirectory()) {
      objects.push(...build(path));
    } else {
      for (const doc of parseAllDocuments(readFileSync(path, 'utf8'))) {
        if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors[0]?.message}`);
        const value = doc.toJS() as K8sObject | null;
        if (value) objects.push(value);
      }
    }
  }
  objects = objects.map(clone);
  for (const gen of k.secretGenerator ?? []) {
    const data: Record<string, string> = {};
    for (const literal of gen.literals ?? []) {
      const eq = literal.indexOf('=');
      data[literal.slice(0, eq)] = literal.slice(eq + 1);
    }
    for (const env of gen.envs ?? []) {
      // secrets.env is never in git; the committed example stands in for it here.
      const file = existsSync(join(dir, env)) ? join(dir, env) : join(dir, `${env}.example`);
      Object.assign(data, parseEnvFile(readFileSync(file, 'utf8')));
    }
    objects.push({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: gen.name },
      data: Object.fromEntries(
        Object.entries(data).map(([key, v]) => [key, Buffer.from(v).toString('base64')]),
      ),
    });
  }
  for (const patch of k.patches ?? []) {
    const targets = objects.filter(
      (o) => o.kind === patch.target.kind && o.metadata.name === patch.target.name,
    );
    if (targets.length !== 1)
      throw new Error(`${dir}: patch target ${patch.target.kind}/${patch.target.name} not found`);
    applyPatch(targets[0] as K8sObject, parseYaml(patch.patch));
  }
  for (const { name, count } of k.replicas ?? []) {
    const target = workloads(objects).find((o) => o.metadata.name === name);
    if (!target) throw new Error(`${dir}: replicas for unknown workload ${name}`);
    (target.spec as Json).replicas = count;
  }
  for (const image of k.images ?? []) {
    let used = false;
    for (const w of workloads(objects)) {
      const pod = ((w.spec as Json).template as Json).spec as { containers: { image: string }[] };
      for (const c of pod.containers) {
        const [repo] = c.image.split(':');
        if (repo === image.name) {
          c.image = `${image.newName ?? repo}:${image.newTag ?? c.image.split(':')[1]}`;
          used = true;
        }
      }
    }
    if (!used) throw new Error(`${dir}: image ${image.name} is used by no container`);
  }
  for (const { pairs } of k.labels ?? []) {
    for (const o of objects) o.metadata.labels = { ...o.metadata.labels, ...pairs };
  }
  if (k.namespace) {
    for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
  }
  return objects;
}

/** The kubernetes-models class of an object (apps/v1 Deployment: kubernetes-models/apps/v1/Deployment). */
async function validateObject(o: K8sObject): Promise<void> {
  const modulePath = `kubernetes-models/${o.apiVersion}/${o.kind}`;
  const mod = (await import(modulePath)) as Record<string, new (data: K8sObject) => { validate(): void }>;
  const Model = mod[o.kind];
  if (!Model) throw new Error(`no model for ${o.apiVersion} ${o.kind}`);
  new Model(o).validate();
}

interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports: { name: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  volumeMounts?: { name: string; mountPath: string }[];
  securityContext?: { runAsNonRoot?: boolean; allowPrivilegeEscalation?: boolean };
}

function containerOf(w: K8sObject): Container {
  const pod = ((w.spec as Json).template as Json).spec as { containers: Container[] };
  expect(pod.containers).toHaveLength(1);
  return pod.containers[0] as Container;
}

const overlays = {
  base: build(join(K8S, 'base')),
  dev: build(join(K8S, 'overlays/dev')),
  prod: build(join(K8S, 'overlays/prod')),
};

describe.each(Object.entries(overlays))('deploy/k8s %s', (overlay, objects) => {
  it('every object is valid against the Kubernetes API schema', async () => {
    expect(objects.length).toBeGreaterThan(20);
    for (const o of objects) {
      await expect(validateObject(o), `${o.kind}/${o.metadata.name}`).resolves.toBeUndefined();
    }
  });

  it('has no two objects of the same kind and name', () => {
    const keys = objects.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(SERVICES)('%s: a workload and a Service on its port, probes on /health and /ready', (name) => {
    const port = SERVICE_PORTS[name];
    const w = workloads(objects).find((o) => o.metadata.name === name) as K8sObject;
    expect(w, name).toBeDefined();
    const c = containerOf(w);
    expect(c.image).toMatch(new RegExp(`/${name}:`));
    // The image's CMD (george-serve -w 4 ...) runs: no command or args override.
    expect(c.command).toBeUndefined();
    expect(c.args).toBeUndefined();
    expect(c.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: port })]);
    expect(c.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(c.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(c.securityContext?.runAsNonRoot).toBe(true);
    expect(c.securityContext?.allowPrivilegeEscalation).toBe(false);
    const env = c.env ?? [];
    expect(env.find((e) => e.name === 'NODE_ENV')).toBeUndefined();
    expect(env.find((e) => e.name === 'INTERNAL_SERVICE_TOKEN')?.valueFrom?.secretKeyRef).toEqual({
      name: 'george-secrets',
      key: 'internal-service-token',
    });
    expect(c.envFrom).toEqual([{ configMapRef: { name: 'george-config' } }]);
    const svc = objects.find((o) => o.kind === 'Service' && o.metadata.name === name) as K8sObject;
    expect(svc.spec?.type).toBe('ClusterIP');
    expect(svc.spec?.ports).toEqual([expect.objectContaining({ port, targetPort: 'http' })]);
    const selector = svc.spec?.selector as Record<string, string>;
    const podLabels = (((w.spec as Json).template as Json).metadata as { labels: Record<string, string> })
      .labels;
    for (const [key, value] of Object.entries(selector)) expect(podLabels[key]).toBe(value);
  });

  it.each(SCALED)(
    '%s: a Deployment that can run several replicas (state in PostgreSQL or nowhere)',
    (name) => {
      const w = workloads(objects).find((o) => o.metadata.name === name) as K8sObject;
      expect(w.kind).toBe('Deployment');
      if (overlay !== 'dev') expect(w.spec?.replicas as number).toBeGreaterThanOrEqual(2);
      const c = containerOf(w);
      expect(c.volumeMounts).toBeUndefined();
      if (name !== 'frontend') {
        expect(c.env?.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef?.name).toBe(
          'george-secrets',
        );
      }
      if (overlay !== 'dev') {
        expect(
          objects.some(
            (o) => o.kind === 'PodDisruptionBudget' && o.metadata.name === name && o.spec?.minAvailable === 1,
          ),
        ).toBe(true);
      }
    },
  );

  it.each(SINGLE)('%s: one replica on a persistent volume at DATA_DIR', (name) => {
    const w = workloads(objects).find((o) => o.metadata.name === name) as K8sObject;
    expect(w.kind).toBe('StatefulSet');
    expect(w.spec?.replicas).toBe(1);
    const claims = w.spec?.volumeClaimTemplates as {
      metadata: { name: string };
      spec: { accessModes: string[] };
    }[];
    expect(claims.map((v) => v.metadata.name)).toEqual(['data']);
    expect(claims[0]?.spec.accessModes).toEqual(['ReadWriteOnce']);
    const c = containerOf(w);
    expect(c.volumeMounts).toEqual([{ name: 'data', mountPath: '/data' }]);
    expect(c.env?.find((e) => e.name === 'DATA_DIR')?.value).toBe('/data');
    const headless = objects.find((o) => o.kind === 'Service' && o.metadata.name === w.spec?.serviceName);
    expect(headless?.spec?.clusterIP).toBe('None');
  });

  it('production configuration: NODE_ENV production, info logs, internal service URLs', () => {
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'george-config');
    const data = config?.data ?? {};
    expect(data.NODE_ENV).toBe('production');
    expect(data.LOG_LEVEL).toBe('info');
    const urls = Object.entries(data).filter(([k]) => k.endsWith('_SERVER_URL'));
    expect(urls).toHaveLength(6);
    for (const [, url] of urls) expect(publicAddressProblem(url)).toBeUndefined();
    for (const key of Object.keys(data)) expect(key).not.toMatch(/(^|_)DEV_MODE$/);
  });

  it("passes george preflight's configuration checks (ConfigMap and Secret as the pods see them)", () => {
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'george-config');
    const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'george-secrets');
    const token = secret?.data?.['internal-service-token'];
    const env = {
      ...config?.data,
      // The prod example leaves the token to the operator; base has no Secret at all.
      INTERNAL_SERVICE_TOKEN: token ? Buffer.from(token, 'base64').toString() : TEST_TOKEN,
    };
    if (overlay === 'prod') expect(token).toBe('');
    const results = checkConfiguration({ label: overlay, env, missing: {} });
    expect(results.filter((r) => r.status !== 'pass')).toEqual([]);
  });

  it('PostgreSQL, Neo4j and Chroma are external services', () => {
    for (const name of ['postgres', 'neo4j', 'chroma-db']) {
      const svc = objects.find((o) => o.kind === 'Service' && o.metadata.name === name);
      expect(svc?.spec?.type, name).toBe('ExternalName');
      expect(String(svc?.spec?.externalName)).toMatch(/^[a-z0-9.-]+$/);
    }
    expect(workloads(objects).map((w) => w.metadata.name)).not.toContain('neo4j');
  });

  it('exposes nothing but through the Ingress (frontend and backend only)', () => {
    for (const o of objects.filter((x) => x.kind === 'Service')) {
      expect(['ClusterIP', 'ExternalName', undefined]).toContain(o.spec?.type);
    }
    const ingresses = objects.filter((o) => o.kind === 'Ingress');
    const backends = ingresses.flatMap((i) =>
      ((i.spec?.rules as { http: { paths: { backend: { service: { name: string } } }[] } }[]) ?? []).flatMap(
        (r) => r.http.paths.map((p) => p.backend.service.name),
      ),
    );
    expect(new Set(backends)).toEqual(overlay === 'prod' ? new Set(['frontend', 'backend']) : new Set());
    const policy = objects.find((o) => o.kind === 'NetworkPolicy');
    const podSelector = policy?.spec?.podSelector as { matchLabels: Record<string, string> } | undefined;
    expect(podSelector?.matchLabels).toEqual({
      'app.kubernetes.io/part-of': 'george',
      'app.kubernetes.io/component': 'internal',
    });
  });

  it('every labelled object belongs to george', () => {
    for (const o of objects.filter((x) => x.kind !== 'Namespace' && x.kind !== 'Secret')) {
      expect(o.metadata.labels?.['app.kubernetes.io/part-of'], `${o.kind}/${o.metadata.name}`).toBe('george');
    }
  });
});

describe('deploy/k8s overlays', () => {
  it.each(['dev', 'prod'] as const)(
    '%s: a Secret with every key the pods read, in its namespace',
    (overlay) => {
      const objects = overlays[overlay];
      const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'george-secrets');
      expect(secret).toBeDefined();
      const keys = Object.keys(secret?.data ?? {});
      for (const w of workloads(objects)) {
        for (const e of containerOf(w).env ?? []) {
          const ref = e.valueFrom?.secretKeyRef;
          if (ref) expect(keys, `${w.metadata.name} ${e.name}`).toContain(ref.key);
        }
      }
      const namespace = objects.find((o) => o.kind === 'Namespace')?.metadata.name;
      expect(namespace).toBe(overlay === 'prod' ? 'george' : 'george-dev');
      for (const o of objects.filter((x) => x.kind !== 'Namespace'))
        expect(o.metadata.namespace).toBe(namespace);
    },
  );

  it('prod: a pinned release, the stateless services scaled out, secrets kept out of git', () => {
    for (const w of workloads(overlays.prod)) {
      expect(containerOf(w).image).toMatch(/^ghcr\.io\/george-ai\/[a-z-]+:\d+\.\d+\.\d+$/);
    }
    const replicas = Object.fromEntries(
      workloads(overlays.prod).map((w) => [w.metadata.name, w.spec?.replicas]),
    );
    expect(replicas).toMatchObject({ backend: 3, frontend: 2, chroma: 2, 'external-data': 2 });
    expect(readFileSync(join(K8S, 'overlays/prod/.gitignore'), 'utf8')).toContain('secrets.env');
    expect(existsSync(join(K8S, 'overlays/prod/secrets.env.example'))).toBe(true);
    const example = parseEnvFile(readFileSync(join(K8S, 'overlays/prod/secrets.env.example'), 'utf8'));
    expect(example['internal-service-token']).toBe('');
  });

  it('dev: one replica each and images tagged dev', () => {
    for (const w of workloads(overlays.dev)) {
      expect(w.spec?.replicas).toBe(1);
      expect(containerOf(w).image).toMatch(/:dev$/);
    }
  });

  it('the small kustomize refuses a patch whose path does not exist', () => {
    const deployment = clone(
      workloads(overlays.base).find((w) => w.metadata.name === 'backend') as K8sObject,
    );
    expect(() => applyPatch(deployment, [{ op: 'replace', path: '/spec/nothing/here', value: 1 }])).toThrow(
      /does not exist/,
    );
    expect(dirname(K8S)).toBe(join(REPO_ROOT, 'deploy'));
  });

  it('the schema validation rejects a wrong object', async () => {
    const deployment = clone(
      workloads(overlays.base).find((w) => w.metadata.name === 'backend') as K8sObject,
    );
    (
      (deployment.spec as Json).template as { spec: { containers: { ports: unknown[] }[] } }
    ).spec.containers[0] = {
      ports: [{ containerPort: 'five thousand' }],
    };
    await expect(validateObject(deployment)).rejects.toThrow();
  });
});
