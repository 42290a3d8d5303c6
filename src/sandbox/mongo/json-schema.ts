/**
 * The part of MongoDB's `$jsonSchema` that collection validators commonly use: bsonType/type,
 * required, properties, additionalProperties, enum, numeric and length bounds, pattern, items.
 * mingo needs a validator for the operator and ships none.
 */
import type { Document } from 'bson';

function bsonTypeOf(v: unknown): string[] {
  if (v === null) return ['null'];
  if (typeof v === 'string') return ['string'];
  if (typeof v === 'boolean') return ['bool'];
  if (typeof v === 'number')
    return Number.isInteger(v) ? ['int', 'long', 'double', 'number'] : ['double', 'number'];
  if (Array.isArray(v)) return ['array'];
  if (v instanceof Date) return ['date'];
  if (v instanceof RegExp) return ['regex'];
  const t = (v as { _bsontype?: string })._bsontype;
  if (t === 'ObjectId') return ['objectId'];
  if (t === 'Binary') return ['binData'];
  if (t === 'Timestamp') return ['timestamp'];
  if (t === 'Decimal128') return ['decimal', 'number'];
  if (t) return [t.toLowerCase()];
  return ['object'];
}

const JSON_TYPES: Record<string, string> = { boolean: 'bool', integer: 'int', object: 'object' };

function matches(schema: Document, v: unknown): boolean {
  const types = bsonTypeOf(v);
  const wanted =
    schema.bsonType ??
    (schema.type !== undefined ? [schema.type].flat().map((t: string) => JSON_TYPES[t] ?? t) : undefined);
  if (wanted !== undefined && ![wanted].flat().some((t: string) => types.includes(t))) return false;
  if (schema.enum && !schema.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(v))) return false;
  if (typeof v === 'number') {
    if (schema.minimum !== undefined && v < schema.minimum) return false;
    if (schema.maximum !== undefined && v > schema.maximum) return false;
  }
  if (typeof v === 'string') {
    if (schema.minLength !== undefined && v.length < schema.minLength) return false;
    if (schema.maxLength !== undefined && v.length > schema.maxLength) return false;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(v)) return false;
  }
  if (Array.isArray(v)) {
    if (schema.minItems !== undefined && v.length < schema.minItems) return false;
    if (schema.maxItems !== undefined && v.length > schema.maxItems) return false;
    if (schema.items && !v.every((x) => matches(schema.items, x))) return false;
  }
  if (types[0] === 'object' && v && typeof v === 'object') {
    const obj = v as Document;
    if (schema.required && !schema.required.every((k: string) => obj[k] !== undefined)) return false;
    const props: Document = schema.properties ?? {};
    for (const [k, sub] of Object.entries(props)) {
      if (obj[k] !== undefined && !matches(sub as Document, obj[k])) return false;
    }
    if (schema.additionalProperties === false && Object.keys(obj).some((k) => !(k in props))) return false;
  }
  return true;
}

/** A `jsonSchemaValidator` for mingo's options. */
export function jsonSchemaValidator(schema: Document): (doc: Document) => boolean {
  return (doc) => matches(schema, doc);
}
