import {
  fieldSet,
  fromFieldsV1,
  recordUpdate,
  serverSideApply,
  toFieldsV1,
} from '../../../src/sandbox/patch/apply';

const config = (env: Array<{ name: string; value: string }>, replicas = 2) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'd', namespace: 'n', labels: { app: 'd' } },
  spec: {
    replicas,
    template: { spec: { containers: [{ name: 'app', image: 'a:1', env }] } },
  },
});

describe('server-side apply', () => {
  test('FieldsV1 round-trips and names keyed list items', () => {
    const set = fieldSet(config([{ name: 'A', value: '1' }]));
    const tree = toFieldsV1(set);
    expect(
      tree['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"app"}']['f:env']['k:{"name":"A"}'],
    ).toEqual({
      '.': {},
      'f:name': {},
      'f:value': {},
    });
    expect(fromFieldsV1(tree)).toEqual(set);
  });

  test('fields a manager stops sending are removed', () => {
    const first = serverSideApply(
      undefined,
      config([
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ]),
      'helm',
      false,
    );
    const second = serverSideApply(first, config([{ name: 'A', value: '1' }]), 'helm', false);
    expect(second.spec.template.spec.containers[0].env).toEqual([{ name: 'A', value: '1' }]);
    expect(second.metadata.managedFields).toHaveLength(1);
    expect(second.metadata.managedFields[0]).toMatchObject({ manager: 'helm', operation: 'Apply' });
  });

  test('a field another manager took over survives being dropped', () => {
    const first = serverSideApply(undefined, config([{ name: 'A', value: '1' }]), 'helm', false);
    const scaled: any = { ...first, spec: { ...first.spec, replicas: 0 } };
    scaled.metadata = { ...first.metadata, managedFields: recordUpdate(first, scaled, 'kubectl') };
    const spec: any = { ...config([{ name: 'A', value: '1' }]).spec };
    delete spec.replicas;
    const out = serverSideApply(scaled, { ...config([]), spec }, 'helm', false);
    expect(out.spec.replicas).toBe(0);
  });

  test('changing a field another manager owns conflicts unless forced', () => {
    const first = serverSideApply(undefined, config([{ name: 'A', value: '1' }]), 'helm', false);
    const scaled: any = { ...first, spec: { ...first.spec, replicas: 0 } };
    scaled.metadata = { ...first.metadata, managedFields: recordUpdate(first, scaled, 'kubectl') };
    expect(() => serverSideApply(scaled, config([{ name: 'A', value: '1' }], 3), 'helm', false)).toThrow(
      'Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.replicas',
    );
    const forced = serverSideApply(scaled, config([{ name: 'A', value: '1' }], 3), 'helm', true);
    expect(forced.spec.replicas).toBe(3);
    // Applying the same value another manager set is shared ownership, not a conflict.
    expect(serverSideApply(scaled, config([{ name: 'A', value: '1' }], 0), 'helm', false).spec.replicas).toBe(
      0,
    );
  });

  test('an update takes the fields it changed from their owner, who keeps the rest as it was', () => {
    const live: any = config([{ name: 'A', value: '1' }]);
    live.metadata.managedFields = recordUpdate(undefined, live, 'kubectl-client-side-apply');
    const before = JSON.stringify(live.metadata.managedFields[0].fieldsV1);
    const scaled: any = { ...live, spec: { ...live.spec, replicas: 0 } };
    const list = recordUpdate(live, scaled, 'k2h');
    expect(list.map((e) => e.manager)).toEqual(['kubectl-client-side-apply', 'k2h']);
    expect(list[1].fieldsV1).toEqual({ 'f:spec': { 'f:replicas': {} } });
    const expected = JSON.parse(before);
    delete expected['f:spec']['f:replicas'];
    // Same tree, key order included, less the field k2h took.
    expect(JSON.stringify(list[0].fieldsV1)).toBe(JSON.stringify(expected));
  });

  test("an entry not in the form the sandbox writes (a capture's) is rewritten to it", () => {
    const live: any = config([{ name: 'A', value: '1' }]);
    const canonical = toFieldsV1(fieldSet(live));
    // As a real apiserver writes it: "." on fields too, keys in another order.
    const captured = {
      'f:spec': { 'f:template': canonical['f:spec']['f:template'], 'f:replicas': {}, '.': {} },
      'f:metadata': canonical['f:metadata'],
    };
    live.metadata.managedFields = [
      {
        manager: 'helm',
        operation: 'Update',
        apiVersion: 'apps/v1',
        time: 't',
        fieldsType: 'FieldsV1',
        fieldsV1: captured,
      },
    ];
    const labelled: any = { ...live, metadata: { ...live.metadata, labels: { app: 'd', extra: 'x' } } };
    const list = recordUpdate(live, labelled, 'kubectl');
    expect(JSON.stringify(list[0].fieldsV1)).toBe(JSON.stringify(toFieldsV1(fromFieldsV1(captured))));
    expect(list[1].fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { 'f:extra': {} } } });
  });
});
