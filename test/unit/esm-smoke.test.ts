import * as k8s from '@kubernetes/client-node';
import * as core from '@actions/core';

test('ESM-only packages load under jest', () => {
  expect(typeof k8s.KubeConfig).toBe('function');
  expect(typeof core.setSecret).toBe('function');
});
