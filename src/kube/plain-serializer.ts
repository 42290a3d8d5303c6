/**
 * The serializer client-node's generic object API (`dist/object.js`) uses, for a client that works
 * on plain JSON: bodies go out as the caller wrote them and answers come back as the server sent
 * them. The bundle (scripts/bundle.ts) gives object.js this module in place of client-node's
 * `dist/serializer.js`.
 *
 * Why: client-node's serializer runs every body of a built-in kind through its generated model
 * classes (`V1Deployment`, ...), all ~700 of them in one module graph (~0.33 MB minified) that
 * each k2h process compiled and evaluated before its first request. For plain objects the model
 * round trip gives the same JSON at best; at worst it drops what the model does not know (a field
 * newer than the client's models), which k2h must never do to a user's object. k2h's own answer
 * handling (`PlainObjectApi.processResponse`) already bypasses the models.
 *
 * The interface is the part of client-node's `ObjectSerializer` that object.js calls; the media
 * type handling follows client-node's (JSON and text, case-insensitive, parameters ignored).
 */

/** `type/subtype+suffix` as lower-case parts, parameters left out; undefined when not a media type. */
function parts(mediaType: string): { type: string; tokens: string[] } | undefined {
  const m = /^([^/\s;]+)\/([^/\s;]+)$/.exec(mediaType.split(';')[0].trim().toLowerCase());
  return m ? { type: m[1], tokens: m[2].split('+') } : undefined;
}

const jsonLike = (mediaType: string): boolean => {
  const p = parts(mediaType);
  return p?.type === 'application' && p.tokens.includes('json');
};

const textLike = (mediaType: string): boolean => parts(mediaType)?.type === 'text';

export class ObjectSerializer {
  /** The body as the caller wrote it: plain JSON needs no model. */
  static serialize<T>(data: T, _type?: string, _format?: string): T {
    return data;
  }

  /** The answer as the server sent it. */
  static deserialize<T>(data: T, _type?: string, _format?: string): T {
    return data;
  }

  static normalizeMediaType(mediaType: string | undefined): string | undefined {
    if (mediaType === undefined) return undefined;
    return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  }

  static getPreferredMediaType(mediaTypes: string[]): string {
    if (mediaTypes.length === 0) return 'application/json';
    const normal = mediaTypes.map((m) => ObjectSerializer.normalizeMediaType(m) ?? '');
    const preferred =
      normal.find((m) => m === 'application/json') ?? normal.find(jsonLike) ?? normal.find(textLike);
    if (!preferred) throw new Error(`None of the given media types are supported: ${mediaTypes.join(', ')}`);
    return preferred;
  }

  static stringify(data: unknown, mediaType: string): string {
    if (textLike(mediaType)) return String(data);
    if (jsonLike(mediaType)) return JSON.stringify(data);
    throw new Error(`The mediaType ${mediaType} is not supported by ObjectSerializer.stringify.`);
  }

  static parse(rawData: string, mediaType: string | undefined): unknown {
    if (mediaType === undefined) throw new Error('Cannot parse content. No Content-Type defined.');
    if (textLike(mediaType)) return rawData;
    if (jsonLike(mediaType)) return JSON.parse(rawData);
    throw new Error(`The mediaType ${mediaType} is not supported by ObjectSerializer.parse.`);
  }
}
