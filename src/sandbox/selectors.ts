/**
 * Label and field selectors in the query-string syntax kubectl and client-go send
 * (`a=b,c!=d,e in (f,g),h notin (i),j,!k`).
 */
import { badRequest } from './status';
import type { Obj } from './json';

/** One parsed label requirement. */
export interface Requirement {
  key: string;
  op: '=' | '!=' | 'in' | 'notin' | 'exists' | '!';
  values: string[];
}

/** Splits on commas that are not inside parentheses. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Parses a label selector string; throws a 400 on syntax it does not understand. */
export function parseLabelSelector(text: string | null | undefined): Requirement[] {
  if (!text) return [];
  return splitTop(text).map((part) => {
    let m = /^([^\s!=()]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
    if (m) {
      return {
        key: m[1],
        op: m[2] as 'in' | 'notin',
        values: m[3]
          .split(',')
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      };
    }
    m = /^([^\s!=()]+)\s*(==|=|!=)\s*([^\s!=()]*)$/.exec(part);
    if (m) return { key: m[1], op: m[2] === '!=' ? '!=' : '=', values: [m[3]] };
    m = /^!\s*([^\s!=()]+)$/.exec(part);
    if (m) return { key: m[1], op: '!', values: [] };
    m = /^([^\s!=()]+)$/.exec(part);
    if (m) return { key: m[1], op: 'exists', values: [] };
    throw badRequest(`unable to parse requirement: found '${part}', expected: a valid label selector`);
  });
}

/** True when `labels` satisfy every requirement. */
export function matchesLabels(reqs: Requirement[], labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case '=':
        return has && l[r.key] === r.values[0];
      case '!=':
        return !has || l[r.key] !== r.values[0];
      case 'in':
        return has && r.values.includes(l[r.key]);
      case 'notin':
        return !has || !r.values.includes(l[r.key]);
      case 'exists':
        return has;
      case '!':
        return !has;
    }
  });
}

/** A structured `LabelSelector` (matchLabels/matchExpressions) as requirements. */
export function fromLabelSelector(sel: Obj | undefined): Requirement[] {
  if (!sel) return [];
  const reqs: Requirement[] = Object.entries(sel.matchLabels ?? {}).map(([key, v]) => ({
    key,
    op: '=' as const,
    values: [String(v)],
  }));
  for (const e of sel.matchExpressions ?? []) {
    const op = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' }[e.operator as string];
    if (op) reqs.push({ key: e.key, op: op as Requirement['op'], values: e.values ?? [] });
  }
  return reqs;
}

/** Field selector: `metadata.name=x,metadata.namespace!=y` and a few well-known fields. */
export function parseFieldSelector(
  text: string | null | undefined,
): Array<{ field: string; op: '=' | '!='; value: string }> {
  if (!text) return [];
  return splitTop(text).map((part) => {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${part}'; can't understand '${part}'`);
    return { field: m[1].trim(), op: m[2] === '!=' ? '!=' : '=', value: m[3].trim() };
  });
}

function fieldValue(obj: Obj, field: string): string {
  let v: any = obj;
  for (const p of field.split('.')) v = v?.[p];
  return v === undefined || v === null ? '' : String(v);
}

/** True when `obj` satisfies the parsed field selector. */
export function matchesFields(reqs: ReturnType<typeof parseFieldSelector>, obj: Obj): boolean {
  return reqs.every((r) => (fieldValue(obj, r.field) === r.value) === (r.op === '='));
}
