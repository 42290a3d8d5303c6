/**
 * `GET /openapi/v2`, as a 1.23 API server serves it. Clients ask for the protobuf form
 * (gnostic's openapi_v2.Document): helm 3 and 4 fetch it to validate a `kind: List` document
 * client-side (the OpenAPI v3 answer cannot cover `v1/List`), and fail with "the server could not
 * find the requested resource" when it is missing. Every served kind gets a definition carrying
 * its `x-kubernetes-group-version-kind` and no type or properties, so validation treats its content
 * as arbitrary (the sandbox checks fields on the server side, not here), and a path per resource
 * with its `patch` operation (no `fieldValidation` parameter: 1.23 has it behind an alpha gate).
 */
import { apiVersionOf, type ResourceDef, type ResourceRegistry } from './resources';

/**
 * The Content-Type kube-openapi answers with: the `@` of the type clients ask for
 * (`…spec.v2@v1.0+protobuf`) would not parse as a media type in Go, so it serves `.v1.0`.
 */
export const OPENAPI_V2_PROTOBUF = 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf';

// --- a minimal protobuf writer (wire types 0 and 2 are all the document needs) ---------------

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Buffer.from(out);
}

/** A length-delimited field (string, bytes or embedded message). */
function field(no: number, value: Buffer | string): Buffer {
  const body = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return Buffer.concat([varint((no << 3) | 2), varint(body.length), body]);
}

const message = (...fields: Buffer[]) => Buffer.concat(fields);

/** NamedAny {1 name, 2 Any {2 yaml}}. */
const namedYaml = (name: string, yamlText: string) => message(field(1, name), field(2, field(2, yamlText)));

function gvkYaml(def: ResourceDef): string {
  return `- group: "${def.group}"\n  kind: ${def.kind}\n  version: ${def.version}\n`;
}

/** `io.k8s.api.core.v1.Service`, `io.k8s.api.apps.v1.Deployment`, … */
export function definitionName(def: ResourceDef): string {
  const group = def.group === '' ? 'core' : def.group.split('.')[0];
  return `${def.custom ? def.group.split('.').reverse().join('.') : `io.k8s.api.${group}`}.${def.version}.${def.kind}`;
}

function gvPath(def: ResourceDef): string {
  return def.group ? `/apis/${def.group}/${def.version}` : `/api/${def.version}`;
}

/** The document as protobuf bytes. */
export function openapiV2Protobuf(registry: ResourceRegistry, gitVersion: string): Buffer {
  // Schema {4 description, 31 vendor_extension}; NamedSchema {1 name, 2 value}.
  const definitions = registry.defs.map((def) =>
    field(
      1,
      message(
        field(1, definitionName(def)),
        field(
          2,
          message(
            field(4, `${def.kind} (${apiVersionOf(def)}).`),
            field(31, namedYaml('x-kubernetes-group-version-kind', gvkYaml(def))),
          ),
        ),
      ),
    ),
  );
  // Paths {2 NamedPathItem {1 name, 2 PathItem {8 patch Operation {5 operation_id, 13 vendor_extension}}}}.
  const paths = registry.defs
    .filter((d) => (d.verbs ?? ['patch']).includes('patch'))
    .map((def) =>
      field(
        2,
        message(
          field(1, `${gvPath(def)}${def.namespaced ? '/namespaces/{namespace}' : ''}/${def.plural}/{name}`),
          field(
            2,
            field(
              8,
              message(
                field(5, `patch${def.kind}`),
                field(13, namedYaml('x-kubernetes-action', 'patch\n')),
                field(
                  13,
                  namedYaml(
                    'x-kubernetes-group-version-kind',
                    gvkYaml(def)
                      .replace(/^- /, '')
                      .replace(/\n {2}/g, '\n'),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  // Document {1 swagger, 2 Info {1 title, 2 version}, 8 paths, 9 definitions}.
  return message(
    field(1, '2.0'),
    field(2, message(field(1, 'Kubernetes'), field(2, gitVersion))),
    field(8, message(...paths)),
    field(9, message(...definitions)),
  );
}

/** The same document as JSON (for clients that accept only JSON). */
export function openapiV2Json(registry: ResourceRegistry, gitVersion: string): object {
  const gvk = (def: ResourceDef) => [{ group: def.group, kind: def.kind, version: def.version }];
  const paths: Record<string, object> = {};
  for (const def of registry.defs.filter((d) => (d.verbs ?? ['patch']).includes('patch')))
    paths[`${gvPath(def)}${def.namespaced ? '/namespaces/{namespace}' : ''}/${def.plural}/{name}`] = {
      patch: {
        operationId: `patch${def.kind}`,
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': gvk(def)[0],
      },
    };
  return {
    swagger: '2.0',
    info: { title: 'Kubernetes', version: gitVersion },
    paths,
    definitions: Object.fromEntries(
      registry.defs.map((def) => [
        definitionName(def),
        { description: `${def.kind} (${apiVersionOf(def)}).`, 'x-kubernetes-group-version-kind': gvk(def) },
      ]),
    ),
  };
}
