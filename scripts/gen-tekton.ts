/**
 * Writes the Tekton catalog files under tekton/ from the phase registry (Tasks, READMEs, samples,
 * Pipelines, RBAC, approval CRD), so params never drift from the inputs. Run: npm run gen:tekton.
 * With --check it writes nothing and fails listing the stale files (the tests run it).
 * With --rbac-only --source NS --target NS --mongo NS --pipeline NS --out FILE it writes the RBAC
 * for other namespaces instead.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { tektonFiles } from '../src/front-doors/tekton-catalog/files';
import { defaultNamespaces, rbacDocuments } from '../src/front-doors/tekton-catalog/rbac';
import { writeGenerated } from './write-generated';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const { values } = parseArgs({
    options: {
      'rbac-only': { type: 'boolean' },
      check: { type: 'boolean' },
      source: { type: 'string' },
      target: { type: 'string' },
      mongo: { type: 'string' },
      pipeline: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (values['rbac-only']) {
    const d = defaultNamespaces();
    const docs = rbacDocuments({
      source: values.source ?? d.source,
      target: values.target ?? d.target,
      mongo: values.mongo ?? d.mongo,
      pipeline: values.pipeline ?? d.pipeline,
    });
    const text = docs.map((doc) => yaml.dump(doc, { noRefs: true })).join('---\n');
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    return;
  }
  const stale = await writeGenerated(ROOT, tektonFiles(), Boolean(values.check));
  if (stale.length) {
    console.error(`stale (run npm run gen:tekton): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else console.log(values.check ? 'tekton/ is current' : 'tekton/ written');
}

void main();
