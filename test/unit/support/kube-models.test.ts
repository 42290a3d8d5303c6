import { manifestProblems } from '../../support/kube-models';

// The validator must be able to fail, or the tests that use it prove nothing.
describe('manifestProblems (kubernetes-models)', () => {
  const pvc = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'flow-modules', namespace: 'cognigy-ai' },
    spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '10Gi' } } },
  };
  test('a valid PVC has no problems', () => expect(manifestProblems(pvc)).toEqual([]));
  test('a PVC with a malformed spec is reported', () => {
    expect(manifestProblems({ ...pvc, spec: { accessModes: 'ReadWriteMany' } })).toEqual([
      expect.stringContaining('accessModes must be array'),
    ]);
  });
  test('a Secret whose data is not base64 text is reported', () => {
    expect(
      manifestProblems({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { k: 5 } }),
    ).toEqual([expect.stringContaining('must be string')]);
  });
  test('an unknown kind is a problem, never a pass', () => {
    expect(manifestProblems({ apiVersion: 'v9', kind: 'Nope' })).toHaveLength(1);
  });
});
