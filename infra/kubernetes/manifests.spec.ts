import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Every Kubernetes object in infra/kubernetes is checked against the API's JSON schemas (kubernetes-models). */
const ROOT = resolve('infra/kubernetes');

type KubeObject = { apiVersion?: unknown; kind?: unknown; metadata?: { name?: string }; [key: string]: unknown };
type Kustomization = { resources?: string[]; patches?: { path?: string }[] };
type ModelClass = new (data: KubeObject) => { validate(): void };

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry) ? [path] : [];
  });
}

function parse(text: string, where: string): KubeObject[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${where}: ${doc.errors[0]!.message}`);
    return doc.toJS() as KubeObject;
  });
}

/** kubernetes-models/<group>/<version>/<Kind>; an unknown kind or version has no module. */
async function modelOf(object: KubeObject): Promise<ModelClass> {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !/^[A-Z][A-Za-z]+$/.test(kind) || !/^[a-z0-9./]+$/.test(apiVersion)) {
    throw new Error('apiVersion and kind must be strings');
  }
  const module = (await import(`kubernetes-models/${apiVersion}/${kind}`).catch(() => null)) as Record<string, ModelClass> | null;
  const model = module?.[kind];
  if (!model) throw new Error(`unknown kind ${kind} in ${apiVersion}`);
  return model;
}

async function validate(object: KubeObject): Promise<void> {
  const Model = await modelOf(object);
  new Model(object).validate();
}

/** Strategic merge as far as these manifests use it: maps merge, lists of named items merge by name, other lists replace. */
function merge(base: unknown, patch: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(patch) && patch.every((item) => typeof (item as { name?: unknown })?.name === 'string')) {
    const merged = base.map((item) => {
      const match = patch.find((p) => (p as { name: string }).name === (item as { name?: string }).name);
      return match ? merge(item, match) : item;
    });
    return [...merged, ...patch.filter((p) => !base.some((b) => (b as { name?: string }).name === (p as { name: string }).name))];
  }
  if (base && patch && typeof base === 'object' && typeof patch === 'object' && !Array.isArray(base) && !Array.isArray(patch)) {
    const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(patch)) result[key] = key in result ? merge(result[key], value) : value;
    return result;
  }
  return patch;
}

const key = (o: KubeObject) => `${String(o.kind)}/${o.metadata?.name ?? ''}`;

function kustomizationIn(dir: string): Kustomization {
  const file = join(dir, 'kustomization.yaml');
  return parse(readFileSync(file, 'utf8'), file)[0] as Kustomization;
}

/** The objects a kustomization renders: its resources (files or directories), with its patches applied. */
function render(dir: string, kustomization = kustomizationIn(dir)): KubeObject[] {
  const file = join(dir, 'kustomization.yaml');
  const objects: KubeObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    const path = resolve(dir, resource);
    if (!existsSync(path)) throw new Error(`${relative(ROOT, file)} lists ${resource}, which does not exist`);
    objects.push(...(statSync(path).isDirectory() ? render(path) : parse(readFileSync(path, 'utf8'), path)));
  }
  for (const { path } of kustomization.patches ?? []) {
    const patchFile = resolve(dir, path ?? '');
    if (!path || !existsSync(patchFile)) throw new Error(`${relative(ROOT, file)} patches with ${path}, which does not exist`);
    for (const patch of parse(readFileSync(patchFile, 'utf8'), patchFile)) {
      const index = objects.findIndex((o) => key(o) === key(patch));
      if (index < 0) throw new Error(`${relative(ROOT, patchFile)} patches ${key(patch)}, which the resources do not have`);
      objects[index] = merge(objects[index], patch) as KubeObject;
    }
  }
  return objects;
}

const kustomizationDirs = yamlFiles(ROOT).filter((f) => f.endsWith('kustomization.yaml')).map(dirname);
const patchFiles = new Set(kustomizationDirs.flatMap((dir) => (kustomizationIn(dir).patches ?? []).map((p) => resolve(dir, p.path ?? ''))));

describe('Kubernetes manifests', () => {
  it.each(yamlFiles(ROOT).filter((f) => !f.endsWith('kustomization.yaml') && !patchFiles.has(f)).map((f) => [relative(ROOT, f), f]))(
    '%s holds only valid Kubernetes objects',
    async (_name, file) => {
      const objects = parse(readFileSync(file, 'utf8'), file);
      expect(objects.length).toBeGreaterThan(0);
      for (const object of objects) await validate(object);
    },
  );

  it.each(kustomizationDirs.map((d) => [relative(ROOT, d), d]))('%s renders from files that exist into valid objects', async (_name, dir) => {
    const objects = render(dir);
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) await validate(object);
  });

  it('the production overlay scales the hub and keeps the probes of the base', () => {
    const objects = render(join(ROOT, 'overlays/production'));
    const hpa = objects.find((o) => key(o) === 'HorizontalPodAutoscaler/loketlijn-hub') as { spec: { minReplicas: number; scaleTargetRef: { name: string } } };
    expect(hpa.spec.minReplicas).toBe(3);
    expect(hpa.spec.scaleTargetRef.name).toBe('loketlijn-hub');
    const deployments = objects.filter((o) => o.kind === 'Deployment') as { spec: { template: { spec: { containers: { readinessProbe: { httpGet: { path: string } }; livenessProbe: { httpGet: { path: string } } }[] } } } }[];
    expect(deployments).toHaveLength(2);
    for (const { spec } of deployments) {
      expect(spec.template.spec.containers[0]!.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(spec.template.spec.containers[0]!.livenessProbe.httpGet.path).toBe('/health/live');
    }
  });

  it('points Prometheus at /metrics on the port each app listens on, admitted by the scrape policy, and names one way to Redis', () => {
    const objects = render(join(ROOT, 'overlays/production'));
    type Pod = { metadata: { annotations: Record<string, string> }; spec: { containers: { ports: { containerPort: number }[] }[] } };
    const pod = (name: string) => (objects.find((o) => key(o) === `Deployment/${name}`) as { spec: { template: Pod } }).spec.template;
    const config = (objects.find((o) => key(o) === 'ConfigMap/loketlijn-config') as { data: Record<string, string> }).data;
    const scrape = objects.find((o) => key(o) === 'NetworkPolicy/scrape-from-monitoring') as { spec: { ingress: { ports: { port: number }[] }[] } };
    const admitted = scrape.spec.ingress.flatMap((rule) => rule.ports.map((p) => p.port));
    for (const [name, port] of [['loketlijn-hub', config.PORT], ['loketlijn-line-worker', config.WORKER_PORT]] as const) {
      const { metadata, spec } = pod(name);
      expect(metadata.annotations).toMatchObject({ 'prometheus.io/scrape': 'true', 'prometheus.io/path': '/metrics', 'prometheus.io/port': port });
      expect(spec.containers[0]!.ports.map((p) => String(p.containerPort))).toContain(port);
      expect(admitted).toContain(Number(port));
    }
    const secret = (objects.find((o) => key(o) === 'Secret/loketlijn-app') as { stringData: Record<string, string> }).stringData;
    expect([config.REDIS_SENTINELS !== undefined, secret.REDIS_URL !== undefined]).toEqual([true, false]);
    expect(secret).toHaveProperty('MONITOR_DATABASE_URL');
  });

  it('fails a wrong field type, an unknown kind and a kustomization naming a missing file', async () => {
    const deployment = parse(readFileSync(join(ROOT, 'base/hub.yaml'), 'utf8'), 'hub.yaml')[0]!;
    const broken = merge(deployment, { spec: { template: { spec: { containers: [{ name: 'hub', ports: [{ name: 'http', containerPort: 'http' }] }] } } } }) as KubeObject;
    await expect(validate(broken)).rejects.toThrow(/containerPort must be integer/);
    await expect(validate(merge(deployment, { spec: { replicas: 'two' } }) as KubeObject)).rejects.toThrow(/replicas must be integer/);
    await expect(validate({ ...deployment, kind: 'Deploymnet' })).rejects.toThrow('unknown kind Deploymnet in apps/v1');
    await expect(validate({ ...deployment, apiVersion: 'apps/v9' })).rejects.toThrow('unknown kind Deployment in apps/v9');
    const base = join(ROOT, 'base');
    expect(() => render(base, { resources: ['hub.yaml', 'hub-typo.yaml'] })).toThrow('base/kustomization.yaml lists hub-typo.yaml, which does not exist');
    const production = join(ROOT, 'overlays/production');
    expect(() => render(production, { resources: ['../../base'], patches: [{ path: 'missing.yaml' }] })).toThrow('patches with missing.yaml, which does not exist');
    expect(() => render(base, { resources: ['configmap.yaml'], patches: [{ path: '../overlays/production/hub-scale.yaml' }] })).toThrow(
      'patches HorizontalPodAutoscaler/loketlijn-hub, which the resources do not have',
    );
    expect(() => parse('a: [1, 2', 'broken.yaml')).toThrow(/broken\.yaml/);
  });
});
