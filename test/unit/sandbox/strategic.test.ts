import { strategicMergePatch } from '../../../src/sandbox/patch/strategic';

const deployment = () => ({
  spec: {
    template: {
      spec: {
        containers: [
          {
            name: 'app',
            image: 'a:1',
            env: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' },
            ],
            volumeMounts: [
              { name: 'cfg', mountPath: '/etc/cfg' },
              { name: 'data', mountPath: '/data' },
            ],
            ports: [{ containerPort: 80, protocol: 'TCP' }],
          },
          { name: 'sidecar', image: 's:1' },
        ],
        volumes: [
          { name: 'cfg', configMap: { name: 'c' } },
          { name: 'data', emptyDir: {} },
        ],
        tolerations: [{ key: 'a', operator: 'Exists' }],
      },
    },
  },
  metadata: { finalizers: ['x'] },
});

describe('strategic merge patch', () => {
  test('merges containers, env and volumes by name instead of replacing the lists', () => {
    const out = strategicMergePatch(deployment(), {
      spec: {
        template: { spec: { containers: [{ name: 'app', image: 'a:2', env: [{ name: 'C', value: '3' }] }] } },
      },
    });
    const [app, sidecar] = out.spec.template.spec.containers;
    expect(app.image).toBe('a:2');
    expect(app.env.map((e: any) => e.name)).toEqual(['A', 'B', 'C']);
    expect(app.volumeMounts).toHaveLength(2);
    expect(sidecar).toEqual({ name: 'sidecar', image: 's:1' });
  });

  test('volumeMounts merge by mountPath, container ports by containerPort', () => {
    const out = strategicMergePatch(deployment(), {
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'app',
                volumeMounts: [{ name: 'data2', mountPath: '/data' }],
                ports: [{ containerPort: 80, name: 'http' }],
              },
            ],
          },
        },
      },
    });
    const app = out.spec.template.spec.containers[0];
    expect(app.volumeMounts).toEqual([
      { name: 'cfg', mountPath: '/etc/cfg' },
      { name: 'data2', mountPath: '/data' },
    ]);
    expect(app.ports).toEqual([{ containerPort: 80, protocol: 'TCP', name: 'http' }]);
  });

  test('$patch: delete removes an element, null removes a field', () => {
    const out = strategicMergePatch(deployment(), {
      spec: {
        template: {
          spec: { containers: [{ name: 'app', env: [{ name: 'A', $patch: 'delete' }], image: null }] },
        },
      },
    });
    const app = out.spec.template.spec.containers[0];
    expect(app.env).toEqual([{ name: 'B', value: '2' }]);
    expect(app.image).toBeUndefined();
  });

  test('$setElementOrder (helm 3) orders the list and is never stored', () => {
    const patch = {
      spec: {
        template: {
          spec: {
            $setElementOrder_containers: undefined,
            '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'app' }],
            containers: [
              {
                name: 'app',
                '$setElementOrder/env': [{ name: 'B' }, { name: 'A' }],
                env: [{ name: 'A', value: '9' }],
              },
            ],
          },
        },
      },
    };
    const out = strategicMergePatch(deployment(), patch);
    const names = out.spec.template.spec.containers.map((c: any) => c.name);
    expect(names).toEqual(['sidecar', 'app']);
    expect(out.spec.template.spec.containers[1].env).toEqual([
      { name: 'B', value: '2' },
      { name: 'A', value: '9' },
    ]);
    expect(JSON.stringify(out)).not.toContain('$setElementOrder');
  });

  test('$patch: replace, $retainKeys and $deleteFromPrimitiveList', () => {
    const out = strategicMergePatch(deployment(), {
      metadata: { '$deleteFromPrimitiveList/finalizers': ['x'] },
      spec: {
        template: {
          spec: {
            volumes: [{ $patch: 'replace' }, { name: 'only', emptyDir: {} }],
            containers: [{ name: 'sidecar', $retainKeys: ['name'], image: 's:2' }],
          },
        },
      },
    });
    expect(out.metadata.finalizers).toEqual([]);
    expect(out.spec.template.spec.volumes).toEqual([{ name: 'only', emptyDir: {} }]);
    expect(out.spec.template.spec.containers[1]).toEqual({ name: 'sidecar' });
    expect(JSON.stringify(out)).not.toContain('$');
  });

  test('atomic lists (tolerations, args) are replaced; finalizers merge as a set', () => {
    const out = strategicMergePatch(deployment(), {
      metadata: { finalizers: ['y', 'x'] },
      spec: { template: { spec: { tolerations: [{ key: 'b', operator: 'Exists' }] } } },
    });
    expect(out.spec.template.spec.tolerations).toEqual([{ key: 'b', operator: 'Exists' }]);
    expect(out.metadata.finalizers).toEqual(['x', 'y']);
  });

  test('Service ports merge by port', () => {
    const out = strategicMergePatch(
      {
        spec: {
          ports: [
            { port: 80, targetPort: 8080, protocol: 'TCP' },
            { port: 443, protocol: 'TCP' },
          ],
        },
      },
      { spec: { ports: [{ port: 80, targetPort: 9090 }] } },
    );
    expect(out.spec.ports).toEqual([
      { port: 80, targetPort: 9090, protocol: 'TCP' },
      { port: 443, protocol: 'TCP' },
    ]);
  });
});
